// SPDX-License-Identifier: MIT
#pragma once

#include "model/Edits.h"
#include "ui/map/PanTool.h"

#include <QPointer>
#include <QString>

class QGraphicsLineItem;
class QGraphicsSimpleTextItem;

namespace gpuplan {

class PlanDocument;

// The planner's hand on the map: press on a site and drag to move a block of GPUs to another
// site (or onto the pool panel to return them); a drag started in the pool panel places GPUs.
// Elsewhere it pans and selects like the pan tool. While the pointer is over a target the tool
// asks for a preview of the changed scenario; on release the change becomes one undo command.
// Block: 1,000 GPUs, 5,000 with Shift, an exact count and model with Ctrl (a small dialog).
class AllocateTool : public PanTool {
    Q_OBJECT

public:
    static constexpr int kBlockGpus = 1000;
    static constexpr int kShiftBlockGpus = 5000;

    AllocateTool(MapCanvas* canvas, PlanDocument* document);

    // The organisation whose GPUs a drag from a site takes (the pool panel's selection); when the
    // site holds none of them, the organisation with the most GPUs there.
    void setActiveOrganisation(const QString& organisationId);
    // The model a drag from the pool places.
    void setPoolModel(const QString& modelId);
    // Dropping over this widget returns the GPUs to the pool.
    void setPoolWidget(QWidget* pool);

    // A drag from the pool panel; the panel forwards its moves and release in global coordinates.
    void beginPoolDrag(const QString& organisationId);
    void dragTo(QPoint globalPos, Qt::KeyboardModifiers modifiers);
    void dropAt(QPoint globalPos, Qt::KeyboardModifiers modifiers);

    bool isDragging() const { return m_drag.active; }

    void mousePressEvent(QMouseEvent* event, QPointF scenePos) override;
    void mouseMoveEvent(QMouseEvent* event, QPointF scenePos) override;
    void mouseReleaseEvent(QMouseEvent* event, QPointF scenePos) override;
    void deactivate() override;

signals:
    void previewRequested(const gpuplan::Scenario& preview);
    void previewCleared();
    void statusMessage(const QString& message);

private:
    struct Drag {
        bool active = false;
        QString fromSite; // empty: from the pool
        QString organisationId;
        QString target; // site id under the pointer, or the pool
        bool overPool = false;
        int count = 0; // GPUs of the block last previewed
    };

    QString organisationToMove(const QString& siteId) const;
    GpuBlock blockFor(Qt::KeyboardModifiers modifiers) const;
    bool askExactBlock(GpuBlock& block) const;
    void updateTarget(QPoint viewportPos, Qt::KeyboardModifiers modifiers);
    void finish(Qt::KeyboardModifiers modifiers);
    void drawRubberBand(QPointF scenePos, Qt::KeyboardModifiers modifiers);
    void clearDrag();

    PlanDocument* m_document;
    QString m_activeOrganisation;
    QString m_poolModel;
    QPointer<QWidget> m_pool;
    Drag m_drag;
    QGraphicsLineItem* m_band = nullptr;
    QGraphicsSimpleTextItem* m_bandLabel = nullptr;
};

} // namespace gpuplan
