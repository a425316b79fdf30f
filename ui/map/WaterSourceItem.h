// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsPathItem>

namespace gpuplan {

// A water source (dam, intake, reclaimed-water plant): a blue droplet.
class WaterSourceItem : public QGraphicsPathItem {
public:
    enum { Type = UserType + 6 };

    explicit WaterSourceItem(QString id);

    const QString& id() const { return m_id; }
    int type() const override { return Type; }

    // The droplet outline, tip up, centred on the source, `height` pixels tall.
    static QPainterPath droplet(double height);

private:
    QString m_id;
};

} // namespace gpuplan
