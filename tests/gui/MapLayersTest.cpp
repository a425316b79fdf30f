// SPDX-License-Identifier: MIT
// Layers, labels and the files under the map: the layer panel, label collisions at national
// zoom, analyst vector layers, the basemap, city labels and the projection.
#include "DisplayNames.h"
#include "MapFixtures.h"
#include "io/CityLabels.h"
#include "io/IoError.h"
#include "io/MapProjection.h"
#include "map/LayerPanel.h"
#include "map/MapCanvas.h"
#include "map/MapLabelItem.h"

#include <QFile>
#include <QGraphicsItem>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <filesystem>
#include <gtest/gtest.h>

namespace gpuplan {
namespace {

const std::filesystem::path kMapsDir = GPUPLAN_MAPS_DIR;
const std::filesystem::path kBasemapFile = GPUPLAN_BASEMAP_FILE;

class MapLayersTest : public test::ShownCanvasTest {
protected:
    QListWidgetItem* layerItem(QListWidget* list, const QString& id)
    {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::AccessibleTextRole).toString() == id)
                return list->item(row);
        }
        return nullptr;
    }
};

TEST_F(MapLayersTest, UncheckingALayerHidesItsItems)
{
    LayerPanel panel(&m_canvas);
    auto* list = panel.findChild<QListWidget*>(QStringLiteral("layerList"));
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(list->count(), 7);
    EXPECT_EQ(list->item(0)->data(Qt::AccessibleTextRole).toString(), QStringLiteral("labels"));
    QListWidgetItem* sites = layerItem(list, QStringLiteral("sites"));
    ASSERT_NE(sites, nullptr);
    const Site* site = test::makeTestScenario().findSite("S1");
    const QPoint at = m_canvas.mapFromScene(m_canvas.scenePosition(site->lon, site->lat));
    ASSERT_EQ(m_canvas.siteAt(at), QStringLiteral("S1"));

    sites->setCheckState(Qt::Unchecked);
    const MapLayers* layers = m_canvas.layers();
    const QGraphicsItem* root = layers->rootAt(layers->indexOf(MapLayer::Sites));
    for (const QGraphicsItem* item : root->childItems())
        EXPECT_FALSE(item->isVisible());
    EXPECT_TRUE(m_canvas.siteAt(at).isEmpty());

    sites->setCheckState(Qt::Checked);
    EXPECT_EQ(m_canvas.siteAt(at), QStringLiteral("S1"));
    m_canvas.layers()->setVisible(layers->indexOf(MapLayer::Branches), false);
    EXPECT_EQ(layerItem(list, QStringLiteral("branches"))->checkState(), Qt::Unchecked);
}

// Label footprints in viewport pixels, as the planner sees them.
std::vector<QRectF> visibleLabelRects(const MapCanvas& canvas)
{
    std::vector<QRectF> rects;
    for (const MapLabelItem* label : canvas.visibleLabels())
        rects.push_back(
            label->deviceTransform(canvas.viewportTransform()).mapRect(label->boundingRect()));
    return rects;
}

TEST_F(MapLayersTest, LabelsDoNotOverlapAtNationalZoom)
{
    // Korean labels, as in a meeting; they are the longer ones.
    const bool wasKorean = interfaceIsKorean();
    setInterfaceKorean(true);
    m_canvas.setScenario(test::makeTestScenario());
    m_canvas.setCityLabels(readCityLabels(kMapsDir / "cities.csv"));
    m_canvas.fitKorea();
    const std::vector<QRectF> rects = visibleLabelRects(m_canvas);
    ASSERT_GE(rects.size(), 10u);
    for (std::size_t i = 0; i < rects.size(); ++i) {
        for (std::size_t j = i + 1; j < rects.size(); ++j)
            EXPECT_FALSE(rects[i].intersects(rects[j])) << i << " meets " << j;
    }
    // Site names win over city names: every site's label is shown at national zoom here.
    int siteLabels = 0;
    for (const MapLabelItem* label : m_canvas.visibleLabels())
        siteLabels += label->text().contains(QStringLiteral("데이터센터")) ? 1 : 0;
    EXPECT_EQ(siteLabels, 3);

    // Zooming in makes room: no fewer labels, and still none overlapping.
    const std::size_t national = rects.size();
    for (int i = 0; i < 4; ++i)
        m_canvas.zoomIn();
    const std::vector<QRectF> zoomed = visibleLabelRects(m_canvas);
    EXPECT_GE(zoomed.size() + 2, national); // some labels leave the screen, none collide
    for (std::size_t i = 0; i < zoomed.size(); ++i) {
        for (std::size_t j = i + 1; j < zoomed.size(); ++j)
            EXPECT_FALSE(zoomed[i].intersects(zoomed[j])) << i << " meets " << j;
    }
    setInterfaceKorean(wasKorean);
}

TEST_F(MapLayersTest, AnalystVectorLayersAddAboveTheBasemap)
{
    QString error;
    EXPECT_FALSE(m_canvas.addVectorLayer(QStringLiteral("/nonexistent/provinces.gpkg"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("provinces.gpkg"))) << error.toStdString();

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("광역시.geojson"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature",
        "properties":{"name":"대전"},"geometry":{"type":"Polygon","coordinates":
        [[[127.25,36.2],[127.55,36.2],[127.55,36.5],[127.25,36.5],[127.25,36.2]]]}}]})");
    file.close();
    const int before = m_canvas.layers()->count();
    ASSERT_TRUE(m_canvas.addVectorLayer(path, &error)) << error.toStdString();
    const MapLayers* layers = m_canvas.layers();
    ASSERT_EQ(layers->count(), before + 1);
    const int index = layers->indexOf(MapLayer::Basemap) + 1;
    EXPECT_EQ(layers->title(index), QStringLiteral("광역시"));
    EXPECT_EQ(layers->itemCount(index), 1);
    EXPECT_LT(index, layers->indexOf(MapLayer::Branches));
}

TEST_F(MapLayersTest, BasemapDrawsKoreaAndItsNeighbours)
{
    if (!std::filesystem::exists(kBasemapFile))
        GTEST_SKIP() << "no basemap at " << kBasemapFile << " (run the set-up script)";
    QString error;
    ASSERT_TRUE(m_canvas.setBasemap(QString::fromStdString(kBasemapFile.string()), &error))
        << error.toStdString();
    EXPECT_EQ(m_canvas.itemCount(MapLayer::Basemap), 2); // Korea, and its neighbours
    const QRectF land = m_canvas.layers()->root(MapLayer::Basemap)->childrenBoundingRect();
    EXPECT_TRUE(land.contains(m_canvas.koreaSceneRect().center()));
    EXPECT_FALSE(m_canvas.setBasemap(QStringLiteral("/nonexistent/countries.json"), &error));
}

TEST(MapProjectionTest, SeoulLatitudeInKorea2000)
{
    // DESIGN section 9: (127.0 E, 37.5 N) → (1944643.7, 955804.8) in EPSG:5179, which lists
    // northing first; the map uses easting as x.
    const MapPoint point = MapProjection().project(127.0, 37.5);
    EXPECT_NEAR(point.x, 955804.8, 1.0);
    EXPECT_NEAR(point.y, 1944643.7, 1.0);
    const MapCanvas canvas;
    const QPointF scene = canvas.scenePosition(127.0, 37.5);
    EXPECT_NEAR(scene.x(), 955804.8, 1.0);
    EXPECT_NEAR(scene.y(), -1944643.7, 1.0); // north up: the scene's y is minus the northing
}

TEST(CityLabelsTest, ReadsTheShippedCities)
{
    const std::vector<CityLabel> cities = readCityLabels(kMapsDir / "cities.csv");
    ASSERT_GE(cities.size(), 10u);
    const auto seoul = std::find_if(cities.begin(), cities.end(),
                                    [](const CityLabel& city) { return city.nameEn == "Seoul"; });
    ASSERT_NE(seoul, cities.end());
    EXPECT_EQ(seoul->nameKo, "서울");
    EXPECT_NEAR(seoul->lon, 126.98, 0.05);
    EXPECT_NEAR(seoul->lat, 37.57, 0.05);
    EXPECT_GT(seoul->population, 5'000'000);
}

TEST(CityLabelsTest, BadRowsNameFileAndLine)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("cities.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("name_ko,name_en,lon,lat,population,source\n"
               "서울,Seoul,126.978,37.5665,9330000,test\n"
               "부산,Busan,east,35.1796,3280000,test\n");
    file.close();
    try {
        readCityLabels(path.toStdString());
        FAIL() << "expected IoError";
    } catch (const IoError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("cities.csv"), std::string::npos) << message;
        EXPECT_NE(message.find("3"), std::string::npos) << message;
    }
}

} // namespace
} // namespace gpuplan
