// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace gpuplan {

class MapCanvas;

// The map's layers, topmost first, each with a check box that shows or hides it, and a button
// that adds any vector file as a layer.
class LayerPanel : public QWidget {
    Q_OBJECT

public:
    explicit LayerPanel(MapCanvas* canvas, QWidget* parent = nullptr);

    // Adds `path` as a layer; a file that cannot be read is reported in a message box.
    bool addVectorLayerFile(const QString& path);

private:
    void refresh();
    void chooseVectorLayer();
    void onItemChanged(QListWidgetItem* item);
    void onVisibilityChanged(int index, bool visible);

    MapCanvas* m_canvas = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace gpuplan
