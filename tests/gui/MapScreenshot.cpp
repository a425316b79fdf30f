// SPDX-License-Identifier: MIT
// Renders the main window on the shipped national scenario (or the test scenario when maps/
// cannot be read) to a PNG, headless, so the map can be looked at by eye. The overlay is a
// made-up spread of loadings and statuses that shows every legend class; it is no result.
#include "MainWindow.h"
#include "MapFixtures.h"
#include "io/AuthoredScenario.h"
#include "io/CityLabels.h"
#include "map/MapCanvas.h"

#include <QApplication>
#include <QPixmap>
#include <QTest>
#include <iostream>

namespace {

using namespace gpuplan;

Scenario loadScenario()
{
    try {
        return readAuthoredScenario(GPUPLAN_MAPS_DIR);
    } catch (const std::exception& error) {
        std::cerr << "using the test scenario: " << error.what() << '\n';
        return test::makeTestScenario();
    }
}

MapOverlay illustrativeOverlay(const Scenario& scenario)
{
    MapOverlay overlay;
    const std::size_t branches = scenario.grid().branches.size();
    for (std::size_t i = 0; i < branches; ++i)
        overlay.branchWorstLoadingPct.push_back(double((i * 37) % 115) + 5.0);
    const SiteState states[] = {SiteState::Feasible, SiteState::AtRisk, SiteState::Feasible,
                                SiteState::Infeasible, SiteState::Unknown};
    std::size_t i = 0;
    for (const Site& site : scenario.sites())
        overlay.sites[site.id] = states[i++ % std::size(states)];
    return overlay;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::cerr << "usage: gui_map_screenshot OUT.png [SITE_ID]  (1920×1080; SITE_ID framed)\n";
        return 2;
    }
    MainWindow window;
    MapCanvas* canvas = window.mapCanvas();
    QString error;
    if (!canvas->setBasemap(QStringLiteral(GPUPLAN_BASEMAP_FILE), &error))
        std::cerr << error.toStdString() << '\n';
    canvas->setCityLabels(readCityLabels(std::filesystem::path(GPUPLAN_MAPS_DIR) / "cities.csv"));
    const Scenario scenario = loadScenario();
    window.showScenario(scenario, QStringLiteral("maps/"));
    canvas->setOverlay(illustrativeOverlay(scenario));
    window.resize(1920, 1080);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    canvas->fitKorea();
    if (argc > 2)
        canvas->frameSite(QString::fromLocal8Bit(argv[2]));
    QApplication::processEvents();
    if (!window.grab().save(QString::fromLocal8Bit(argv[1])))
        return 1;
    std::cout << argv[1] << '\n';
    return 0;
}
