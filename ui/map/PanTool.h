// SPDX-License-Identifier: MIT
#pragma once

#include "MapTool.h"

#include <QPoint>

namespace gpuplan {

// The default tool: drag the map with the left button (from empty map) or the middle button
// (from anywhere); a click without a drag selects the site or line under the cursor.
class PanTool : public MapTool {
    Q_OBJECT

public:
    explicit PanTool(MapCanvas* canvas);

    void mousePressEvent(QMouseEvent* event, QPointF scenePos) override;
    void mouseMoveEvent(QMouseEvent* event, QPointF scenePos) override;
    void mouseReleaseEvent(QMouseEvent* event, QPointF scenePos) override;
    void deactivate() override;
    QCursor cursor() const override;

private:
    enum class Gesture { None, Click, Pan };

    Gesture m_gesture = Gesture::None;
    bool m_mayPan = false;
    QPoint m_pressPos;
    QPointF m_grabbedScenePos; // the map point that stays under the cursor while panning
};

} // namespace gpuplan
