// SPDX-License-Identifier: MIT
#pragma once

#include "MapStyle.h"

#include <QGraphicsItem>

namespace gpuplan {

// A power plant: a glyph and colour per fuel, larger for larger plants.
class GeneratorItem : public QGraphicsItem {
public:
    enum { Type = UserType + 5 };

    GeneratorItem(int caseIndex, mapstyle::Fuel fuel, double pMaxMw);

    int caseIndex() const { return m_caseIndex; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    int m_caseIndex = -1;
    mapstyle::Fuel m_fuel = mapstyle::Fuel::Other;
    double m_sizePx = 10.0;
};

} // namespace gpuplan
