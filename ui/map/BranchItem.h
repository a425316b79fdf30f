// SPDX-License-Identifier: MIT
#pragma once

#include "MapStyle.h"

#include <QGraphicsLineItem>

namespace gpuplan {

// An AC line or transformer of the case, coloured by its worst N-1 loading, wider for higher
// voltage, dashed when it is not in service in the planning year.
class BranchItem : public QGraphicsLineItem {
public:
    enum { Type = UserType + 2 };

    BranchItem(int caseIndex, double kv, const QLineF& sceneLine);

    int caseIndex() const { return m_caseIndex; }
    void setLoading(mapstyle::LoadingClass loading);
    void setInService(bool inService);
    bool isDashed() const { return !m_inService; }
    QColor colour() const { return pen().color(); }
    void setSelected(bool selected);

    int type() const override { return Type; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void restyle();

    int m_caseIndex = -1;
    double m_kv = 0.0;
    mapstyle::LoadingClass m_loading = mapstyle::LoadingClass::Unknown;
    bool m_inService = true;
    bool m_selected = false;
};

} // namespace gpuplan
