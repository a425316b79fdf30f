// SPDX-License-Identifier: MIT
#pragma once

#include "MapOverlay.h"
#include "MapStyle.h"

#include <QGraphicsItem>

namespace gpuplan {

// A datacentre site: a pie of its organisations' GPUs in a ring of its feasibility status,
// drawn at a constant size on screen.
class SiteItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    explicit SiteItem(QString id);

    const QString& id() const { return m_id; }
    void setGpus(long long gpus, std::vector<mapstyle::PieSlice> slices);
    double radiusPx() const { return m_radius; }
    void setState(SiteState state);
    SiteState state() const { return m_state; }
    QColor ringColour() const { return mapstyle::statusColour(m_state); }
    void setSelected(bool selected);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString m_id;
    double m_radius = mapstyle::siteRadiusPx(0);
    std::vector<mapstyle::PieSlice> m_slices;
    SiteState m_state = SiteState::Unknown;
    bool m_selected = false;
};

} // namespace gpuplan
