// SPDX-License-Identifier: MIT
#include "NationalTiles.h"

#include "PanelFormat.h"
#include "ReasonText.h"
#include "StatTile.h"

#include <QEvent>
#include <QHBoxLayout>

namespace gpuplan {
namespace {

QColor neutralAccent()
{
    return QColor(0x15, 0x3e, 0xa8);
}

QColor good()
{
    return PanelFormat::statusColour(FeasibilityStatus::Feasible);
}
QColor warning()
{
    return PanelFormat::statusColour(FeasibilityStatus::AtRisk);
}
QColor bad()
{
    return PanelFormat::statusColour(FeasibilityStatus::Infeasible);
}

} // namespace

NationalTiles::NationalTiles(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("nationalTiles"));
    m_gpus = new StatTile(QStringLiteral("gpusTile"), this);
    m_power = new StatTile(QStringLiteral("powerTile"), this);
    m_water = new StatTile(QStringLiteral("waterTile"), this);
    m_sites = new StatTile(QStringLiteral("sitesTile"), this);
    m_grid = new StatTile(QStringLiteral("gridTile"), this);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    for (StatTile* tile : {m_gpus, m_power, m_water, m_sites, m_grid})
        layout->addWidget(tile, 1);
    m_grid->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->setStretchFactor(m_grid, 2);
    retranslate();
}

void NationalTiles::setEvaluation(const Scenario& scenario, const Evaluation& evaluation)
{
    Figures figures;
    for (const Organisation& organisation : scenario.organisations())
        figures.quota += organisation.quota;
    for (const OrganisationTotal& organisation : evaluation.organisations)
        figures.placed += organisation.placed;
    figures.itMw = evaluation.totals.itMw;
    figures.facilityMw = evaluation.totals.facilityMw;
    figures.waterM3PerDay = evaluation.totals.waterM3PerDay;
    for (const WaterSourceTotal& source : evaluation.waterSources)
        figures.waterSourcesOver += source.demandM3PerDay > source.availableM3PerDay ? 1 : 0;
    figures.infeasibleSites = evaluation.totals.infeasibleSites;
    figures.atRiskSites = evaluation.totals.atRiskSites;
    figures.grid = evaluation.grid;
    figures.overloads = int(evaluation.violations.size());
    m_figures = std::move(figures);
    m_hasEvaluation = true;
    retranslate();
}

void NationalTiles::retranslate()
{
    m_gpus->setCaption(tr("GPUs placed"));
    m_power->setCaption(tr("Facility power"));
    m_water->setCaption(tr("Water"));
    m_sites->setCaption(tr("Infeasible sites"));
    m_grid->setCaption(m_hasEvaluation && m_figures.grid.solved
                           ? tr("Worst N-1 loading (overloads: %1)").arg(m_figures.overloads)
                           : tr("Worst N-1 loading"));
    if (!m_hasEvaluation) {
        for (StatTile* tile : {m_gpus, m_power, m_water, m_sites, m_grid})
            tile->setValue(tr("–"));
        return;
    }
    showGpus();
    showPower();
    showWater();
    showSites();
    showGrid();
}

void NationalTiles::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NationalTiles::showGpus()
{
    const Figures& f = m_figures;
    m_gpus->setValue(PanelFormat::count(f.placed));
    m_gpus->setDetail(tr("of %1 in the programme").arg(PanelFormat::count(f.quota)));
    m_gpus->setAccent(f.placed > f.quota ? bad() : f.placed < f.quota ? warning() : good());
}

void NationalTiles::showPower()
{
    m_power->setValue(PanelFormat::megawatts(m_figures.facilityMw));
    m_power->setDetail(tr("IT %1").arg(PanelFormat::megawatts(m_figures.itMw)));
    m_power->setAccent(neutralAccent());
}

void NationalTiles::showWater()
{
    const int over = m_figures.waterSourcesOver;
    m_water->setValue(PanelFormat::cubicMetresPerDay(m_figures.waterM3PerDay));
    m_water->setDetail(over > 0 ? tr("sources over what they can give: %1").arg(over)
                                : tr("within what every source can give"));
    m_water->setAccent(over > 0 ? bad() : neutralAccent());
}

void NationalTiles::showSites()
{
    const Figures& f = m_figures;
    m_sites->setValue(PanelFormat::count(f.infeasibleSites));
    m_sites->setDetail(tr("at risk: %1").arg(f.atRiskSites));
    m_sites->setAccent(f.infeasibleSites > 0 ? bad() : f.atRiskSites > 0 ? warning() : good());
}

void NationalTiles::showGrid()
{
    const GridSummary& grid = m_figures.grid;
    if (!grid.solved) {
        m_grid->setValue(tr("–"));
        m_grid->setDetail(tr("grid not studied: %1").arg(QString::fromStdString(grid.error)));
        m_grid->setAccent(bad());
        return;
    }
    m_grid->setValue(PanelFormat::percent(grid.worstLoadingPct));
    const QString branch = ReasonText::branchName(grid.worstBranchKo, grid.worstBranch);
    const QString where =
        grid.worstOutage.empty()
            ? tr("%1\nwith all lines in service").arg(branch)
            : tr("%1\nwhen %2 is out")
                  .arg(branch, ReasonText::branchName(grid.worstOutageKo, grid.worstOutage));
    m_grid->setDetail(where);
    m_grid->setAccent(PanelFormat::loadingColour(grid.worstLoadingPct));
}

} // namespace gpuplan
