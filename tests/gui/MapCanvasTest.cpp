// SPDX-License-Identifier: MIT
// The map canvas driven by synthetic mouse, wheel and key events, as a planner would use it.
#include "map/MapCanvas.h"

#include "MapFixtures.h"
#include "map/MapLabelItem.h"
#include "map/MapStyle.h"
#include "map/MapTool.h"

#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>

namespace gpuplan {
namespace {

// A scene point is kept "fixed" when it moves less than this; it is far below a pixel at any
// zoom the tests use (hundreds of metres per pixel at national zoom).
constexpr double kFixedPointToleranceMetres = 2.0;

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

void sendMouse(QWidget* target, QEvent::Type type, QPoint pos, Qt::MouseButton button,
               Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), QPointF(target->mapToGlobal(pos)), button, buttons,
                      Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

void click(QWidget* target, QPoint pos)
{
    sendMouse(target, QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton);
    sendMouse(target, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
}

void drag(QWidget* target, QPoint from, QPoint to, Qt::MouseButton button)
{
    sendMouse(target, QEvent::MouseButtonPress, from, button, button);
    sendMouse(target, QEvent::MouseMove, (from + to) / 2, Qt::NoButton, button);
    sendMouse(target, QEvent::MouseMove, to, Qt::NoButton, button);
    sendMouse(target, QEvent::MouseButtonRelease, to, button, Qt::NoButton);
}

void wheel(QWidget* target, QPoint pos, int angleDelta)
{
    QWheelEvent event(QPointF(pos), QPointF(target->mapToGlobal(pos)), QPoint(),
                      QPoint(0, angleDelta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(target, &event);
}

class MapCanvasTest : public test::ShownCanvasTest {
protected:
    QWidget* viewport() { return m_canvas.viewport(); }
    QPoint siteViewPos(const char* siteId)
    {
        const Site* site = test::makeTestScenario().findSite(siteId);
        return m_canvas.mapFromScene(m_canvas.scenePosition(site->lon, site->lat));
    }
    // A viewport point with nothing to hit around it (the sea west of Korea at national zoom).
    QPoint emptyPoint() { return QPoint(60, 60); }
};

TEST_F(MapCanvasTest, WheelZoomKeepsTheMapPointUnderTheCursor)
{
    const QPoint cursor(321, 207);
    const QPointF before = m_canvas.toScene(cursor);
    const double scale = m_canvas.zoomScale();

    wheel(viewport(), cursor, 120);
    EXPECT_NEAR(m_canvas.zoomScale(), scale * 1.25, scale * 1e-9);
    EXPECT_LT(distance(m_canvas.toScene(cursor), before), kFixedPointToleranceMetres);
    // Qt's own mapping (used for item hit tests) agrees to within the pixel's width.
    EXPECT_LT(distance(m_canvas.mapToScene(cursor), before), 1.0 / m_canvas.zoomScale());

    for (int i = 0; i < 3; ++i)
        wheel(viewport(), cursor, -120);
    EXPECT_NEAR(m_canvas.zoomScale(), scale / 1.25 / 1.25, scale * 1e-9);
    EXPECT_LT(distance(m_canvas.toScene(cursor), before), kFixedPointToleranceMetres);
}

TEST_F(MapCanvasTest, KeyboardZoomsAboutTheCentreAndArrowsPan)
{
    const QPoint centre = viewport()->rect().center();
    const QPointF before = m_canvas.toScene(QRectF(viewport()->rect()).center());
    const double scale = m_canvas.zoomScale();

    QTest::keyClick(&m_canvas, Qt::Key_Plus);
    EXPECT_NEAR(m_canvas.zoomScale(), scale * 1.25, scale * 1e-9);
    EXPECT_LT(distance(m_canvas.toScene(QRectF(viewport()->rect()).center()), before),
              kFixedPointToleranceMetres);
    QTest::keyClick(&m_canvas, Qt::Key_Minus);
    EXPECT_NEAR(m_canvas.zoomScale(), scale, scale * 1e-9);

    const QPointF west = m_canvas.toScene(centre);
    QTest::keyClick(&m_canvas, Qt::Key_Right);
    EXPECT_GT(m_canvas.toScene(centre).x(), west.x() + 50.0 / scale);
    QTest::keyClick(&m_canvas, Qt::Key_Up);
    EXPECT_LT(m_canvas.toScene(centre).y(), west.y() - 50.0 / scale); // north is -y
}

TEST_F(MapCanvasTest, FitKoreaShowsAllOfKorea)
{
    wheel(viewport(), QPoint(100, 100), 600);
    m_canvas.fitKorea();
    const QRectF visible(m_canvas.toScene(QPointF(0, 0)),
                         m_canvas.toScene(QPointF(viewport()->width(), viewport()->height())));
    const QRectF korea = m_canvas.koreaSceneRect();
    EXPECT_TRUE(visible.contains(korea));
    // ...and fills the view: Korea spans at least 85 % of the tighter dimension.
    EXPECT_GT(std::max(korea.width() / visible.width(), korea.height() / visible.height()), 0.85);
    // Both corners of the extent (124.5 E 33.0 N, 130.0 E 38.7 N) are on screen.
    for (const QPointF corner :
         {m_canvas.scenePosition(124.5, 33.0), m_canvas.scenePosition(130.0, 38.7)}) {
        EXPECT_TRUE(viewport()->rect().contains(m_canvas.mapFromScene(corner)));
    }
}

TEST_F(MapCanvasTest, DraggingEmptyMapPansWithTheMouse)
{
    const QPoint from = emptyPoint();
    ASSERT_TRUE(m_canvas.siteAt(from).isEmpty());
    const QPointF grabbed = m_canvas.toScene(from);
    const QPoint to = from + QPoint(140, 75);
    drag(viewport(), from, to, Qt::LeftButton);
    EXPECT_LT(distance(m_canvas.toScene(to), grabbed), kFixedPointToleranceMetres);

    // The middle button pans from anywhere, a site included.
    const QPoint site = siteViewPos("S3");
    const QPointF grabbedSite = m_canvas.toScene(site);
    drag(viewport(), site, site + QPoint(-30, 40), Qt::MiddleButton);
    EXPECT_LT(distance(m_canvas.toScene(site + QPoint(-30, 40)), grabbedSite),
              kFixedPointToleranceMetres);
    EXPECT_TRUE(m_canvas.selectedSite().isEmpty());
}

TEST_F(MapCanvasTest, ClickingASiteSelectsIt)
{
    QSignalSpy spy(&m_canvas, &MapCanvas::siteSelected);
    click(viewport(), siteViewPos("S1"));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("S1"));
    EXPECT_EQ(m_canvas.selectedSite(), QStringLiteral("S1"));

    click(viewport(), emptyPoint());
    EXPECT_TRUE(m_canvas.selectedSite().isEmpty());
    EXPECT_EQ(spy.count(), 2);
}

TEST_F(MapCanvasTest, ClickingALineSelectsItsBranch)
{
    const QLineF line(m_canvas.scenePosition(127.45, 37.80), m_canvas.scenePosition(128.98, 37.15));
    QSignalSpy spy(&m_canvas, &MapCanvas::branchSelected);
    click(viewport(), m_canvas.mapFromScene(line.pointAt(0.5)));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toInt(), test::kBackboneBranch);
    EXPECT_EQ(m_canvas.selectedBranch(), test::kBackboneBranch);
}

TEST_F(MapCanvasTest, HoveringASiteShowsItsNumbers)
{
    const QPoint pos = siteViewPos("S1");
    QHelpEvent help(QEvent::ToolTip, pos, viewport()->mapToGlobal(pos));
    QApplication::sendEvent(viewport(), &help);
    const QString tip = QToolTip::text();
    EXPECT_TRUE(tip.contains(QStringLiteral("평택 AI 데이터센터"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("30,000"))) << tip.toStdString(); // its GPUs
    EXPECT_TRUE(tip.contains(QStringLiteral("300 MW"))) << tip.toStdString(); // its limit

    const QLineF line(m_canvas.scenePosition(127.45, 37.80), m_canvas.scenePosition(128.98, 37.15));
    const QString branchTip = m_canvas.toolTipAt(m_canvas.mapFromScene(line.pointAt(0.5)));
    EXPECT_TRUE(branchTip.contains(QStringLiteral("765 kV"))) << branchTip.toStdString();
    EXPECT_TRUE(branchTip.contains(QStringLiteral("2,000 MVA"))) << branchTip.toStdString();
}

TEST_F(MapCanvasTest, OverlayRecoloursLinesAndSiteRings)
{
    using mapstyle::LoadingClass;
    const int itemsBefore = static_cast<int>(m_canvas.scene()->items().size());
    EXPECT_EQ(m_canvas.branchColour(5), mapstyle::loadingColour(LoadingClass::Unknown));

    MapOverlay overlay;
    overlay.branchWorstLoadingPct.assign(15, std::numeric_limits<double>::quiet_NaN());
    overlay.branchWorstLoadingPct[5] = 112.0;
    overlay.branchWorstLoadingPct[6] = 85.0;
    overlay.branchWorstLoadingPct[7] = 40.0;
    overlay.sites["S1"] = SiteState::Infeasible;
    m_canvas.setOverlay(overlay);
    EXPECT_EQ(m_canvas.branchColour(5), mapstyle::loadingColour(LoadingClass::Overloaded));
    EXPECT_EQ(m_canvas.branchColour(6), mapstyle::loadingColour(LoadingClass::High));
    EXPECT_EQ(m_canvas.branchColour(7), mapstyle::loadingColour(LoadingClass::Normal));
    EXPECT_EQ(m_canvas.siteState(QStringLiteral("S1")), SiteState::Infeasible);
    EXPECT_EQ(m_canvas.siteRingColour(QStringLiteral("S1")), QColor(0xd6, 0x28, 0x28));

    overlay.sites["S1"] = SiteState::Feasible;
    m_canvas.setOverlay(overlay);
    EXPECT_EQ(m_canvas.siteState(QStringLiteral("S1")), SiteState::Feasible);
    EXPECT_EQ(m_canvas.siteRingColour(QStringLiteral("S1")),
              mapstyle::statusColour(SiteState::Feasible));
    EXPECT_EQ(static_cast<int>(m_canvas.scene()->items().size()), itemsBefore); // restyled only
}

TEST_F(MapCanvasTest, AnAllocationEditKeepsTheGridItems)
{
    const QLineF line(m_canvas.scenePosition(127.45, 37.80), m_canvas.scenePosition(128.98, 37.15));
    const auto branchItemAt = [&] {
        return m_canvas.itemAt(m_canvas.mapFromScene(line.pointAt(0.5)));
    };
    const QGraphicsItem* branchBefore = branchItemAt();
    ASSERT_NE(branchBefore, nullptr);
    MapOverlay overlay;
    overlay.sites["S3"] = SiteState::AtRisk;
    m_canvas.setOverlay(overlay);

    Scenario edited = test::makeTestScenario();
    Scenario moved = edited;
    std::vector<Allocation> allocations = moved.allocations();
    allocations.push_back({"hyundai", "S5", "b200", 2029, 25000});
    moved.setAllocations(allocations);
    m_canvas.setScenario(edited);
    const QGraphicsItem* branchAfterNewGrid = branchItemAt();
    m_canvas.setScenario(moved); // shares its grid with `edited`
    EXPECT_EQ(branchItemAt(), branchAfterNewGrid);
    EXPECT_EQ(m_canvas.itemCount(MapLayer::Sites), 5);
    EXPECT_TRUE(m_canvas.toolTipAt(m_canvas.mapFromScene(m_canvas.scenePosition(128.93, 35.12)))
                    .contains(QStringLiteral("25,000")));
    EXPECT_EQ(m_canvas.siteState(QStringLiteral("S3")), SiteState::AtRisk); // until a new result
}

TEST_F(MapCanvasTest, LinesNotBuiltInThePlanningYearAreDashed)
{
    EXPECT_EQ(m_canvas.planningYear(), test::kPlanningYear);
    EXPECT_TRUE(m_canvas.isBranchDashed(test::kUnbuiltBranch));
    EXPECT_TRUE(m_canvas.isBranchDashed(test::kOutOfServiceBranch));
    EXPECT_FALSE(m_canvas.isBranchDashed(test::kBackboneBranch));
    m_canvas.setPlanningYear(2033);
    EXPECT_FALSE(m_canvas.isBranchDashed(test::kUnbuiltBranch));
    EXPECT_TRUE(m_canvas.isBranchDashed(test::kOutOfServiceBranch));
}

TEST_F(MapCanvasTest, EveryFeatureIsOnItsLayer)
{
    EXPECT_EQ(m_canvas.itemCount(MapLayer::Branches), 15 + 1); // AC branches and the HVDC link
    EXPECT_EQ(m_canvas.itemCount(MapLayer::Buses), 13);
    EXPECT_EQ(m_canvas.itemCount(MapLayer::Generators), 6);
    EXPECT_EQ(m_canvas.itemCount(MapLayer::WaterSources), 2);
    EXPECT_EQ(m_canvas.itemCount(MapLayer::Sites), 5);
    EXPECT_EQ(m_canvas.itemCount(MapLayer::Labels), 5);
}

TEST_F(MapCanvasTest, FramingASiteCentresAndZoomsToIt)
{
    const double scale = m_canvas.zoomScale();
    QSignalSpy spy(&m_canvas, &MapCanvas::siteSelected);
    m_canvas.frameSite(QStringLiteral("S2"));
    EXPECT_EQ(spy.count(), 1);
    EXPECT_GT(m_canvas.zoomScale(), scale);
    const QPointF centre = m_canvas.toScene(QRectF(viewport()->rect()).center());
    EXPECT_LT(distance(centre, m_canvas.scenePosition(129.35, 35.50)), 1.0 / m_canvas.zoomScale());

    m_canvas.frameBranch(test::kBackboneBranch);
    EXPECT_EQ(m_canvas.selectedBranch(), test::kBackboneBranch);
    EXPECT_TRUE(m_canvas.selectedSite().isEmpty());
}

// A tool receives the viewport's mouse events with their scene positions and can ask which
// site is under the cursor (the allocate-drag tool works this way).
class RecordingTool : public MapTool {
public:
    using MapTool::MapTool;
    void mousePressEvent(QMouseEvent* event, QPointF scenePos) override
    {
        pressedAt = scenePos;
        siteUnderPress = canvas()->siteAt(event->position().toPoint());
    }
    QPointF pressedAt;
    QString siteUnderPress;
};

TEST_F(MapCanvasTest, TheActiveToolReceivesMouseEvents)
{
    RecordingTool tool(&m_canvas);
    m_canvas.setMapTool(&tool);
    const QPoint pos = siteViewPos("S2");
    sendMouse(viewport(), QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton);
    EXPECT_EQ(tool.siteUnderPress, QStringLiteral("S2"));
    EXPECT_LT(distance(tool.pressedAt, m_canvas.toScene(pos)), kFixedPointToleranceMetres);
    m_canvas.setMapTool(nullptr);
    EXPECT_NE(m_canvas.mapTool(), &tool);

    // A tool deleted while active hands the mouse back to the pan tool.
    auto* shortLived = new RecordingTool(&m_canvas);
    m_canvas.setMapTool(shortLived);
    delete shortLived;
    ASSERT_NE(m_canvas.mapTool(), nullptr);
    drag(viewport(), emptyPoint(), emptyPoint() + QPoint(20, 20), Qt::LeftButton);
}

} // namespace
} // namespace gpuplan
