// SPDX-License-Identifier: MIT
#include "DashboardFixture.h"

#include "io/AuthoredScenario.h"
#include "ui/EvaluationPresenter.h"
#include "ui/document/PlanDocument.h"
#include "ui/map/MapCanvas.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTest>

namespace gpuplan::testing {
namespace {

constexpr int kEngineTimeoutMs = 10000;

} // namespace

const Scenario& nationalScenario()
{
    static const Scenario scenario = readAuthoredScenario(GPUPLAN_MAPS_DIR);
    return scenario;
}

std::unique_ptr<MainWindow> openNationalWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setDataDirectory(QStringLiteral(GPUPLAN_BUILD_DATA_DIR));
    window->openScenario(nationalScenario(), QString());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->mapCanvas()->fitKorea();
    waitForEngine(*window);
    return window;
}

QPoint siteViewportPos(MainWindow& window, const std::string& siteId)
{
    const Site* site = window.document()->scenario().findSite(siteId);
    MapCanvas* canvas = window.mapCanvas();
    return canvas->mapFromScene(canvas->scenePosition(site->lon, site->lat));
}

void sendMouse(QWidget* target, QEvent::Type type, QPoint pos, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers, QPoint globalPos)
{
    const QPoint global = globalPos.isNull() ? target->mapToGlobal(pos) : globalPos;
    QMouseEvent event(type, QPointF(pos), QPointF(global), button, buttons, modifiers);
    QApplication::sendEvent(target, &event);
}

void dragOnMap(MainWindow& window, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers,
               bool release, int steps)
{
    QWidget* viewport = window.mapCanvas()->viewport();
    sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    for (int step = 1; step <= steps; ++step) {
        const QPoint at = from + (to - from) * step / steps;
        sendMouse(viewport, QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton, modifiers);
    }
    if (release)
        sendMouse(viewport, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton,
                  modifiers);
}

bool waitForEngine(MainWindow& window)
{
    return window.presenter()->service()->waitUntilIdle(kEngineTimeoutMs);
}

} // namespace gpuplan::testing
