// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Evaluation.h"
#include "model/Scenario.h"

#include <QWidget>

namespace gpuplan {

class StatTile;

// The national figures in a row of large tiles for the projector: GPUs placed against the
// programme's quota, facility and IT power, water, infeasible and at-risk sites, and the worst
// N-1 loading with its branch and outage. Accents turn amber and red with the state.
class NationalTiles : public QWidget {
    Q_OBJECT

public:
    explicit NationalTiles(QWidget* parent = nullptr);

    // Cheap: sets the tiles' texts and accents in place.
    void setEvaluation(const Scenario& scenario, const Evaluation& evaluation);
    void retranslate();

protected:
    void changeEvent(QEvent* event) override;

private:
    // What the tiles show, kept so that a language switch can word it again.
    struct Figures {
        long long placed = 0;
        long long quota = 0;
        double itMw = 0.0;
        double facilityMw = 0.0;
        double waterM3PerDay = 0.0;
        int waterSourcesOver = 0;
        int infeasibleSites = 0;
        int atRiskSites = 0;
        GridSummary grid;
        int overloads = 0; // branches over rating, in the base case or after one outage
    };

    void showGpus();
    void showPower();
    void showWater();
    void showSites();
    void showGrid();

    Figures m_figures;
    bool m_hasEvaluation = false;
    StatTile* m_gpus = nullptr;
    StatTile* m_power = nullptr;
    StatTile* m_water = nullptr;
    StatTile* m_sites = nullptr;
    StatTile* m_grid = nullptr;
};

} // namespace gpuplan
