// SPDX-License-Identifier: MIT
#include "MapLayers.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <algorithm>
#include <array>

namespace gpuplan {
namespace {

// A layer's root: draws nothing, only groups, shows and stacks its children.
class LayerRoot : public QGraphicsItem {
public:
    LayerRoot() { setFlag(ItemHasNoContents); }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter*, const QStyleOptionGraphicsItem*, QWidget*) override {}
};

// Stacking: the built-ins at integral z; analyst layers between the basemap and the grid.
constexpr double kAnalystBaseZ = 0.5;
constexpr double kAnalystStepZ = 0.001;

struct BuiltIn {
    MapLayer layer;
    const char* id;
    const char* title;
};

constexpr std::array kBuiltIns{
    BuiltIn{MapLayer::Basemap, "basemap", QT_TRANSLATE_NOOP("gpuplan::MapLayers", "Basemap")},
    BuiltIn{MapLayer::Branches, "branches",
            QT_TRANSLATE_NOOP("gpuplan::MapLayers", "Transmission lines")},
    BuiltIn{MapLayer::Buses, "buses", QT_TRANSLATE_NOOP("gpuplan::MapLayers", "Substations")},
    BuiltIn{MapLayer::Generators, "generators",
            QT_TRANSLATE_NOOP("gpuplan::MapLayers", "Power plants")},
    BuiltIn{MapLayer::WaterSources, "water",
            QT_TRANSLATE_NOOP("gpuplan::MapLayers", "Water sources")},
    BuiltIn{MapLayer::Sites, "sites", QT_TRANSLATE_NOOP("gpuplan::MapLayers", "Sites")},
    BuiltIn{MapLayer::Labels, "labels", QT_TRANSLATE_NOOP("gpuplan::MapLayers", "Labels")},
};

} // namespace

MapLayers::MapLayers(QGraphicsScene* scene, QObject* parent) : QObject(parent), m_scene(scene)
{
    for (const BuiltIn& builtIn : kBuiltIns) {
        insertLayer({QString::fromLatin1(builtIn.id), tr(builtIn.title), nullptr},
                    static_cast<double>(builtIn.layer));
    }
}

int MapLayers::insertLayer(Layer layer, double z)
{
    layer.root = new LayerRoot;
    layer.root->setZValue(z);
    m_scene->addItem(layer.root);
    const auto at = std::find_if(m_layers.begin(), m_layers.end(),
                                 [z](const Layer& other) { return other.root->zValue() > z; });
    const auto index = static_cast<int>(at - m_layers.begin());
    m_layers.insert(at, std::move(layer));
    emit layersChanged();
    return index;
}

QGraphicsItem* MapLayers::root(MapLayer layer) const
{
    return rootAt(indexOf(layer));
}

int MapLayers::addAnalystLayer(const QString& title)
{
    ++m_analystCount;
    return insertLayer({QStringLiteral("vector-%1").arg(m_analystCount), title, nullptr},
                       kAnalystBaseZ + kAnalystStepZ * m_analystCount);
}

void MapLayers::clear(MapLayer layer)
{
    qDeleteAll(root(layer)->childItems());
}

int MapLayers::indexOf(MapLayer layer) const
{
    const auto z = static_cast<double>(layer);
    for (int i = 0; i < count(); ++i) {
        if (m_layers[static_cast<std::size_t>(i)].root->zValue() == z)
            return i;
    }
    return -1;
}

QGraphicsItem* MapLayers::rootAt(int index) const
{
    return m_layers.at(static_cast<std::size_t>(index)).root;
}

QString MapLayers::title(int index) const
{
    return m_layers.at(static_cast<std::size_t>(index)).title;
}

QString MapLayers::id(int index) const
{
    return m_layers.at(static_cast<std::size_t>(index)).id;
}

bool MapLayers::isVisible(int index) const
{
    return rootAt(index)->isVisible();
}

void MapLayers::setVisible(int index, bool visible)
{
    if (isVisible(index) == visible)
        return;
    rootAt(index)->setVisible(visible);
    emit visibilityChanged(index, visible);
}

int MapLayers::itemCount(int index) const
{
    return static_cast<int>(rootAt(index)->childItems().size());
}

} // namespace gpuplan
