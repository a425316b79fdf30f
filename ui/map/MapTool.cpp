// SPDX-License-Identifier: MIT
#include "MapTool.h"

#include "MapCanvas.h"

namespace gpuplan {

MapTool::MapTool(MapCanvas* canvas) : QObject(canvas), m_canvas(canvas) {}

MapTool::~MapTool() = default;

void MapTool::mousePressEvent(QMouseEvent*, QPointF) {}

void MapTool::mouseMoveEvent(QMouseEvent*, QPointF) {}

void MapTool::mouseReleaseEvent(QMouseEvent*, QPointF) {}

void MapTool::activate() {}

void MapTool::deactivate() {}

QCursor MapTool::cursor() const
{
    return Qt::ArrowCursor;
}

} // namespace gpuplan
