// SPDX-License-Identifier: MIT
#pragma once

#include "ui/engine/EvaluationService.h"
#include "ui/map/MapOverlay.h"

#include <QObject>
#include <vector>

namespace gpuplan {

class ChartsPanel;
class MapCanvas;
class NationalTiles;
class OrganisationPools;
class PlanDocument;
class SiteInspector;
class ViolationsList;

// Keeps every view in step with the plan: each committed change, planning-year change or drag
// preview goes to the engine, and each answer is drawn on the map and the panels. A preview
// shows the plan as it would be; clearing it shows the committed plan again.
class EvaluationPresenter : public QObject {
    Q_OBJECT

public:
    struct Views {
        MapCanvas* canvas = nullptr;
        NationalTiles* tiles = nullptr;
        ChartsPanel* charts = nullptr;
        ViolationsList* violations = nullptr;
        SiteInspector* inspector = nullptr;
        OrganisationPools* pools = nullptr;
    };

    EvaluationPresenter(PlanDocument* document, Views views, QObject* parent = nullptr);

    EvaluationService* service() { return &m_service; }
    int planningYear() const { return m_year; }
    bool isPreviewing() const { return m_previewing; }

    void setPlanningYear(int year);
    void showPreview(const Scenario& preview);
    void clearPreview();
    // Hosting capacity of every bus (a long study run apart), shown until the plan changes.
    void setBusHosting(std::vector<double> hostingMw);
    // Redraws names and texts after a language switch.
    void refresh();

    static MapOverlay overlayOf(const Scenario& scenario, const Evaluation& evaluation);

signals:
    void planningYearChanged(int year);

private:
    void showCommitted();
    void submit(const Scenario& scenario, EvaluationService::Purpose purpose);
    void draw(const Evaluation& evaluation);

    PlanDocument* m_document;
    Views m_views;
    EvaluationService m_service;
    Scenario m_shown; // the scenario of the newest request: the one its answer belongs to
    std::vector<double> m_busHostingMw;
    int m_year = 0;
    bool m_previewing = false;
};

} // namespace gpuplan
