// SPDX-License-Identifier: MIT
#include "EvaluationPresenter.h"

#include "ui/document/PlanDocument.h"
#include "ui/map/MapCanvas.h"
#include "ui/panels/ChartsPanel.h"
#include "ui/panels/NationalTiles.h"
#include "ui/panels/OrganisationPools.h"
#include "ui/panels/ReasonText.h"
#include "ui/panels/SiteInspector.h"
#include "ui/panels/ViolationsList.h"

#include <cmath>
#include <limits>

namespace gpuplan {
namespace {

SiteState stateOf(FeasibilityStatus status)
{
    switch (status) {
    case FeasibilityStatus::Feasible:
        return SiteState::Feasible;
    case FeasibilityStatus::AtRisk:
        return SiteState::AtRisk;
    case FeasibilityStatus::Infeasible:
        return SiteState::Infeasible;
    }
    return SiteState::Unknown;
}

} // namespace

EvaluationPresenter::EvaluationPresenter(PlanDocument* document, Views views, QObject* parent)
    : QObject(parent), m_document(document), m_views(views)
{
    m_year = document->scenario().settings().planningYear;
    connect(document, &PlanDocument::scenarioChanged, this, [this] {
        m_busHostingMw.clear(); // computed for a plan that has changed
        showCommitted();
    });
    connect(&m_service, &EvaluationService::evaluated, this,
            [this](const Evaluation& evaluation) { draw(evaluation); });
}

void EvaluationPresenter::setPlanningYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    m_busHostingMw.clear();
    m_views.canvas->setPlanningYear(year);
    emit planningYearChanged(year);
    showCommitted();
}

void EvaluationPresenter::showPreview(const Scenario& preview)
{
    m_previewing = true;
    submit(preview, EvaluationService::Purpose::Preview);
}

void EvaluationPresenter::clearPreview()
{
    if (!m_previewing)
        return;
    showCommitted();
}

void EvaluationPresenter::refresh()
{
    m_views.pools->setScenario(m_document->scenario());
    draw(m_service.lastEvaluation());
}

void EvaluationPresenter::setBusHosting(std::vector<double> hostingMw)
{
    m_busHostingMw = std::move(hostingMw);
    draw(m_service.lastEvaluation());
}

void EvaluationPresenter::showCommitted()
{
    m_previewing = false;
    m_views.pools->setScenario(m_document->scenario());
    submit(m_document->scenario(), EvaluationService::Purpose::Committed);
}

// A newer request makes any older answer stale, so what is drawn always belongs to m_shown.
void EvaluationPresenter::submit(const Scenario& scenario, EvaluationService::Purpose purpose)
{
    m_shown = scenario;
    m_service.submit(scenario, m_year, purpose);
}

// Pies, colours and panels from one snapshot in one repaint: the engine answers in well under a
// frame, so waiting for it costs nothing a planner can see.
void EvaluationPresenter::draw(const Evaluation& evaluation)
{
    m_views.canvas->setScenario(m_shown);
    MapOverlay overlay = overlayOf(m_shown, evaluation);
    overlay.busHostingMw = m_busHostingMw;
    m_views.canvas->setOverlay(overlay);
    m_views.tiles->setEvaluation(m_shown, evaluation);
    m_views.charts->setEvaluation(m_shown, evaluation);
    m_views.violations->setEvaluation(m_shown, evaluation);
    m_views.inspector->setEvaluation(m_shown, evaluation);
}

MapOverlay EvaluationPresenter::overlayOf(const Scenario& scenario, const Evaluation& evaluation)
{
    MapOverlay overlay;
    overlay.branchWorstLoadingPct.assign(scenario.grid().branches.size(),
                                         std::numeric_limits<double>::quiet_NaN());
    for (const BranchLoading& branch : evaluation.branches) {
        if (static_cast<std::size_t>(branch.caseIndex) < overlay.branchWorstLoadingPct.size())
            overlay.branchWorstLoadingPct[static_cast<std::size_t>(branch.caseIndex)] =
                std::isfinite(branch.ratingMw) ? branch.worstLoadingPct : 0.0;
    }
    for (const SiteEvaluation& site : evaluation.sites) {
        overlay.sites[site.siteId] = stateOf(site.status);
        overlay.siteFacilityMw[site.siteId] = site.demand.facilityMw;
        auto& notes = overlay.siteNotes[site.siteId];
        for (const Reason& reason : site.reasons)
            notes.push_back(ReasonText::describe(reason).toStdString());
    }
    return overlay;
}

} // namespace gpuplan
