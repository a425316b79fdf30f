// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsEllipseItem>

namespace gpuplan {

// A substation (bus of the case): a small dot, larger for higher voltage.
class BusItem : public QGraphicsEllipseItem {
public:
    enum { Type = UserType + 4 };

    BusItem(int caseIndex, double kv);

    int caseIndex() const { return m_caseIndex; }
    int type() const override { return Type; }

private:
    int m_caseIndex = -1;
};

} // namespace gpuplan
