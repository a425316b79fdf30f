// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

namespace gpuplan {

// One large figure for the projector: a caption, the value in big type, a line of detail and a
// coloured accent along its left edge that says whether the figure is good news.
class StatTile : public QFrame {
    Q_OBJECT

public:
    // `name` becomes the tile's objectName and prefixes its labels' ("<name>Value", ...).
    explicit StatTile(const QString& name, QWidget* parent = nullptr);

    void setCaption(const QString& caption);
    void setValue(const QString& value);
    void setDetail(const QString& detail);
    void setAccent(const QColor& accent);

    QString value() const;
    QColor accent() const { return m_accent; }

private:
    QLabel* m_caption = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_detail = nullptr;
    QColor m_accent;
};

} // namespace gpuplan
