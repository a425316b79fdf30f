// SPDX-License-Identifier: MIT
#pragma once

#include "model/Scenario.h"

#include <QMainWindow>

class QDockWidget;
class QTableWidget;

namespace gpuplan {

class MapCanvas;

// The dashboard's main window: the map in the centre, its layers on the left, the scenario's
// sites and organisations below. Drag tools and charts compose into it as docks (issue 4).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    void showScenario(const Scenario& scenario, const QString& fileName);
    // The folder with the basemap (countries-10m.json) and city labels (cities.csv). By default
    // $GPUPLAN_DATA_DIR, else the build's data folder.
    void setDataDirectory(const QString& directory);
    MapCanvas* mapCanvas() const { return m_canvas; }

private:
    QDockWidget* addLayerDock();
    QDockWidget* addTableDock();
    void fillSites(const Scenario& scenario);
    void fillOrganisations(const Scenario& scenario);

    MapCanvas* m_canvas = nullptr;
    QTableWidget* m_sites = nullptr;
    QTableWidget* m_organisations = nullptr;
};

} // namespace gpuplan
