// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <vector>

class QGraphicsItem;
class QGraphicsScene;

namespace gpuplan {

// The built-in layers, bottom to top.
enum class MapLayer { Basemap, Branches, Buses, Generators, WaterSources, Sites, Labels };

// The map's layers: each is a root item in the scene whose children are the layer's features,
// so that showing, hiding and stacking a layer is one call on its root. Analyst layers (any
// vector file) stack above the basemap and below the grid.
class MapLayers : public QObject {
    Q_OBJECT

public:
    explicit MapLayers(QGraphicsScene* scene, QObject* parent = nullptr);

    QGraphicsItem* root(MapLayer layer) const;
    // Adds an empty analyst layer and returns its index.
    int addAnalystLayer(const QString& title);
    // Deletes every feature item of a layer.
    void clear(MapLayer layer);

    // Layers by index, bottom to top.
    int count() const { return static_cast<int>(m_layers.size()); }
    int indexOf(MapLayer layer) const;
    QGraphicsItem* rootAt(int index) const;
    QString title(int index) const;
    // A stable identifier ("basemap", "sites", "vector-1"), for object names and scripts.
    QString id(int index) const;
    bool isVisible(int index) const;
    void setVisible(int index, bool visible);
    int itemCount(int index) const;

signals:
    void layersChanged();
    void visibilityChanged(int index, bool visible);

private:
    struct Layer {
        QString id;
        QString title;
        QGraphicsItem* root = nullptr;
    };
    int insertLayer(Layer layer, double z);

    QGraphicsScene* m_scene = nullptr;
    std::vector<Layer> m_layers; // sorted by the roots' z value
    int m_analystCount = 0;
};

} // namespace gpuplan
