// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QRectF>

class QChartView;
class QPainter;
class QWidget;

namespace gpuplan {

class ChartsPanel;
class MapCanvas;

// Draws the dashboard's own map and charts into a briefing or an image: the map canvas's scene
// (vector in a PDF) with the legend, a scale bar and a north arrow, and each chart of the
// charts panel.
class BriefingPainters {
public:
    // Without charts, paintChart draws nothing (a map snapshot needs none).
    explicit BriefingPainters(MapCanvas& canvas, ChartsPanel* charts = nullptr);

    // The map as the canvas shows it, widened to the target's shape around the view's centre.
    void paintMap(QPainter& painter, const QRectF& target) const;
    // Chart `chartIndex` in the order of BriefingChart.
    void paintChart(QPainter& painter, const QRectF& target, int chartIndex) const;
    // The map alone as a white-backed image (gpuplan snapshot).
    QImage mapImage(QSize size) const;

private:
    QRectF sourceRect(const QRectF& target) const;
    static void paintLegend(QPainter& painter, QWidget& legend);
    static void paintScaleBar(QPainter& painter, const QRectF& target, double metresPerUnit);
    static void paintNorthArrow(QPainter& painter, const QRectF& target);
    QChartView* chartView(int chartIndex) const;

    MapCanvas& m_canvas;
    ChartsPanel* m_charts;
};

} // namespace gpuplan
