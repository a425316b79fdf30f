// SPDX-License-Identifier: MIT
#pragma once

#include "MapLayers.h"
#include "MapOverlay.h"
#include "io/CityLabels.h"
#include "model/Scenario.h"

#include <QGraphicsView>
#include <QPointer>
#include <memory>
#include <vector>

namespace gpuplan {

class LabelLayer;
class MapLabelItem;
class MapTool;
class PanTool;
class ScenarioItems;

// The dashboard's map, after QGIS's QgsMapCanvas: a view over a scene in EPSG:5179 metres
// (north up) holding the basemap, analyst layers, the grid, water sources and sites. Mouse
// interaction belongs to the active MapTool; the canvas does zoom, pan, tooltips and selection.
class MapCanvas : public QGraphicsView {
    Q_OBJECT

public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    // Content. setScenario rebuilds only what changed (an allocation edit keeps the grid
    // items); setOverlay and setPlanningYear only restyle. The planning year is the scenario's
    // until setPlanningYear previews another.
    void setScenario(const Scenario& scenario);
    void setOverlay(const MapOverlay& overlay);
    void setPlanningYear(int year);
    int planningYear() const;
    // The Natural Earth countries (world-atlas TopoJSON) or any polygon file; false and a
    // message naming the file when it cannot be read.
    bool setBasemap(const QString& path, QString* error = nullptr);
    // Any vector file GDAL reads, as a new layer above the basemap.
    bool addVectorLayer(const QString& path, QString* error = nullptr);
    void setCityLabels(const std::vector<CityLabel>& cities);
    MapLayers* layers() const { return m_layers; }

    // Navigation. The scale is in screen pixels per map metre.
    void fitKorea();
    void zoomIn();
    void zoomOut();
    void zoomBy(double factor, QPointF viewportAnchor);
    void panByPixels(QPointF delta);
    // Moves the map so that `scenePos` lies under `viewportPos` (a pan that follows the mouse).
    void keepScenePointAt(QPointF scenePos, QPointF viewportPos);
    double zoomScale() const { return m_scale; }
    QPointF toScene(QPointF viewportPos) const;
    QPointF scenePosition(double lon, double lat) const;
    // The extent of mainland Korea and Jeju (124.5–130.0 E, 33.0–38.7 N) in scene metres.
    QRectF koreaSceneRect() const;

    // The active tool receives the viewport's mouse events; nullptr restores the pan tool.
    // The canvas does not own tools set here.
    void setMapTool(MapTool* tool);
    // The active tool; the pan tool when none was set or the one set has been deleted.
    MapTool* mapTool() const;

    // Features under a viewport position (a few pixels of tolerance).
    QString siteAt(QPoint viewportPos) const;
    int branchAt(QPoint viewportPos) const; // case index, or -1
    QString toolTipAt(QPoint viewportPos) const;

    // Selection: a site or a branch, at most one of them.
    void selectAt(QPoint viewportPos);
    void selectSite(const QString& id);
    void selectBranch(int caseIndex);
    void clearSelection();
    QString selectedSite() const { return m_selectedSite; }
    int selectedBranch() const { return m_selectedBranch; }
    void frameSite(const QString& id);
    void frameBranch(int caseIndex);

    // What is drawn, for tests and scripts.
    QColor branchColour(int caseIndex) const;
    bool isBranchDashed(int caseIndex) const;
    SiteState siteState(const QString& id) const;
    QColor siteRingColour(const QString& id) const;
    double siteOpacity(const QString& id) const;
    int itemCount(MapLayer layer) const;
    std::vector<MapLabelItem*> visibleLabels() const;

    // Keeps `widget` (a legend) in a corner of the map.
    void addOverlayWidget(QWidget* widget, Qt::Corner corner);

signals:
    void siteSelected(const QString& id);
    void branchSelected(int caseIndex);
    void scaleChanged(double pixelsPerMetre);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyView(double scale, QPointF scenePos, QPointF viewportPos);
    QPointF viewportCentre() const;
    void fitSceneRect(const QRectF& rect);
    std::vector<QGraphicsItem*> itemsNear(QPoint viewportPos) const;
    void applySelection();
    void relabel();
    void placeOverlayWidgets();

    QGraphicsScene* m_scene = nullptr;
    MapLayers* m_layers = nullptr;
    std::unique_ptr<ScenarioItems> m_items;
    std::unique_ptr<LabelLayer> m_labels;
    PanTool* m_panTool = nullptr;
    QPointer<MapTool> m_tool; // null when a tool set here has been deleted
    double m_scale = 0.0;
    QPointF m_centre;      // scene point at the viewport's centre
    bool m_autoFit = true; // refit Korea on resize until the user navigates
    QString m_selectedSite;
    int m_selectedBranch = -1;
    std::vector<std::pair<QWidget*, Qt::Corner>> m_overlayWidgets;
};

} // namespace gpuplan
