// SPDX-License-Identifier: MIT
// Scripted UI tests: the `plan` object against the real window offscreen, beside synthetic
// mouse and key events, and the script console typed into like a planner would.
#include "gui_dashboard/DashboardFixture.h"
#include "ui/document/Autosave.h"
#include "ui/document/PlanDocument.h"
#include "ui/map/MapCanvas.h"
#include "ui/panels/SiteInspector.h"
#include "ui/script/PlanApi.h"
#include "ui/script/ScriptConsole.h"
#include "ui/script/ScriptSession.h"

#include <QDockWidget>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

namespace gpuplan {
namespace {

using testing::dragOnMap;
using testing::openNationalWindow;
using testing::sendMouse;
using testing::siteViewportPos;
using testing::waitForEngine;

// NAVER's GAK Sejong to SK's Ulsan campus: 5,000 GPUs take Ulsan from feasible to within 10%
// of its connection limit (the dashboard tests drag the same block by hand).
constexpr auto kMoveToUlsan =
    "plan.move({org: 'naver', from: 'naver_gak_sejong', to: 'sk_ulsan', count: 5000})";

class ScriptedWindow : public ::testing::Test {
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true); // autosave goes to a test folder
        window = openNationalWindow();
        ASSERT_TRUE(window);
        window->autosave()->discardRecovery();
        session = std::make_unique<ScriptSession>(window.get(), QStringList{});
        QObject::connect(session.get(), &ScriptSession::printed,
                         [this](const QString& line, bool) { printed << line; });
    }
    void TearDown() override { window->autosave()->discardRecovery(); }

    // Runs `program`; the test fails with the script's error when it throws.
    QString run(const QString& program)
    {
        const ScriptOutcome outcome = session->run(program, QStringLiteral("test.js"));
        EXPECT_TRUE(outcome.ok) << outcome.text.toStdString();
        return outcome.text;
    }
    ScriptOutcome runFailing(const QString& program)
    {
        return session->run(program, QStringLiteral("test.js"));
    }

    const Scenario& scenario() const { return window->document()->scenario(); }
    SiteState siteState(const char* id) const
    {
        return window->mapCanvas()->siteState(QString::fromLatin1(id));
    }

    std::unique_ptr<MainWindow> window;
    std::unique_ptr<ScriptSession> session;
    QStringList printed;
};

TEST_F(ScriptedWindow, AMoveShowsOnTheMapAsOneUndoStep)
{
    ASSERT_EQ(siteState("sk_ulsan"), SiteState::Feasible);
    run(QString::fromLatin1(kMoveToUlsan) + QStringLiteral("; plan.wait()"));
    EXPECT_EQ(siteState("sk_ulsan"), SiteState::AtRisk);
    EXPECT_EQ(window->document()->undoStack()->count(), 1);
    EXPECT_TRUE(window->document()->isModified());
}

TEST_F(ScriptedWindow, MapStateReportsWhatTheMapDraws)
{
    run(QString::fromLatin1(kMoveToUlsan));
    run(QStringLiteral("var state = plan.mapState()"));
    for (const Site& site : scenario().sites()) {
        const QString id = QString::fromStdString(site.id);
        const QString prefix = QStringLiteral("state.sites.find(s => s.id === '%1').").arg(id);
        const QPoint drawn = siteViewportPos(*window, site.id);
        EXPECT_EQ(run(prefix + QStringLiteral("x")).toInt(), drawn.x()) << site.id;
        EXPECT_EQ(run(prefix + QStringLiteral("y")).toInt(), drawn.y()) << site.id;
        EXPECT_EQ(run(prefix + QStringLiteral("ringColour")),
                  window->mapCanvas()->siteRingColour(id).name())
            << site.id;
    }
    EXPECT_EQ(run(QStringLiteral("state.sites.find(s => s.id === 'sk_ulsan').status")),
              QStringLiteral("at_risk"));
}

TEST_F(ScriptedWindow, UndoThroughTheApiEqualsUndoByKeyboard)
{
    const Scenario original = scenario();
    run(QString::fromLatin1(kMoveToUlsan));
    const Scenario moved = scenario();
    ASSERT_NE(moved, original);

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    const Scenario undoneByKeyboard = scenario();
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(scenario(), moved) << "redo by keyboard";
    run(QStringLiteral("plan.undo(); plan.wait()"));

    EXPECT_EQ(undoneByKeyboard, original);
    EXPECT_EQ(scenario(), original) << "undo through the API";
    EXPECT_EQ(siteState("sk_ulsan"), SiteState::Feasible);
    run(QStringLiteral("plan.redo()"));
    EXPECT_EQ(scenario(), moved) << "redo through the API";
}

TEST_F(ScriptedWindow, SaveNewFromDefaultAndOpen)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("moved.gpkg"));
    window->setNationalScenarioPath(QStringLiteral(GPUPLAN_BUILD_DATA_DIR "/national.gpkg"));
    const Scenario original = scenario();
    run(QString::fromLatin1(kMoveToUlsan));
    const Scenario moved = scenario();
    run(QStringLiteral("plan.save('%1')").arg(path));
    EXPECT_FALSE(window->document()->isModified());

    run(QStringLiteral("plan.newFromDefault()"));
    EXPECT_EQ(scenario(), original);
    EXPECT_TRUE(window->document()->filePath().isEmpty()) << "the shipped plan is a template";
    run(QStringLiteral("plan.open('%1')").arg(path));
    EXPECT_EQ(scenario(), moved);
    EXPECT_EQ(window->document()->filePath(), path);

    const ScriptOutcome missing =
        runFailing(QStringLiteral("plan.open('%1/none.gpkg')").arg(folder.path()));
    EXPECT_FALSE(missing.ok);
    EXPECT_TRUE(missing.text.contains(QStringLiteral("none.gpkg"))) << missing.text.toStdString();
    EXPECT_EQ(scenario(), moved) << "a failed open keeps the plan";
}

TEST_F(ScriptedWindow, SnapshotWritesTheMapAtTheAskedSize)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("map.png"));
    run(QStringLiteral("plan.snapshot('%1', {width: 400, height: 300})").arg(path));
    EXPECT_EQ(QImage(path).size(), QSize(400, 300));
    run(QStringLiteral("plan.snapshot('%1')").arg(path));
    EXPECT_EQ(QImage(path).size(), window->mapCanvas()->viewport()->size())
        << "the map as shown, by default";
    const ScriptOutcome unwritable =
        runFailing(QStringLiteral("plan.snapshot('%1/no/such/folder/map.png')").arg(folder.path()));
    EXPECT_FALSE(unwritable.ok);
    EXPECT_TRUE(unwritable.text.contains(QStringLiteral("snapshot: cannot write")))
        << unwritable.text.toStdString();
}

TEST_F(ScriptedWindow, ARefusedCallThrowsAndChangesNothing)
{
    const Scenario before = scenario();
    const ScriptOutcome outcome = runFailing(
        QStringLiteral("\n\nplan.move({org: 'naver', from: 'naver_gak_sejong', to: 'sk_ulsan', "
                       "count: 999999})"));
    EXPECT_FALSE(outcome.ok);
    EXPECT_TRUE(outcome.text.startsWith(QStringLiteral("test.js:3: Error: move: only ")))
        << outcome.text.toStdString();
    EXPECT_FALSE(
        runFailing(QStringLiteral("plan.setSite('sk_ulsan', {pue: 1.3, model: 'no_such_model'})"))
            .ok);
    EXPECT_EQ(scenario(), before) << "not even the PUE";
    EXPECT_EQ(window->document()->undoStack()->count(), 0);
}

// The shipped plan places every GPU of the programme, so a pool has nothing left until GPUs are
// removed from a site.
TEST_F(ScriptedWindow, PlaceTakesOnlyWhatRemoveReturnedToThePool)
{
    EXPECT_TRUE(runFailing(QStringLiteral("plan.place({org: 'naver', site: 'sk_ulsan', count: 1})"))
                    .text.endsWith(QStringLiteral("place: a GPU model is needed")));
    const ScriptOutcome full = runFailing(
        QStringLiteral("plan.place({org: 'naver', site: 'gangwon_data_valley', count: 1000, "
                       "model: 'gb300_nvl72'})"));
    EXPECT_FALSE(full.ok);
    EXPECT_TRUE(full.text.contains(QStringLiteral("over its quota: 0 left in its pool")))
        << full.text.toStdString();

    run(QStringLiteral("plan.remove({org: 'naver', site: 'naver_gak_sejong', count: 2000})"));
    run(QStringLiteral("plan.place({org: 'naver', site: 'gangwon_data_valley', count: 2000, "
                       "model: 'gb300_nvl72', year: 2029})"));
    const auto placed = std::find_if(
        scenario().allocations().begin(), scenario().allocations().end(), [](const Allocation& a) {
            return a.organisationId == "naver" && a.siteId == "gangwon_data_valley" &&
                   a.modelId == "gb300_nvl72";
        });
    ASSERT_NE(placed, scenario().allocations().end());
    EXPECT_EQ(placed->gpus, 2000);
    EXPECT_EQ(placed->year, 2029);
    EXPECT_EQ(scenario().placedGpus("naver"), 60000);
    EXPECT_EQ(window->document()->undoStack()->count(), 2);
}

TEST_F(ScriptedWindow, ErrorsCanBeCaughtInTheScript)
{
    run(QStringLiteral("try { plan.setSite('sk_ulsan', {pue: 0.5}) } "
                       "catch (e) { console.log(e.name + ': ' + e.message) }"));
    ASSERT_EQ(printed.size(), 1);
    EXPECT_TRUE(printed.front().startsWith(QStringLiteral("RangeError: setSite: ")))
        << printed.front().toStdString();
    EXPECT_TRUE(printed.front().contains(QStringLiteral("pue"))) << printed.front().toStdString();
}

TEST_F(ScriptedWindow, SetSiteIsAnUndoableEditTheEngineSees)
{
    const double before =
        run(QStringLiteral("plan.evaluate().sites.find(s => s.id === 'sk_ulsan').facility_mw"))
            .toDouble();
    const CoolingType cooling = scenario().findSite("sk_ulsan")->cooling;
    ASSERT_NE(cooling, CoolingType::Liquid);
    run(QStringLiteral("plan.setSite('sk_ulsan', {pue: 1.5, cooling: 'liquid'})"));
    const Site* site = scenario().findSite("sk_ulsan");
    EXPECT_DOUBLE_EQ(site->pue, 1.5);
    EXPECT_EQ(site->cooling, CoolingType::Liquid);
    const double after =
        run(QStringLiteral("plan.evaluate().sites.find(s => s.id === 'sk_ulsan').facility_mw"))
            .toDouble();
    const double itMw =
        run(QStringLiteral("plan.evaluate().sites.find(s => s.id === 'sk_ulsan').it_mw"))
            .toDouble();
    EXPECT_NEAR(after, itMw * 1.5, 1e-9);
    EXPECT_GT(after, before);
    run(QStringLiteral("plan.undo()"));
    EXPECT_EQ(scenario().findSite("sk_ulsan")->cooling, cooling);
}

TEST_F(ScriptedWindow, SelectShowsTheSiteInTheInspectorAndAClickIsSeenByTheApi)
{
    run(QStringLiteral("plan.select('sk_ulsan')"));
    EXPECT_EQ(window->mapCanvas()->selectedSite(), QStringLiteral("sk_ulsan"));
    EXPECT_EQ(window->inspector()->site(), QStringLiteral("sk_ulsan"));

    const QPoint sejong = siteViewportPos(*window, "naver_gak_sejong");
    QWidget* viewport = window->mapCanvas()->viewport();
    sendMouse(viewport, QEvent::MouseButtonPress, sejong, Qt::LeftButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, sejong, Qt::LeftButton, Qt::NoButton);
    EXPECT_EQ(run(QStringLiteral("plan.selectedSite()")), QStringLiteral("naver_gak_sejong"));
    run(QStringLiteral("plan.select(null)"));
    EXPECT_EQ(run(QStringLiteral("String(plan.mapState().selectedSite)")), QStringLiteral("null"));
}

TEST_F(ScriptedWindow, ADragByHandIsSeenByTheApi)
{
    dragOnMap(*window, siteViewportPos(*window, "naver_gak_sejong"),
              siteViewportPos(*window, "sk_ulsan"), Qt::ShiftModifier);
    ASSERT_TRUE(waitForEngine(*window));
    EXPECT_EQ(run(QStringLiteral("plan.mapState().sites.find(s => s.id === 'sk_ulsan').status")),
              QStringLiteral("at_risk"));
    EXPECT_EQ(run(QStringLiteral("plan.evaluate().sites.find(s => s.id === 'sk_ulsan').gpus")),
              QStringLiteral("47000"));
}

TEST_F(ScriptedWindow, SetYearMovesTheSlider)
{
    run(QStringLiteral("plan.setYear(2027)"));
    EXPECT_EQ(window->yearSlider()->value(), 2027);
    EXPECT_EQ(window->mapCanvas()->planningYear(), 2027);
    EXPECT_EQ(run(QStringLiteral("plan.evaluate().scenario.year")), QStringLiteral("2027"));
    EXPECT_FALSE(runFailing(QStringLiteral("plan.setYear(2027.5)")).ok);
}

class ScriptConsoleDock : public ScriptedWindow {
protected:
    void type(const QString& line)
    {
        QLineEdit* input = window->scriptConsole()->input();
        QTest::keyClicks(input, line);
        QTest::keyClick(input, Qt::Key_Return);
    }
    QString output() const { return window->scriptConsole()->output()->toPlainText(); }
    QLineEdit* input() const { return window->scriptConsole()->input(); }
};

TEST_F(ScriptConsoleDock, IsHiddenUntilAskedForThenRunsATypedLine)
{
    EXPECT_FALSE(window->scriptConsoleDock()->isVisible());
    QTest::keyClick(window.get(), Qt::Key_J, Qt::ControlModifier | Qt::AltModifier);
    ASSERT_TRUE(window->scriptConsoleDock()->isVisible());

    type(QStringLiteral("plan.evaluate().totals.gpus"));
    EXPECT_TRUE(output().contains(QStringLiteral("> plan.evaluate().totals.gpus\n260000")))
        << output().toStdString();
    type(QString::fromLatin1(kMoveToUlsan));
    EXPECT_EQ(window->document()->undoStack()->count(), 1) << "the console edits this window";
}

TEST_F(ScriptConsoleDock, ShowsErrorsWithTheirLine)
{
    window->scriptConsoleDock()->show();
    type(QStringLiteral("1 + 1"));
    type(QStringLiteral("plan.move({})"));
    EXPECT_TRUE(
        output().contains(QStringLiteral("<console>:2: TypeError: move: 'org' is required")))
        << output().toStdString();
}

TEST_F(ScriptConsoleDock, UpAndDownWalkTheHistory)
{
    window->scriptConsoleDock()->show();
    type(QStringLiteral("plan.year()"));
    type(QStringLiteral("console.log('two')"));
    EXPECT_TRUE(output().contains(QStringLiteral("2030\n"))) << output().toStdString();
    EXPECT_TRUE(output().contains(QStringLiteral("two\n"))) << output().toStdString();

    QTest::keyClick(input(), Qt::Key_Up);
    EXPECT_EQ(input()->text(), QStringLiteral("console.log('two')"));
    QTest::keyClick(input(), Qt::Key_Up);
    EXPECT_EQ(input()->text(), QStringLiteral("plan.year()"));
    QTest::keyClick(input(), Qt::Key_Up);
    EXPECT_EQ(input()->text(), QStringLiteral("plan.year()")) << "the oldest line stays";
    QTest::keyClick(input(), Qt::Key_Down);
    EXPECT_EQ(input()->text(), QStringLiteral("console.log('two')"));
    QTest::keyClick(input(), Qt::Key_Down);
    EXPECT_EQ(input()->text(), QString());
}

TEST_F(ScriptConsoleDock, QuitClosesTheWindowAsTheQuitActionDoes)
{
    window->scriptConsoleDock()->show();
    type(QStringLiteral("plan.quit()"));
    EXPECT_FALSE(window->isVisible()) << "an unmodified plan closes without asking";
}

} // namespace
} // namespace gpuplan
