// SPDX-License-Identifier: MIT
#include "AllocateTool.h"

#include "ui/DisplayNames.h"
#include "ui/commands/GpuCommands.h"
#include "ui/document/PlanDocument.h"
#include "ui/map/MapCanvas.h"
#include "ui/tools/GpuBlockDialog.h"

#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QMouseEvent>
#include <map>

namespace gpuplan {
namespace {

constexpr qreal kBandZ = 1000.0;

EditResult editFor(const Scenario& scenario, const QString& from, const QString& target,
                   bool overPool, const GpuBlock& block)
{
    if (overPool && !from.isEmpty())
        return removeGpus(scenario, from.toStdString(), block);
    if (target.isEmpty() || target == from)
        return {std::nullopt, EditRefusal::UnknownSite};
    if (from.isEmpty())
        return placeGpus(scenario, target.toStdString(), block);
    return moveGpus(scenario, from.toStdString(), target.toStdString(), block);
}

} // namespace

AllocateTool::AllocateTool(MapCanvas* canvas, PlanDocument* document)
    : PanTool(canvas), m_document(document)
{
    setObjectName(QStringLiteral("allocateTool"));
}

void AllocateTool::setActiveOrganisation(const QString& organisationId)
{
    m_activeOrganisation = organisationId;
}

void AllocateTool::setPoolModel(const QString& modelId)
{
    m_poolModel = modelId;
}

void AllocateTool::setPoolWidget(QWidget* pool)
{
    m_pool = pool;
}

QString AllocateTool::organisationToMove(const QString& siteId) const
{
    std::map<std::string, long long> gpusByOrganisation;
    for (const Allocation& allocation : m_document->scenario().allocations()) {
        if (allocation.siteId == siteId.toStdString())
            gpusByOrganisation[allocation.organisationId] += allocation.gpus;
    }
    if (gpusByOrganisation.count(m_activeOrganisation.toStdString()))
        return m_activeOrganisation;
    const auto largest =
        std::max_element(gpusByOrganisation.begin(), gpusByOrganisation.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    return largest == gpusByOrganisation.end() ? QString() : QString::fromStdString(largest->first);
}

GpuBlock AllocateTool::blockFor(Qt::KeyboardModifiers modifiers) const
{
    GpuBlock block;
    block.organisationId = m_drag.organisationId.toStdString();
    block.count = modifiers.testFlag(Qt::ShiftModifier) ? kShiftBlockGpus : kBlockGpus;
    if (m_drag.fromSite.isEmpty())
        block.modelId = m_poolModel.toStdString();
    return block;
}

bool AllocateTool::askExactBlock(GpuBlock& block) const
{
    GpuBlockDialog dialog(m_document->scenario(), block, canvas());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    block = dialog.block();
    return true;
}

void AllocateTool::beginPoolDrag(const QString& organisationId)
{
    clearDrag();
    m_drag = {.active = true, .organisationId = organisationId};
}

void AllocateTool::dragTo(QPoint globalPos, Qt::KeyboardModifiers modifiers)
{
    if (!m_drag.active)
        return;
    const QPoint viewportPos = canvas()->viewport()->mapFromGlobal(globalPos);
    updateTarget(viewportPos, modifiers);
    drawRubberBand(canvas()->toScene(viewportPos), modifiers);
}

void AllocateTool::dropAt(QPoint globalPos, Qt::KeyboardModifiers modifiers)
{
    if (!m_drag.active)
        return;
    updateTarget(canvas()->viewport()->mapFromGlobal(globalPos), modifiers);
    finish(modifiers);
}

void AllocateTool::mousePressEvent(QMouseEvent* event, QPointF scenePos)
{
    const QString site = canvas()->siteAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || site.isEmpty()) {
        PanTool::mousePressEvent(event, scenePos);
        return;
    }
    m_drag = {.active = true, .fromSite = site, .organisationId = organisationToMove(site)};
    if (m_drag.organisationId.isEmpty())
        m_drag.active = false;
    // A press without a move is still a click that selects the site.
    PanTool::mousePressEvent(event, scenePos);
    event->accept();
}

void AllocateTool::mouseMoveEvent(QMouseEvent* event, QPointF scenePos)
{
    if (!m_drag.active) {
        PanTool::mouseMoveEvent(event, scenePos);
        return;
    }
    updateTarget(event->position().toPoint(), event->modifiers());
    drawRubberBand(scenePos, event->modifiers());
    event->accept();
}

void AllocateTool::mouseReleaseEvent(QMouseEvent* event, QPointF scenePos)
{
    const bool moved =
        m_drag.active && !m_drag.target.isEmpty() && m_drag.target != m_drag.fromSite;
    if (m_drag.active && (moved || m_drag.overPool || m_band)) {
        updateTarget(event->position().toPoint(), event->modifiers());
        finish(event->modifiers());
        event->accept();
        return;
    }
    clearDrag();
    PanTool::mouseReleaseEvent(event, scenePos);
}

void AllocateTool::deactivate()
{
    clearDrag();
    PanTool::deactivate();
}

void AllocateTool::updateTarget(QPoint viewportPos, Qt::KeyboardModifiers modifiers)
{
    const QPoint globalPos = canvas()->viewport()->mapToGlobal(viewportPos);
    const bool overPool =
        m_pool && m_pool->isVisible() && m_pool->rect().contains(m_pool->mapFromGlobal(globalPos));
    const QString target = overPool ? QString() : canvas()->siteAt(viewportPos);
    const GpuBlock block = blockFor(modifiers);
    // Ask the engine again only when the answer can differ.
    const bool changed =
        target != m_drag.target || overPool != m_drag.overPool || block.count != m_drag.count;
    m_drag.target = target;
    m_drag.overPool = overPool;
    m_drag.count = block.count;
    if (!changed)
        return;
    const EditResult preview =
        editFor(m_document->scenario(), m_drag.fromSite, target, overPool, block);
    if (preview) {
        emit previewRequested(*preview.scenario);
    } else {
        emit previewCleared();
        if (!target.isEmpty() && target != m_drag.fromSite)
            emit statusMessage(refusalText(m_document->scenario(), preview, block));
    }
}

void AllocateTool::finish(Qt::KeyboardModifiers modifiers)
{
    GpuBlock block = blockFor(modifiers);
    const Drag drag = m_drag;
    clearDrag();
    if (modifiers.testFlag(Qt::ControlModifier) && !askExactBlock(block)) {
        emit previewCleared();
        return;
    }
    GpuEdit edit;
    if (drag.overPool && !drag.fromSite.isEmpty())
        edit = removeGpusCommand(m_document, drag.fromSite, block);
    else if (drag.target.isEmpty() || drag.target == drag.fromSite)
        edit.refusal = tr("Drop the GPUs on a site; nothing changed.");
    else if (drag.fromSite.isEmpty())
        edit = placeGpusCommand(m_document, drag.target, block);
    else
        edit = moveGpusCommand(m_document, drag.fromSite, drag.target, block);

    if (!edit.command) {
        emit previewCleared();
        emit statusMessage(edit.refusal);
        return;
    }
    const QString text = edit.command->text();
    m_document->undoStack()->push(edit.command.release());
    emit statusMessage(text);
}

void AllocateTool::drawRubberBand(QPointF scenePos, Qt::KeyboardModifiers modifiers)
{
    if (!m_band) {
        m_band = canvas()->scene()->addLine(QLineF());
        m_band->setPen(QPen(QColor(30, 30, 30), 2, Qt::DashLine));
        m_band->setZValue(kBandZ);
        m_bandLabel = canvas()->scene()->addSimpleText(QString());
        m_bandLabel->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        m_bandLabel->setZValue(kBandZ);
    }
    QPointF start = scenePos;
    if (const Site* site = m_document->scenario().findSite(m_drag.fromSite.toStdString()))
        start = canvas()->scenePosition(site->lon, site->lat);
    QPen pen = m_band->pen();
    pen.setCosmetic(true);
    m_band->setPen(pen);
    m_band->setLine(QLineF(start, scenePos));
    const GpuBlock block = blockFor(modifiers);
    m_bandLabel->setText(tr("%1 %2 GPUs")
                             .arg(QLocale().toString(block.count),
                                  organisationName(m_document->scenario(), block.organisationId)));
    m_bandLabel->setPos(scenePos);
}

void AllocateTool::clearDrag()
{
    delete m_band;
    delete m_bandLabel;
    m_band = nullptr;
    m_bandLabel = nullptr;
    m_drag = {};
}

} // namespace gpuplan
