// SPDX-License-Identifier: MIT
#include "PanTool.h"

#include "MapCanvas.h"

#include <QApplication>
#include <QMouseEvent>

namespace gpuplan {

PanTool::PanTool(MapCanvas* canvas) : MapTool(canvas) {}

void PanTool::mousePressEvent(QMouseEvent* event, QPointF scenePos)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::MiddleButton) {
        m_gesture = Gesture::Pan;
    } else if (event->button() == Qt::LeftButton) {
        m_gesture = Gesture::Click;
        m_mayPan = canvas()->siteAt(pos).isEmpty();
    } else {
        return;
    }
    m_pressPos = pos;
    m_grabbedScenePos = scenePos;
    event->accept();
}

void PanTool::mouseMoveEvent(QMouseEvent* event, QPointF)
{
    const QPoint pos = event->position().toPoint();
    // A drag that starts on a site is no click and no pan (it belongs to the allocate tool).
    if (m_gesture == Gesture::Click &&
        (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_gesture = m_mayPan ? Gesture::Pan : Gesture::None;
    }
    if (m_gesture != Gesture::Pan)
        return;
    canvas()->viewport()->setCursor(Qt::ClosedHandCursor);
    canvas()->keepScenePointAt(m_grabbedScenePos, event->position());
    event->accept();
}

void PanTool::mouseReleaseEvent(QMouseEvent* event, QPointF)
{
    if (m_gesture == Gesture::Click && event->button() == Qt::LeftButton)
        canvas()->selectAt(event->position().toPoint());
    if (m_gesture == Gesture::Pan)
        canvas()->viewport()->setCursor(cursor());
    m_gesture = Gesture::None;
    event->accept();
}

void PanTool::deactivate()
{
    m_gesture = Gesture::None;
}

QCursor PanTool::cursor() const
{
    return Qt::OpenHandCursor;
}

} // namespace gpuplan
