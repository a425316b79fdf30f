// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QGridLayout;
class QPixmap;

namespace gpuplan {

// The key to the map's symbols: line loading classes, line voltages, HVDC, site status rings
// and power plant fuels. Drawn with the same style functions as the map items.
class MapLegend : public QFrame {
    Q_OBJECT

public:
    explicit MapLegend(QWidget* parent = nullptr);

private:
    void addTitle(const QString& title);
    void addEntry(const QPixmap& swatch, const QString& text, int column = 0);
    void addLineEntries();
    void addSiteEntries();
    void addFuelEntries();

    QGridLayout* m_grid = nullptr;
    int m_row = 0;
};

} // namespace gpuplan
