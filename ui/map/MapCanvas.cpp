// SPDX-License-Identifier: MIT
#include "MapCanvas.h"

#include "BasemapItem.h"
#include "BranchItem.h"
#include "LabelLayer.h"
#include "MapLabelItem.h"
#include "MapStyle.h"
#include "PanTool.h"
#include "ScenarioItems.h"
#include "SiteItem.h"
#include "io/VectorLayer.h"

#include <QFileInfo>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <QtMath>
#include <algorithm>
#include <cmath>

namespace gpuplan {
namespace {

// The scene spans 10,000 km around Korea so that the view can always scroll to any point of
// interest (the view scrolls with integer scroll bars; see applyView).
const QRectF kSceneRect(-4.0e6, -7.0e6, 1.0e7, 1.0e7);
constexpr double kMinScale = 1.0 / 2000.0; // 2 km per pixel: all of north-east Asia
constexpr double kMaxScale = 1.0;          // 1 m per pixel: a substation's yard
constexpr double kZoomStep = 1.25;         // one wheel notch or one key press
constexpr double kFitMargin = 0.04;        // of the extent, on each side
constexpr int kHitTolerancePx = 5;
constexpr double kFrameSiteMetres = 150'000.0; // a site is framed with its region around it
constexpr double kFrameMinMetres = 20'000.0;   // short branches are framed with at least this
constexpr int kOverlayMarginPx = 10;

// Natural Earth features are cut to this box: wider than Korea so that the coasts of China and
// Japan fill any wide screen at national zoom.
constexpr GeographicBox kBasemapRegion{112.0, 26.0, 145.0, 46.0};

constexpr GeographicBox kKoreaExtent{124.5, 33.0, 130.0, 38.7};

bool isKorea(const VectorFeature& feature)
{
    return feature.name == "South Korea" || feature.name == "Korea" ||
           feature.name == "Republic of Korea" || feature.name == "대한민국";
}

} // namespace

MapCanvas::MapCanvas(QWidget* parent)
    : QGraphicsView(parent), m_scene(new QGraphicsScene(kSceneRect, this))
{
    setObjectName(QStringLiteral("mapCanvas"));
    setScene(m_scene);
    m_layers = new MapLayers(m_scene, this);
    m_items = std::make_unique<ScenarioItems>(*m_layers);
    m_labels = std::make_unique<LabelLayer>(m_layers->root(MapLayer::Labels));
    m_panTool = new PanTool(this);
    m_panTool->setObjectName(QStringLiteral("panTool"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::NoAnchor);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setBackgroundBrush(mapstyle::seaColour());
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    connect(m_layers, &MapLayers::visibilityChanged, this, [this] { relabel(); });
    setMapTool(nullptr);
    fitKorea();
}

MapCanvas::~MapCanvas() = default;

// --- content ---------------------------------------------------------------------------------

void MapCanvas::setScenario(const Scenario& scenario)
{
    m_items->setScenario(scenario);
    applySelection();
    relabel();
}

void MapCanvas::setOverlay(const MapOverlay& overlay)
{
    m_items->setOverlay(overlay);
}

void MapCanvas::setPlanningYear(int year)
{
    m_items->setPlanningYear(year);
}

int MapCanvas::planningYear() const
{
    return m_items->planningYear();
}

bool MapCanvas::setBasemap(const QString& path, QString* error)
{
    try {
        const auto features = readVectorLayer(path.toStdString(), kBasemapRegion);
        std::vector<VectorFeature> korea;
        std::vector<VectorFeature> neighbours;
        for (const VectorFeature& feature : features)
            (isKorea(feature) ? korea : neighbours).push_back(feature);
        m_layers->clear(MapLayer::Basemap);
        const QPen border(mapstyle::borderColour(), 0.8);
        auto* land = new BasemapItem(neighbours, {mapstyle::neighbourLandColour(), border});
        land->setParentItem(m_layers->root(MapLayer::Basemap));
        auto* home = new BasemapItem(korea, {mapstyle::landColour(), QPen(border.color(), 1.2)});
        home->setParentItem(m_layers->root(MapLayer::Basemap));
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

bool MapCanvas::addVectorLayer(const QString& path, QString* error)
{
    try {
        const auto features = readVectorLayer(path.toStdString());
        const int index = m_layers->addAnalystLayer(QFileInfo(path).completeBaseName());
        QPen outline(QColor(0x5d, 0x40, 0x37), 1.2);
        outline.setCosmetic(true);
        auto* item = new BasemapItem(features, {QColor(0x8d, 0x6e, 0x63, 40), outline});
        item->setParentItem(m_layers->rootAt(index));
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

void MapCanvas::setCityLabels(const std::vector<CityLabel>& cities)
{
    m_labels->setCities(cities, m_items->projection());
    relabel();
}

// --- navigation ------------------------------------------------------------------------------

// Every change of view goes through here. QGraphicsView scrolls in whole pixels, so the
// fraction of a pixel that keeps `scenePos` exactly under `viewportPos` goes into the
// transform's translation (which the view adds before subtracting the scroll).
void MapCanvas::applyView(double scale, QPointF scenePos, QPointF viewportPos)
{
    const double oldScale = m_scale;
    m_scale = std::clamp(scale, kMinScale, kMaxScale);
    const QPointF offset = viewportPos - scenePos * m_scale;
    const QPoint scroll(-qFloor(offset.x()), -qFloor(offset.y()));
    const QPointF fraction = offset + QPointF(scroll);
    setTransform(QTransform(m_scale, 0.0, 0.0, m_scale, fraction.x(), fraction.y()));
    horizontalScrollBar()->setValue(scroll.x());
    verticalScrollBar()->setValue(scroll.y());
    m_centre = scenePos + (viewportCentre() - viewportPos) / m_scale;
    if (m_scale != oldScale) {
        relabel();
        emit scaleChanged(m_scale);
    }
}

QPointF MapCanvas::viewportCentre() const
{
    return QRectF(viewport()->rect()).center();
}

QPointF MapCanvas::toScene(QPointF viewportPos) const
{
    return viewportTransform().inverted().map(viewportPos);
}

QPointF MapCanvas::scenePosition(double lon, double lat) const
{
    return m_items->scenePosition(lon, lat);
}

QRectF MapCanvas::koreaSceneRect() const
{
    // Meridians and parallels curve in the projection: sample the box's edges, not its corners.
    constexpr int kSamples = 12;
    QRectF rect;
    for (int i = 0; i <= kSamples; ++i) {
        const double t = double(i) / kSamples;
        const double lon = kKoreaExtent.west + t * (kKoreaExtent.east - kKoreaExtent.west);
        const double lat = kKoreaExtent.south + t * (kKoreaExtent.north - kKoreaExtent.south);
        for (const QPointF& point :
             {scenePosition(lon, kKoreaExtent.south), scenePosition(lon, kKoreaExtent.north),
              scenePosition(kKoreaExtent.west, lat), scenePosition(kKoreaExtent.east, lat)}) {
            rect |= QRectF(point, QSizeF(1.0, 1.0));
        }
    }
    return rect;
}

void MapCanvas::fitSceneRect(const QRectF& rect)
{
    const QSizeF size = viewport()->size();
    const double scale = std::min(size.width() / rect.width(), size.height() / rect.height());
    applyView(scale, rect.center(), viewportCentre());
}

void MapCanvas::fitKorea()
{
    const QRectF korea = koreaSceneRect();
    fitSceneRect(korea.adjusted(-korea.width() * kFitMargin, -korea.height() * kFitMargin,
                                korea.width() * kFitMargin, korea.height() * kFitMargin));
    m_autoFit = true;
}

void MapCanvas::zoomIn()
{
    zoomBy(kZoomStep, viewportCentre());
}

void MapCanvas::zoomOut()
{
    zoomBy(1.0 / kZoomStep, viewportCentre());
}

void MapCanvas::zoomBy(double factor, QPointF viewportAnchor)
{
    m_autoFit = false;
    applyView(m_scale * factor, toScene(viewportAnchor), viewportAnchor);
}

void MapCanvas::panByPixels(QPointF delta)
{
    m_autoFit = false;
    applyView(m_scale, m_centre, viewportCentre() + delta);
}

void MapCanvas::keepScenePointAt(QPointF scenePos, QPointF viewportPos)
{
    m_autoFit = false;
    applyView(m_scale, scenePos, viewportPos);
}

// --- tools -----------------------------------------------------------------------------------

void MapCanvas::setMapTool(MapTool* tool)
{
    MapTool* next = tool ? tool : m_panTool;
    if (next == m_tool)
        return;
    if (m_tool)
        m_tool->deactivate();
    m_tool = next;
    viewport()->setCursor(next->cursor());
    next->activate();
}

MapTool* MapCanvas::mapTool() const
{
    return m_tool ? m_tool.data() : m_panTool;
}

void MapCanvas::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    mapTool()->mousePressEvent(event, toScene(event->position()));
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    mapTool()->mouseMoveEvent(event, toScene(event->position()));
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    mapTool()->mouseReleaseEvent(event, toScene(event->position()));
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    // A double click is two clicks to the tool; the view's own handling would reach the items.
    mapTool()->mousePressEvent(event, toScene(event->position()));
}

// --- features under the cursor and selection -------------------------------------------------

std::vector<QGraphicsItem*> MapCanvas::itemsNear(QPoint viewportPos) const
{
    const QRect near(viewportPos - QPoint(kHitTolerancePx, kHitTolerancePx),
                     QSize(2 * kHitTolerancePx + 1, 2 * kHitTolerancePx + 1));
    std::vector<QGraphicsItem*> hits;
    for (QGraphicsItem* item : items(near, Qt::IntersectsItemShape)) {
        if (item->isVisible() && item->type() != MapLabelItem::Type)
            hits.push_back(item);
    }
    return hits; // topmost first
}

QString MapCanvas::siteAt(QPoint viewportPos) const
{
    for (QGraphicsItem* item : itemsNear(viewportPos)) {
        if (auto* site = qgraphicsitem_cast<SiteItem*>(item))
            return site->id();
    }
    return {};
}

int MapCanvas::branchAt(QPoint viewportPos) const
{
    for (QGraphicsItem* item : itemsNear(viewportPos)) {
        if (auto* branch = qgraphicsitem_cast<BranchItem*>(item))
            return branch->caseIndex();
    }
    return -1;
}

QString MapCanvas::toolTipAt(QPoint viewportPos) const
{
    for (QGraphicsItem* item : itemsNear(viewportPos)) {
        if (!item->toolTip().isEmpty())
            return item->toolTip();
    }
    return {};
}

void MapCanvas::selectAt(QPoint viewportPos)
{
    const QString site = siteAt(viewportPos);
    if (!site.isEmpty()) {
        selectSite(site);
        return;
    }
    const int branch = branchAt(viewportPos);
    if (branch >= 0)
        selectBranch(branch);
    else
        clearSelection();
}

void MapCanvas::selectSite(const QString& id)
{
    if (id == m_selectedSite && m_selectedBranch < 0)
        return;
    m_selectedSite = id;
    m_selectedBranch = -1;
    applySelection();
    emit siteSelected(id);
}

void MapCanvas::selectBranch(int caseIndex)
{
    if (caseIndex == m_selectedBranch && m_selectedSite.isEmpty())
        return;
    const bool hadSite = !m_selectedSite.isEmpty();
    m_selectedSite.clear();
    m_selectedBranch = caseIndex;
    applySelection();
    if (hadSite)
        emit siteSelected(QString());
    emit branchSelected(caseIndex);
}

void MapCanvas::clearSelection()
{
    const bool hadSite = !m_selectedSite.isEmpty();
    const bool hadBranch = m_selectedBranch >= 0;
    m_selectedSite.clear();
    m_selectedBranch = -1;
    applySelection();
    if (hadSite)
        emit siteSelected(QString());
    if (hadBranch)
        emit branchSelected(-1);
}

void MapCanvas::applySelection()
{
    for (SiteItem* site : m_items->sites())
        site->setSelected(site->id() == m_selectedSite);
    for (QGraphicsItem* item : m_layers->root(MapLayer::Branches)->childItems()) {
        if (auto* branch = qgraphicsitem_cast<BranchItem*>(item))
            branch->setSelected(branch->caseIndex() == m_selectedBranch);
    }
}

void MapCanvas::frameSite(const QString& id)
{
    const SiteItem* site = m_items->site(id);
    if (!site)
        return;
    selectSite(id);
    m_autoFit = false;
    const QSizeF size = viewport()->size();
    const double scale = std::min(size.width(), size.height()) / kFrameSiteMetres;
    applyView(std::max(m_scale, scale), site->pos(), viewportCentre());
}

void MapCanvas::frameBranch(int caseIndex)
{
    const BranchItem* branch = m_items->branch(caseIndex);
    if (!branch)
        return;
    selectBranch(caseIndex);
    m_autoFit = false;
    const QLineF line = branch->line();
    const QRectF rect = QRectF(line.p1(), line.p2()).normalized();
    const double side = std::max({rect.width(), rect.height(), kFrameMinMetres}) * 1.3;
    fitSceneRect(QRectF(rect.center() - QPointF(side, side) / 2, QSizeF(side, side)));
}

// --- what is drawn ---------------------------------------------------------------------------

QColor MapCanvas::branchColour(int caseIndex) const
{
    const BranchItem* branch = m_items->branch(caseIndex);
    return branch ? branch->colour() : QColor();
}

bool MapCanvas::isBranchDashed(int caseIndex) const
{
    const BranchItem* branch = m_items->branch(caseIndex);
    return branch && branch->isDashed();
}

SiteState MapCanvas::siteState(const QString& id) const
{
    const SiteItem* site = m_items->site(id);
    return site ? site->state() : SiteState::Unknown;
}

double MapCanvas::siteOpacity(const QString& id) const
{
    const SiteItem* item = m_items->site(id);
    return item ? item->opacity() : 0.0;
}

QColor MapCanvas::siteRingColour(const QString& id) const
{
    const SiteItem* site = m_items->site(id);
    return site ? site->ringColour() : QColor();
}

int MapCanvas::itemCount(MapLayer layer) const
{
    return m_layers->itemCount(m_layers->indexOf(layer));
}

std::vector<MapLabelItem*> MapCanvas::visibleLabels() const
{
    std::vector<MapLabelItem*> labels;
    for (QGraphicsItem* item : m_layers->root(MapLayer::Labels)->childItems()) {
        auto* label = qgraphicsitem_cast<MapLabelItem*>(item);
        if (label && label->isVisible())
            labels.push_back(label);
    }
    return labels;
}

void MapCanvas::relabel()
{
    std::vector<QRectF> obstacles;
    const QTransform sceneToView = viewportTransform();
    if (m_layers->root(MapLayer::Sites)->isVisible()) {
        for (const SiteItem* site : m_items->sites())
            obstacles.push_back(
                site->shape().boundingRect().translated(sceneToView.map(site->pos())));
    }
    m_labels->place(sceneToView, m_items->siteLabels(), obstacles);
}

// --- events ----------------------------------------------------------------------------------

void MapCanvas::wheelEvent(QWheelEvent* event)
{
    constexpr double kDegreesPerNotch = 120.0; // QWheelEvent: eighths of a degree, 15° a notch
    const double notches = event->angleDelta().y() / kDegreesPerNotch;
    if (notches != 0.0)
        zoomBy(std::pow(kZoomStep, notches), event->position());
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* event)
{
    const QSizeF step = QSizeF(viewport()->size()) / 8.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        panByPixels({step.width(), 0.0});
        break;
    case Qt::Key_Right:
        panByPixels({-step.width(), 0.0});
        break;
    case Qt::Key_Up:
        panByPixels({0.0, step.height()});
        break;
    case Qt::Key_Down:
        panByPixels({0.0, -step.height()});
        break;
    case Qt::Key_Home:
        fitKorea();
        break;
    case Qt::Key_Escape:
        clearSelection();
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool MapCanvas::viewportEvent(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QGraphicsView::viewportEvent(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    const QString text = toolTipAt(help->pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, viewport());
    return true;
}

void MapCanvas::resizeEvent(QResizeEvent* event)
{
    const QPointF centre = m_centre;
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitKorea();
    else
        applyView(m_scale, centre, viewportCentre());
    relabel();
    placeOverlayWidgets();
}

void MapCanvas::addOverlayWidget(QWidget* widget, Qt::Corner corner)
{
    widget->setParent(this);
    m_overlayWidgets.emplace_back(widget, corner);
    placeOverlayWidgets();
    widget->show();
}

void MapCanvas::placeOverlayWidgets()
{
    const QRect area =
        rect().adjusted(kOverlayMarginPx, kOverlayMarginPx, -kOverlayMarginPx, -kOverlayMarginPx);
    for (const auto& [widget, corner] : m_overlayWidgets) {
        const QSize size = widget->sizeHint();
        const bool right = corner == Qt::TopRightCorner || corner == Qt::BottomRightCorner;
        const bool bottom = corner == Qt::BottomLeftCorner || corner == Qt::BottomRightCorner;
        const QPoint at(right ? area.right() - size.width() + 1 : area.left(),
                        bottom ? area.bottom() - size.height() + 1 : area.top());
        widget->setGeometry(QRect(at, size));
    }
}

} // namespace gpuplan
