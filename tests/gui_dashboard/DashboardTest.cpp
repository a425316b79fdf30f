// SPDX-License-Identifier: MIT
// The dashboard as a planner uses it, driven by synthetic mouse and key events (offscreen).
#include "DashboardFixture.h"
#include "io/MatpowerCase.h"
#include "ui/EvaluationPresenter.h"
#include "ui/FileActions.h"
#include "ui/Language.h"
#include "ui/document/Autosave.h"
#include "ui/document/PlanDocument.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/MapLabelItem.h"
#include "ui/panels/OrganisationPools.h"
#include "ui/panels/SiteInspector.h"
#include "ui/panels/ViolationsList.h"
#include "ui/tools/AllocateTool.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDockWidget>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace gpuplan {
namespace {

using testing::dragOnMap;
using testing::openNationalWindow;
using testing::sendMouse;
using testing::siteViewportPos;
using testing::waitForEngine;

// NAVER's GPUs at GAK Sejong moved to SK's Ulsan campus: 5,000 GPUs (~10 MW of facility power)
// take Ulsan from feasible to within 10% of its 103 MW connection limit.
const std::string kFrom = "naver_gak_sejong";
const std::string kTo = "sk_ulsan";

class Dashboard : public ::testing::Test {
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true); // autosave goes to a test folder
        window = openNationalWindow();
        window->autosave()->discardRecovery();
        window->allocateTool()->setActiveOrganisation(QStringLiteral("naver"));
    }
    void TearDown() override { window->autosave()->discardRecovery(); }

    const Scenario& scenario() const { return window->document()->scenario(); }
    QString statusText() const { return window->statusBar()->currentMessage(); }

    std::unique_ptr<MainWindow> window;
};

TEST_F(Dashboard, DraggingFiveThousandNaverGpusPreviewsThenCommits)
{
    const Scenario before = scenario();
    const QColor ringBefore = window->mapCanvas()->siteRingColour(QString::fromStdString(kTo));
    ASSERT_EQ(window->mapCanvas()->siteState(QString::fromStdString(kTo)), SiteState::Feasible);

    // Under way: the pointer is over Ulsan, the button still down.
    dragOnMap(*window, siteViewportPos(*window, kFrom), siteViewportPos(*window, kTo),
              Qt::ShiftModifier, false);
    ASSERT_TRUE(waitForEngine(*window));
    EXPECT_TRUE(window->presenter()->isPreviewing());
    EXPECT_EQ(window->mapCanvas()->siteState(QString::fromStdString(kTo)), SiteState::AtRisk)
        << "the map shows the predicted state before the drop";
    EXPECT_EQ(scenario(), before) << "nothing is committed while dragging";

    sendMouse(window->mapCanvas()->viewport(), QEvent::MouseButtonRelease,
              siteViewportPos(*window, kTo), Qt::LeftButton, Qt::NoButton, Qt::ShiftModifier);
    ASSERT_TRUE(waitForEngine(*window));
    EXPECT_EQ(scenario().siteGpus(kFrom), before.siteGpus(kFrom) - 5000);
    EXPECT_EQ(scenario().siteGpus(kTo), before.siteGpus(kTo) + 5000);
    EXPECT_EQ(scenario().placedGpus("naver"), before.placedGpus("naver"));
    EXPECT_EQ(window->mapCanvas()->siteState(QString::fromStdString(kTo)), SiteState::AtRisk);
    EXPECT_NE(window->mapCanvas()->siteRingColour(QString::fromStdString(kTo)), ringBefore);
    EXPECT_EQ(window->document()->undoStack()->count(), 1) << "one drag, one undo command";
    EXPECT_TRUE(window->isWindowModified());
}

TEST_F(Dashboard, UndoRestoresTheScenarioExactlyAndRedoRepeatsIt)
{
    const Scenario before = scenario();
    dragOnMap(*window, siteViewportPos(*window, kFrom), siteViewportPos(*window, kTo),
              Qt::ShiftModifier);
    const Scenario after = scenario();
    ASSERT_NE(after, before);

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(scenario(), before);
    ASSERT_TRUE(waitForEngine(*window));
    EXPECT_EQ(window->mapCanvas()->siteState(QString::fromStdString(kTo)), SiteState::Feasible);

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(scenario(), after);
}

TEST_F(Dashboard, DropOnEmptyMapChangesNothing)
{
    const Scenario before = scenario();
    const QPoint sea = window->mapCanvas()->mapFromScene(
        window->mapCanvas()->scenePosition(124.8, 35.0)); // the Yellow Sea
    dragOnMap(*window, siteViewportPos(*window, kFrom), sea, Qt::NoModifier);
    ASSERT_TRUE(waitForEngine(*window));
    EXPECT_EQ(scenario(), before);
    EXPECT_EQ(window->document()->undoStack()->count(), 0);
    EXPECT_TRUE(statusText().contains(QStringLiteral("nothing changed")))
        << statusText().toStdString();
    EXPECT_FALSE(window->presenter()->isPreviewing());
}

// Every organisation has placed its whole quota in the national scenario: its pool is empty.
TEST_F(Dashboard, OverQuotaDropFromThePoolIsRefusedWithAMessage)
{
    const Scenario before = scenario();
    OrganisationPools* pools = window->pools();
    QWidget* surface = pools->dragSurface();
    const QPoint row = pools->rowCentre(QStringLiteral("naver"));
    const QPoint target =
        window->mapCanvas()->viewport()->mapToGlobal(siteViewportPos(*window, kTo));
    sendMouse(surface, QEvent::MouseButtonPress, row, Qt::LeftButton, Qt::LeftButton);
    sendMouse(surface, QEvent::MouseMove, row + QPoint(30, 0), Qt::NoButton, Qt::LeftButton);
    sendMouse(surface, QEvent::MouseMove, surface->mapFromGlobal(target), Qt::NoButton,
              Qt::LeftButton, Qt::NoModifier, target);
    sendMouse(surface, QEvent::MouseButtonRelease, surface->mapFromGlobal(target), Qt::LeftButton,
              Qt::NoButton, Qt::NoModifier, target);
    EXPECT_EQ(scenario(), before);
    EXPECT_TRUE(statusText().contains(QStringLiteral("quota"))) << statusText().toStdString();
}

TEST_F(Dashboard, DraggingASiteOntoThePoolReturnsGpus)
{
    const long long before = scenario().placedGpus("naver");
    QWidget* surface = window->pools()->dragSurface();
    const QPoint pool = window->mapCanvas()->viewport()->mapFromGlobal(
        surface->mapToGlobal(surface->rect().center()));
    dragOnMap(*window, siteViewportPos(*window, kFrom), pool, Qt::NoModifier);
    EXPECT_EQ(scenario().placedGpus("naver"), before - 1000);
}

TEST_F(Dashboard, ChangingASitesGpuModelInTheInspectorIsOneUndoStep)
{
    const Scenario before = scenario();
    window->mapCanvas()->selectSite(QString::fromStdString(kTo));
    window->inspector()->setSite(QString::fromStdString(kTo));
    auto* model = window->inspector()->findChild<QComboBox*>(QStringLiteral("modelCombo"));
    ASSERT_NE(model, nullptr);
    const int h100 = model->findData(QStringLiteral("hgx_h100"));
    ASSERT_GE(h100, 0);
    model->setCurrentIndex(h100);
    emit model->activated(h100);
    ASSERT_TRUE(waitForEngine(*window));
    for (const Allocation& allocation : scenario().allocations()) {
        if (allocation.siteId == kTo) {
            EXPECT_EQ(allocation.modelId, "hgx_h100");
        }
    }
    EXPECT_EQ(scenario().siteGpus(kTo), before.siteGpus(kTo));
    EXPECT_EQ(window->document()->undoStack()->count(), 1);
    window->document()->undoStack()->undo();
    EXPECT_EQ(scenario(), before);
}

template <typename Predicate> bool waitUntil(Predicate done, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

TEST_F(Dashboard, ImportingAGridInTheBackgroundIsOneUndoStep)
{
    QTemporaryDir folder;
    const QString casePath = folder.filePath(QStringLiteral("national.m"));
    writeMatpowerCase(scenario().grid(), "national", casePath.toStdString());
    window->fileActions()->importGridFile(casePath, {});
    ASSERT_TRUE(waitUntil([&] { return window->document()->undoStack()->count() == 1; }));
    EXPECT_EQ(scenario().grid().buses.size(), testing::nationalScenario().grid().buses.size());
    EXPECT_EQ(scenario().settings().gridSource, "MATPOWER case national.m");
}

TEST_F(Dashboard, ImportingAGridWithoutTheSitesBusesKeepsThePlan)
{
    const Scenario before = scenario();
    const QString casePath = QStringLiteral(GPUPLAN_TEST_DATA_DIR "/matpower/hand5.m");
    window->fileActions()->importGridFile(casePath, {});
    QMessageBox* box = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        box = window->findChild<QMessageBox*>(QStringLiteral("errorMessage"));
        return box != nullptr;
    }));
    EXPECT_TRUE(box->text().contains(QStringLiteral("sites connect to buses")))
        << box->text().toStdString();
    EXPECT_EQ(scenario(), before);
    box->close();
}

// The year slider: in 2027 the 2028 reinforcements are dashed and the sites energised later are
// faint, and that survives the engine's next answer (a redraw).
TEST_F(Dashboard, PlanningYearSliderFiltersBranchesAndSites)
{
    const auto& branches = scenario().grid().branches;
    const auto reinforcement = std::find_if(
        branches.begin(), branches.end(), [](const Branch& b) { return b.inServiceYear == 2028; });
    ASSERT_NE(reinforcement, branches.end());
    const int index = int(reinforcement - branches.begin());
    EXPECT_FALSE(window->mapCanvas()->isBranchDashed(index));

    window->yearSlider()->setValue(2027);
    ASSERT_TRUE(waitForEngine(*window));
    EXPECT_EQ(window->presenter()->service()->lastEvaluation().year, 2027);
    EXPECT_TRUE(window->mapCanvas()->isBranchDashed(index));
    EXPECT_LT(window->mapCanvas()->siteOpacity(QStringLiteral("hyundai_saemangeum")), 1.0)
        << "energised 2029";
    EXPECT_EQ(window->mapCanvas()->siteOpacity(QString::fromStdString(kFrom)), 1.0);

    dragOnMap(*window, siteViewportPos(*window, kFrom), siteViewportPos(*window, kTo),
              Qt::NoModifier);
    ASSERT_TRUE(waitForEngine(*window));
    EXPECT_TRUE(window->mapCanvas()->isBranchDashed(index)) << "a redraw keeps the year";
}

TEST_F(Dashboard, ClickingAViolationSelectsAndFramesItsBranch)
{
    QTableView* view = window->violations()->view();
    ASSERT_GT(view->model()->rowCount(), 0);
    const QRect first = view->visualRect(view->model()->index(0, 1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, first.center());
    const int expected =
        window->presenter()->service()->lastEvaluation().violations.front().branchCaseIndex;
    EXPECT_EQ(window->mapCanvas()->selectedBranch(), expected);
}

TEST_F(Dashboard, LanguageSwitchChangesVisibleLabels)
{
    window->language()->setKorean(false);
    auto* layers = window->findChild<QDockWidget*>(QStringLiteral("layerDock"));
    ASSERT_NE(layers, nullptr);
    EXPECT_EQ(layers->windowTitle(), QStringLiteral("Layers"));
    const auto hasLabel = [&](const QString& text) {
        for (const MapLabelItem* label : window->mapCanvas()->visibleLabels()) {
            if (label->text() == text)
                return true;
        }
        return false;
    };
    EXPECT_TRUE(hasLabel(QStringLiteral("NAVER GAK Sejong")));

    ASSERT_TRUE(window->language()->setKorean(true));
    EXPECT_EQ(layers->windowTitle(), QStringLiteral("레이어"));
    EXPECT_TRUE(hasLabel(QStringLiteral("네이버 각 세종")));
    window->language()->setKorean(false);
}

TEST_F(Dashboard, OpeningABrokenFileShowsAnErrorAndKeepsThePlan)
{
    dragOnMap(*window, siteViewportPos(*window, kFrom), siteViewportPos(*window, kTo),
              Qt::NoModifier);
    const Scenario edited = scenario();
    QTemporaryDir folder;
    const QString broken = folder.filePath(QStringLiteral("broken.gpkg"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not a GeoPackage");
    file.close();

    EXPECT_FALSE(window->fileActions()->openFileNow(broken));
    EXPECT_EQ(scenario(), edited);
    EXPECT_EQ(window->document()->undoStack()->count(), 1) << "the undo history is kept";
    auto* box = window->findChild<QMessageBox*>(QStringLiteral("errorMessage"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(broken)) << box->text().toStdString();
    box->close();
}

TEST_F(Dashboard, CrashRecoveryRestoresTheAutosave)
{
    dragOnMap(*window, siteViewportPos(*window, kFrom), siteViewportPos(*window, kTo),
              Qt::ShiftModifier);
    const Scenario edited = scenario();
    window->autosave()->saveNow();
    window.reset(); // a crash: no close event, the recovery file stays

    window = openNationalWindow();
    ASSERT_TRUE(window->autosave()->hasRecovery());
    window->fileActions()->offerRecovery();
    auto* offer = window->findChild<QMessageBox*>(QStringLiteral("recoveryMessage"));
    ASSERT_NE(offer, nullptr);
    offer->button(QMessageBox::Yes)->click();
    EXPECT_EQ(scenario(), edited);
    EXPECT_TRUE(window->document()->isModified()) << "recovered work is unsaved work";
}

} // namespace
} // namespace gpuplan
