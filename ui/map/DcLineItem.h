// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsLineItem>

namespace gpuplan {

// An HVDC link of the case: a dashed purple line, apart from the AC grid's loading colours.
class DcLineItem : public QGraphicsLineItem {
public:
    enum { Type = UserType + 3 };

    DcLineItem(int caseIndex, const QLineF& sceneLine);

    int caseIndex() const { return m_caseIndex; }
    int type() const override { return Type; }

private:
    int m_caseIndex = -1;
};

} // namespace gpuplan
