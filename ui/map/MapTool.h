// SPDX-License-Identifier: MIT
#pragma once

#include <QCursor>
#include <QObject>
#include <QPointF>

class QMouseEvent;

namespace gpuplan {

class MapCanvas;

// A way of working with the map (pan, allocate GPUs by dragging, place a site), after QGIS's
// QgsMapTool: the canvas forwards its viewport's mouse events to the active tool, with the
// scene position (EPSG:5179 metres, y negated) already worked out. Tests drive a tool with
// synthetic events on the canvas's viewport.
class MapTool : public QObject {
    Q_OBJECT

public:
    explicit MapTool(MapCanvas* canvas);
    ~MapTool() override;

    MapCanvas* canvas() const { return m_canvas; }

    virtual void mousePressEvent(QMouseEvent* event, QPointF scenePos);
    virtual void mouseMoveEvent(QMouseEvent* event, QPointF scenePos);
    virtual void mouseReleaseEvent(QMouseEvent* event, QPointF scenePos);

    // Called by the canvas when the tool becomes, or stops being, the active one.
    virtual void activate();
    virtual void deactivate();

    // The viewport's cursor while the tool is active.
    virtual QCursor cursor() const;

private:
    MapCanvas* m_canvas = nullptr;
};

} // namespace gpuplan
