// SPDX-License-Identifier: MIT
// The planner's view of speed (issue 4): from a mouse move over a new drop target to the repaint
// of the map with the engine's answer for it, in the real window on the national scenario
// (offscreen), and the frame rate while dragging. Google Benchmark, label `bench`.
#include "gui_dashboard/DashboardFixture.h"
#include "ui/EvaluationPresenter.h"
#include "ui/map/MapCanvas.h"
#include "ui/tools/AllocateTool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <vector>

namespace gpuplan {
namespace {

using testing::sendMouse;
using testing::siteViewportPos;

// Counts the map viewport's paint events.
class PaintCounter : public QObject {
public:
    explicit PaintCounter(QWidget* viewport) { viewport->installEventFilter(this); }
    int paints() const { return m_paints; }

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_paints;
        return false;
    }

private:
    int m_paints = 0;
};

double percentile(std::vector<double> samples, double share)
{
    std::sort(samples.begin(), samples.end());
    const auto index = static_cast<std::size_t>(share * double(samples.size() - 1));
    return samples[index];
}

struct DragSession {
    std::unique_ptr<MainWindow> window = testing::openNationalWindow();
    QWidget* viewport = window->mapCanvas()->viewport();
    PaintCounter counter{viewport};

    int paintsAtAnswer = -1; // paints counted when the newest answer reached the GUI thread

    DragSession()
    {
        QObject::connect(window->presenter()->service(), &EvaluationService::evaluated,
                         window.get(), [this] { paintsAtAnswer = counter.paints(); });
        window->allocateTool()->setActiveOrganisation(QStringLiteral("naver"));
        sendMouse(viewport, QEvent::MouseButtonPress, siteViewportPos(*window, "naver_gak_sejong"),
                  Qt::LeftButton, Qt::LeftButton, Qt::ShiftModifier);
    }
    ~DragSession()
    {
        sendMouse(viewport, QEvent::MouseButtonRelease,
                  siteViewportPos(*window, "naver_gak_sejong"), Qt::LeftButton, Qt::NoButton);
    }

    void moveTo(const std::string& site)
    {
        paintsAtAnswer = -1;
        sendMouse(viewport, QEvent::MouseMove, siteViewportPos(*window, site), Qt::NoButton,
                  Qt::LeftButton, Qt::ShiftModifier);
    }

    // Processes events until the newest answer is drawn and the map has repainted after it.
    void waitForRepaint()
    {
        auto* service = window->presenter()->service();
        // Sleep between events as the window's own event loop does: a spinning GUI thread
        // would take a core from the engine on a two-core machine.
        while (!service->isIdle() || paintsAtAnswer < 0 || counter.paints() <= paintsAtAnswer)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
};

// Alternates between two drop targets so that every move asks the engine a new question.
void BM_MoveToRepaintNational(benchmark::State& state)
{
    DragSession session;
    const std::string targets[] = {"sk_ulsan", "pohang_dc_campus"};
    std::vector<double> samples;
    std::vector<double> engineRoundTrips; // request to answer on the GUI thread
    std::size_t next = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        session.moveTo(targets[next++ % 2]);
        session.waitForRepaint();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        samples.push_back(seconds * 1e3);
        engineRoundTrips.push_back(session.window->presenter()->service()->lastLatencyMs());
        state.SetIterationTime(seconds);
    }
    state.counters["median_ms"] = percentile(samples, 0.5);
    state.counters["p95_ms"] = percentile(samples, 0.95);
    state.counters["engine_median_ms"] = percentile(engineRoundTrips, 0.5);
    state.counters["cores"] = QThread::idealThreadCount();
}
BENCHMARK(BM_MoveToRepaintNational)
    ->UseManualTime()
    ->Iterations(200)
    ->Unit(benchmark::kMillisecond);

// A hand sweeping across the map for a second with a move every 4 ms (250 Hz input, faster than
// any mouse): how many frames the map paints.
void BM_FramesWhileDragging(benchmark::State& state)
{
    DragSession session;
    const QPoint from = siteViewportPos(*session.window, "naver_gak_sejong");
    const QPoint to = siteViewportPos(*session.window, "sk_ulsan");
    constexpr int kMoves = 250;
    constexpr int kIntervalMs = 4;
    for (auto _ : state) {
        const int paintsBefore = session.counter.paints();
        QElapsedTimer timer;
        timer.start();
        for (int move = 0; move < kMoves; ++move) {
            const double t = double(move % 50) / 49.0;
            const QPoint at = from + (to - from) * t;
            sendMouse(session.viewport, QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton,
                      Qt::ShiftModifier);
            QEventLoop pause;
            QTimer::singleShot(kIntervalMs, &pause, &QEventLoop::quit);
            pause.exec();
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        state.counters["fps"] = double(session.counter.paints() - paintsBefore) / seconds;
    }
    state.counters["cores"] = QThread::idealThreadCount();
}
BENCHMARK(BM_FramesWhileDragging)->Iterations(3)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace gpuplan
