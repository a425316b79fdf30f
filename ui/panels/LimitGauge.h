// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QProgressBar>

namespace gpuplan {

// How much of a limit is used, as a bar with the numbers written on it ("312 / 400 MW, 78%"):
// green, amber within the at-risk margin, red over the limit (the bar is then full).
class LimitGauge : public QProgressBar {
    Q_OBJECT

public:
    explicit LimitGauge(const QString& name, QWidget* parent = nullptr);

    // `unit` follows the numbers; an infinite limit shows as unlimited with an empty bar.
    void setUsage(double value, double limit, const QString& unit, double atRiskMargin);
    // For a limit that does not apply (no water source): an empty bar with `note` on it.
    void setNotApplicable(const QString& note);

    QColor colour() const { return m_colour; }

private:
    void setColour(const QColor& colour);

    QColor m_colour;
};

} // namespace gpuplan
