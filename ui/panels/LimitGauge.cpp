// SPDX-License-Identifier: MIT
#include "LimitGauge.h"

#include "PanelFormat.h"
#include "report/Typeface.h"

#include <cmath>

namespace gpuplan {
namespace {

constexpr int kSteps = 1000; // resolution of the bar
constexpr double kPercent = 100.0;
constexpr int kGaugePt = 10;

QColor notApplicableColour()
{
    return QColor(0x9e, 0x9e, 0x9e);
}

} // namespace

LimitGauge::LimitGauge(const QString& name, QWidget* parent) : QProgressBar(parent)
{
    setObjectName(name);
    setRange(0, kSteps);
    setTextVisible(true);
    setAlignment(Qt::AlignCenter);
    setFont(typeface(kGaugePt));
    setMinimumHeight(fontMetrics().height() + 8);
    setColour(notApplicableColour());
}

void LimitGauge::setUsage(double value, double limit, const QString& unit, double atRiskMargin)
{
    if (std::isinf(limit) || limit <= 0.0) {
        setValue(0);
        setFormat(PanelFormat::ratio(value, limit, unit));
        setColour(notApplicableColour());
        return;
    }
    const double share = value / limit;
    setValue(int(std::lround(std::min(share, 1.0) * kSteps)));
    setFormat(tr("%1 (%2)").arg(PanelFormat::ratio(value, limit, unit),
                                PanelFormat::percent(share * kPercent)));
    setColour(PanelFormat::usageColour(value, limit, atRiskMargin));
}

void LimitGauge::setNotApplicable(const QString& note)
{
    setValue(0);
    setFormat(note);
    setColour(notApplicableColour());
}

void LimitGauge::setColour(const QColor& colour)
{
    // A style sheet re-polishes the bar, so it is set only when the colour changes.
    if (colour == m_colour)
        return;
    m_colour = colour;
    setStyleSheet(QStringLiteral("QProgressBar { border: 1px solid palette(mid); border-radius: "
                                 "3px; background: palette(base); text-align: center; }"
                                 "QProgressBar::chunk { background: %1; }")
                      .arg(colour.lighter(135).name()));
}

} // namespace gpuplan
