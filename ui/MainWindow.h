// SPDX-License-Identifier: MIT
#pragma once

#include "model/Scenario.h"

#include <QMainWindow>

class QTableWidget;

namespace gpuplan {

// The dashboard's main window: the scenario's sites and organisations. The map canvas, drag
// tools and charts compose into it as docks (issue 4).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    void showScenario(const Scenario& scenario, const QString& fileName);

private:
    void fillSites(const Scenario& scenario);
    void fillOrganisations(const Scenario& scenario);

    QTableWidget* m_sites = nullptr;
    QTableWidget* m_organisations = nullptr;
};

} // namespace gpuplan
