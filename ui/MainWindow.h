// SPDX-License-Identifier: MIT
#pragma once

#include "io/CityLabels.h"
#include "model/Scenario.h"

#include <QMainWindow>
#include <utility>
#include <vector>

class QDockWidget;
class QLabel;
class QMenu;
class QSlider;

namespace gpuplan {

class AllocateTool;
class Autosave;
class BackgroundWork;
class ChartsPanel;
class EvaluationPresenter;
class FileActions;
class Language;
class MapCanvas;
class NationalTiles;
class OrganisationPools;
class PlanDocument;
class ScriptConsole;
class SiteInspector;
class ViolationsList;

// The dashboard: the map in the centre with the national tiles above it, the organisations'
// pools and the layers on the left, the site inspector and charts on the right, the violations
// below. It composes these parts and wires them; each part does its own work.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    static constexpr int kFirstPlanningYear = 2026;
    static constexpr int kLastPlanningYear = 2030;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // The folder with the basemap (countries-10m.json) and city labels (cities.csv).
    void setDataDirectory(const QString& directory);
    void setNationalScenarioPath(const QString& path);
    void openScenario(const Scenario& scenario, const QString& path);

    PlanDocument* document() const { return m_document; }
    MapCanvas* mapCanvas() const { return m_canvas; }
    AllocateTool* allocateTool() const { return m_tool; }
    EvaluationPresenter* presenter() const { return m_presenter; }
    FileActions* fileActions() const { return m_files; }
    Autosave* autosave() const { return m_autosave; }
    Language* language() const { return m_language; }
    OrganisationPools* pools() const { return m_pools; }
    NationalTiles* tiles() const { return m_tiles; }
    ChartsPanel* charts() const { return m_charts; }
    ViolationsList* violations() const { return m_violations; }
    SiteInspector* inspector() const { return m_inspector; }
    QSlider* yearSlider() const { return m_yearSlider; }
    ScriptConsole* scriptConsole() const { return m_console; }
    QDockWidget* scriptConsoleDock() const { return m_consoleDock; }

    void setPresentationMode(bool on);
    bool isPresentationMode() const { return m_presentation; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildCentre();
    void buildDocks();
    QDockWidget* addDock(QWidget* widget, const char* title, const QString& name,
                         Qt::DockWidgetArea area);
    void buildMenus();
    QMenu* addMenu(const QString& title, const char* name);
    void buildToolBar();
    void connectParts();
    void computeHostingOfEveryBus();
    void exportBriefingAs();
    void updateTitle();
    void retranslate();

    PlanDocument* m_document = nullptr;
    MapCanvas* m_canvas = nullptr;
    AllocateTool* m_tool = nullptr;
    NationalTiles* m_tiles = nullptr;
    OrganisationPools* m_pools = nullptr;
    ChartsPanel* m_charts = nullptr;
    ViolationsList* m_violations = nullptr;
    SiteInspector* m_inspector = nullptr;
    ScriptConsole* m_console = nullptr;
    QDockWidget* m_consoleDock = nullptr;
    EvaluationPresenter* m_presenter = nullptr;
    BackgroundWork* m_background = nullptr;
    Autosave* m_autosave = nullptr;
    FileActions* m_files = nullptr;
    Language* m_language = nullptr;
    QSlider* m_yearSlider = nullptr;
    QLabel* m_yearLabel = nullptr;
    QLabel* m_engineStatus = nullptr;
    std::vector<std::pair<QDockWidget*, const char*>> m_docks; // with their untranslated titles
    std::vector<QMenu*> m_menus;     // the menu bar's, rebuilt per language
    std::vector<CityLabel> m_cities; // relabelled when the language changes
    bool m_presentation = false;
    QFont m_normalFont;
};

} // namespace gpuplan
