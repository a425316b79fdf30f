// SPDX-License-Identifier: MIT
#include "SiteInspector.h"

#include "DisplayNames.h"
#include "LimitGauge.h"
#include "PanelFormat.h"
#include "ReasonText.h"
#include "report/Typeface.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <map>
#include <set>

namespace gpuplan {
namespace {

constexpr int kTitlePt = 16;
constexpr int kStatusPt = 12;
constexpr int kTextPt = 10;
constexpr double kMinPue = 1.0;
constexpr double kMaxPue = 3.0;
constexpr double kPueStep = 0.01;
constexpr int kOrganisationChars = 14;
constexpr int kSourceChars = 24;
enum GpuColumn { OrganisationColumn, ModelColumn, YearColumn, GpusColumn, GpuColumnCount };

QString coloured(const QString& text, const QColor& colour)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(colour.name(), text.toHtmlEscaped());
}

} // namespace

SiteInspector::SiteInspector(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("siteInspector"));
    m_prompt = PanelFormat::label(QStringLiteral("inspectorPrompt"), kStatusPt, false, this);
    m_prompt->setAlignment(Qt::AlignCenter);
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(buildHeader());
    contentLayout->addWidget(buildLimits());
    contentLayout->addWidget(buildEdits());
    contentLayout->addWidget(buildGpuTable());
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("inspectorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_prompt);
    m_stack->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    retranslate();
}

void SiteInspector::setSite(const QString& siteId)
{
    m_siteId = siteId;
    refresh();
}

void SiteInspector::setEvaluation(const Scenario& scenario, const Evaluation& evaluation)
{
    m_scenario = scenario;
    m_sites = evaluation.sites;
    m_waterSources = evaluation.waterSources;
    m_hasScenario = true;
    refresh();
}

void SiteInspector::retranslate()
{
    m_prompt->setText(tr("Select a site on the map to inspect it"));
    m_pueCaption->setText(tr("PUE"));
    m_coolingCaption->setText(tr("Cooling"));
    m_modelCaption->setText(tr("GPU model"));
    m_cooling->setItemText(m_cooling->findData(int(CoolingType::Air)), tr("Air"));
    m_cooling->setItemText(m_cooling->findData(int(CoolingType::Hybrid)),
                           tr("Hybrid (air and liquid)"));
    m_cooling->setItemText(m_cooling->findData(int(CoolingType::Liquid)), tr("Liquid"));
    m_gpusCaption->setText(tr("GPUs by organisation and model"));
    m_hosting->setToolTip(tr("All datacentres at the site's bus against its hosting capacity"));
    m_gpus->setHorizontalHeaderLabels(
        {tr("Organisation"), tr("GPU model"), tr("Year"), tr("GPUs")});
    refresh();
}

void SiteInspector::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QWidget* SiteInspector::buildHeader()
{
    auto* header = new QWidget;
    m_title = PanelFormat::label(QStringLiteral("siteTitle"), kTitlePt, true, header);
    m_subtitle = PanelFormat::label(QStringLiteral("siteSubtitle"), kTextPt, false, header);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_status = PanelFormat::label(QStringLiteral("siteStatus"), kStatusPt, true, header);
    m_reasons = PanelFormat::label(QStringLiteral("siteReasons"), kTextPt, false, header);
    m_reasons->setTextFormat(Qt::RichText);
    m_status->setTextFormat(Qt::RichText);
    m_demand = PanelFormat::label(QStringLiteral("siteDemand"), kStatusPt, false, header);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QLabel* label : {m_title, m_subtitle, m_status, m_reasons, m_demand})
        layout->addWidget(label);
    return header;
}

QWidget* SiteInspector::buildLimits()
{
    // Each caption above its gauge, so that the gauges keep the dock's full width.
    auto* limits = new QWidget;
    auto* layout = new QVBoxLayout(limits);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(2);
    m_connectionCaption =
        PanelFormat::label(QStringLiteral("connectionCaption"), kTextPt, false, limits);
    m_hostingCaption = PanelFormat::label(QStringLiteral("hostingCaption"), kTextPt, false, limits);
    m_waterCaption = PanelFormat::label(QStringLiteral("waterCaption"), kTextPt, false, limits);
    m_spaceCaption = PanelFormat::label(QStringLiteral("spaceCaption"), kTextPt, false, limits);
    m_connection = new LimitGauge(QStringLiteral("connectionGauge"), limits);
    m_hosting = new LimitGauge(QStringLiteral("hostingGauge"), limits);
    m_waterGauge = new LimitGauge(QStringLiteral("waterGauge"), limits);
    m_space = new LimitGauge(QStringLiteral("spaceGauge"), limits);
    const std::pair<QLabel*, LimitGauge*> rows[] = {{m_connectionCaption, m_connection},
                                                    {m_hostingCaption, m_hosting},
                                                    {m_waterCaption, m_waterGauge},
                                                    {m_spaceCaption, m_space}};
    for (const auto& [caption, gauge] : rows) {
        layout->addWidget(caption);
        layout->addWidget(gauge);
    }
    m_timeline = PanelFormat::label(QStringLiteral("siteTimeline"), kTextPt, false, limits);
    m_timeline->setTextFormat(Qt::RichText);
    layout->addSpacing(4);
    layout->addWidget(m_timeline);
    return limits;
}

QWidget* SiteInspector::buildEdits()
{
    auto* edits = new QWidget;
    auto* form = new QFormLayout(edits);
    form->setContentsMargins(0, 4, 0, 4);
    m_pueCaption = PanelFormat::label(QStringLiteral("pueCaption"), kTextPt, false, edits);
    m_coolingCaption = PanelFormat::label(QStringLiteral("coolingCaption"), kTextPt, false, edits);
    m_pue = new QDoubleSpinBox(edits);
    m_pue->setObjectName(QStringLiteral("pueSpinBox"));
    m_pue->setRange(kMinPue, kMaxPue);
    m_pue->setSingleStep(kPueStep);
    m_pue->setDecimals(2);
    m_pue->setKeyboardTracking(false); // one edit per typed value, not per keystroke
    m_cooling = new QComboBox(edits);
    m_cooling->setObjectName(QStringLiteral("coolingCombo"));
    for (CoolingType cooling : {CoolingType::Air, CoolingType::Hybrid, CoolingType::Liquid})
        m_cooling->addItem(QString(), int(cooling));
    m_modelCaption = PanelFormat::label(QStringLiteral("modelCaption"), kTextPt, false, edits);
    m_model = new QComboBox(edits);
    m_model->setObjectName(QStringLiteral("modelCombo"));
    form->addRow(m_pueCaption, m_pue);
    form->addRow(m_coolingCaption, m_cooling);
    form->addRow(m_modelCaption, m_model);
    connect(m_model, &QComboBox::activated, this, [this](int index) {
        emit modelChangeRequested(m_siteId, m_model->itemData(index).toString());
    });
    connect(m_pue, &QDoubleSpinBox::valueChanged, this,
            [this](double pue) { requestEdit([pue](Site& site) { site.pue = pue; }); });
    connect(m_cooling, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto cooling = CoolingType(m_cooling->itemData(index).toInt());
        requestEdit([cooling](Site& site) { site.cooling = cooling; });
    });
    return edits;
}

QWidget* SiteInspector::buildGpuTable()
{
    auto* box = new QWidget;
    m_gpusCaption = PanelFormat::label(QStringLiteral("gpusCaption"), kTextPt, true, box);
    m_gpus = new QStandardItemModel(0, GpuColumnCount, this);
    m_gpuTable = new QTableView(box);
    m_gpuTable->setObjectName(QStringLiteral("siteGpuTable"));
    m_gpuTable->setModel(m_gpus);
    m_gpuTable->setFont(typeface(kTextPt));
    m_gpuTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gpuTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_gpuTable->verticalHeader()->hide();
    m_gpuTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_gpuTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gpuTable->horizontalHeader()->setSectionResizeMode(ModelColumn, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_gpusCaption);
    layout->addWidget(m_gpuTable);
    return box;
}

void SiteInspector::refresh()
{
    const Site* site = m_hasScenario ? m_scenario.findSite(m_siteId.toStdString()) : nullptr;
    if (!site) {
        m_stack->setCurrentWidget(m_prompt);
        return;
    }
    const SiteEvaluation* evaluation = selectedEvaluation();
    showHeader(*site, evaluation);
    showLimits(*site, evaluation);
    showWater(*site);
    showTimeline(*site);
    showEdits(*site);
    showGpus(*site);
    m_stack->setCurrentIndex(1);
}

const SiteEvaluation* SiteInspector::selectedEvaluation() const
{
    const std::string id = m_siteId.toStdString();
    for (const SiteEvaluation& site : m_sites) {
        if (site.siteId == id)
            return &site;
    }
    return nullptr;
}

void SiteInspector::showHeader(const Site& site, const SiteEvaluation* evaluation)
{
    m_title->setText(localName(site.nameKo, site.nameEn, site.id));
    const QString other = interfaceIsKorean() ? QString::fromStdString(site.nameEn)
                                              : QString::fromStdString(site.nameKo);
    m_subtitle->setText(tr("%1 · %2").arg(other, QString::fromStdString(site.province)));
    if (!evaluation) {
        m_status->setText(tr("Not evaluated"));
        m_reasons->clear();
        m_demand->clear();
        return;
    }
    m_status->setText(coloured(PanelFormat::status(evaluation->status),
                               PanelFormat::statusColour(evaluation->status)));
    QStringList reasons;
    for (const Reason& reason : evaluation->reasons) {
        reasons << coloured(QStringLiteral("■ "), PanelFormat::statusColour(reason.severity)) +
                       ReasonText::describe(reason).toHtmlEscaped();
    }
    m_reasons->setText(reasons.join(QStringLiteral("<br>")));
    m_reasons->setVisible(!reasons.isEmpty());
    const SiteDemand& demand = evaluation->demand;
    m_demand->setText(tr("%1 GPUs · IT %2 · facility %3")
                          .arg(PanelFormat::count(demand.gpus), PanelFormat::megawatts(demand.itMw),
                               PanelFormat::megawatts(demand.facilityMw)));
}

void SiteInspector::showLimits(const Site& site, const SiteEvaluation* evaluation)
{
    const double margin = m_scenario.settings().atRiskMargin;
    const QString mw = tr("MW");
    m_connectionCaption->setText(tr("Connection"));
    m_hostingCaption->setText(tr("Bus hosting"));
    m_spaceCaption->setText(tr("Space (IT)"));
    if (!evaluation) {
        for (LimitGauge* gauge : {m_connection, m_hosting, m_space})
            gauge->setNotApplicable(tr("not evaluated"));
        return;
    }
    m_connection->setUsage(evaluation->demand.facilityMw, site.connectionLimitMw, mw, margin);
    double busFacilityMw = 0.0;
    for (const SiteEvaluation& other : m_sites)
        busFacilityMw += other.busId == evaluation->busId ? other.demand.facilityMw : 0.0;
    m_hosting->setUsage(busFacilityMw, evaluation->hostingMw, mw, margin);
    m_space->setUsage(evaluation->demand.itMw, site.maxItMw, mw, margin);
}

void SiteInspector::showWater(const Site& site)
{
    const WaterSource* source = m_scenario.findWaterSource(site.waterSourceId);
    if (!source) {
        m_waterCaption->setText(tr("Water"));
        m_waterGauge->setNotApplicable(tr("no shared water source"));
        return;
    }
    m_waterCaption->setText(
        tr("Water (%1)")
            .arg(PanelFormat::shortName(localName(source->nameKo, source->nameEn, source->id),
                                        kSourceChars)));
    for (const WaterSourceTotal& total : m_waterSources) {
        if (total.id == source->id) {
            m_waterGauge->setUsage(total.demandM3PerDay, total.availableM3PerDay, tr("m³/day"),
                                   m_scenario.settings().atRiskMargin);
            return;
        }
    }
    m_waterGauge->setNotApplicable(tr("not evaluated"));
}

void SiteInspector::showTimeline(const Site& site)
{
    std::set<int> years;
    for (const Allocation& allocation : m_scenario.allocations()) {
        if (allocation.siteId == site.id)
            years.insert(allocation.year);
    }
    QStringList placed;
    for (int year : years) {
        const QString text = QString::number(year);
        placed << (year < site.energisationYear
                       ? coloured(text, PanelFormat::statusColour(FeasibilityStatus::Infeasible))
                       : text);
    }
    const QString energised = QString::number(site.energisationYear);
    m_timeline->setText(
        placed.isEmpty()
            ? tr("Energised %1 · no GPUs placed").arg(energised)
            : tr("Energised %1 · GPUs placed for %2").arg(energised, placed.join(tr(", "))));
}

void SiteInspector::showEdits(const Site& site)
{
    const QSignalBlocker pueBlocker(m_pue);
    const QSignalBlocker coolingBlocker(m_cooling);
    if (m_pue->value() != site.pue)
        m_pue->setValue(site.pue);
    m_cooling->setCurrentIndex(m_cooling->findData(int(site.cooling)));
    showModel(site);
}

// The model most of the site's GPUs run on; choosing another re-equips the whole site.
void SiteInspector::showModel(const Site& site)
{
    const QSignalBlocker blocker(m_model);
    m_model->clear();
    for (const GpuModel& model : m_scenario.gpuModels())
        m_model->addItem(QString::fromStdString(model.name), QString::fromStdString(model.id));
    std::map<std::string, long long> gpusByModel;
    for (const Allocation& allocation : m_scenario.allocations()) {
        if (allocation.siteId == site.id)
            gpusByModel[allocation.modelId] += allocation.gpus;
    }
    const auto most =
        std::max_element(gpusByModel.begin(), gpusByModel.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    m_model->setEnabled(most != gpusByModel.end());
    m_model->setCurrentIndex(
        most == gpusByModel.end() ? -1 : m_model->findData(QString::fromStdString(most->first)));
}

void SiteInspector::showGpus(const Site& site)
{
    std::vector<const Allocation*> rows;
    for (const Allocation& allocation : m_scenario.allocations()) {
        if (allocation.siteId == site.id)
            rows.push_back(&allocation);
    }
    m_gpus->setRowCount(int(rows.size()));
    for (int row = 0; row < int(rows.size()); ++row) {
        const Allocation& allocation = *rows[row];
        const GpuModel* model = m_scenario.findGpuModel(allocation.modelId);
        const QString texts[GpuColumnCount] = {
            PanelFormat::shortName(organisationName(m_scenario, allocation.organisationId),
                                   kOrganisationChars),
            model ? QString::fromStdString(model->name)
                  : QString::fromStdString(allocation.modelId),
            QString::number(allocation.year), PanelFormat::count(allocation.gpus)};
        for (int column = 0; column < GpuColumnCount; ++column) {
            const QModelIndex index = m_gpus->index(row, column);
            if (index.data().toString() != texts[column])
                m_gpus->setData(index, texts[column]);
        }
        m_gpus->setData(m_gpus->index(row, GpusColumn), int(Qt::AlignRight | Qt::AlignVCenter),
                        Qt::TextAlignmentRole);
    }
    // As tall as its rows: the inspector scrolls as a whole.
    m_gpuTable->setFixedHeight(m_gpuTable->horizontalHeader()->sizeHint().height() +
                               int(rows.size()) *
                                   m_gpuTable->verticalHeader()->defaultSectionSize() +
                               2 * m_gpuTable->frameWidth());
}

void SiteInspector::requestEdit(const std::function<void(Site&)>& change)
{
    const Site* site = m_scenario.findSite(m_siteId.toStdString());
    if (!site)
        return;
    Site edited = *site;
    change(edited);
    if (!(edited == *site))
        emit siteEditRequested(m_siteId, edited);
}

} // namespace gpuplan
