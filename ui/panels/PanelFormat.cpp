// SPDX-License-Identifier: MIT
#include "PanelFormat.h"

#include "DisplayNames.h"
#include "map/MapStyle.h"
#include "report/Typeface.h"

#include <QLabel>
#include <cmath>

namespace gpuplan {

QLocale PanelFormat::locale()
{
    return interfaceIsKorean() ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                               : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString PanelFormat::count(long long value)
{
    return locale().toString(value);
}

QString PanelFormat::megawatts(double mw)
{
    if (std::isinf(mw))
        return tr("unlimited");
    return tr("%1 MW").arg(locale().toString(std::llround(mw)));
}

QString PanelFormat::cubicMetresPerDay(double value)
{
    return tr("%1 m³/day").arg(locale().toString(std::llround(value)));
}

QString PanelFormat::percent(double value)
{
    return tr("%1%").arg(locale().toString(std::llround(value)));
}

QString PanelFormat::ratio(double value, double limit, const QString& unit)
{
    const QString limitText =
        std::isinf(limit) ? tr("unlimited") : locale().toString(std::llround(limit));
    return tr("%1 / %2 %3").arg(locale().toString(std::llround(value)), limitText, unit).trimmed();
}

QString PanelFormat::shortName(const QString& name, int maxChars)
{
    QString text = name;
    const qsizetype parenthesis = text.indexOf(QLatin1Char('('));
    if (parenthesis > 0)
        text = text.left(parenthesis).trimmed();
    if (text.size() <= maxChars)
        return text;
    // Whole words where they leave most of the name ("Samsung…", not "Samsung Ele…").
    qsizetype cut = text.lastIndexOf(QLatin1Char(' '), maxChars - 1);
    if (cut < maxChars / 2)
        cut = maxChars - 1;
    return text.left(cut).trimmed() + QChar(0x2026);
}

QString PanelFormat::status(FeasibilityStatus status)
{
    switch (status) {
    case FeasibilityStatus::Feasible:
        return tr("Feasible");
    case FeasibilityStatus::AtRisk:
        return tr("At risk");
    case FeasibilityStatus::Infeasible:
        return tr("Infeasible");
    }
    return {};
}

QColor PanelFormat::statusColour(FeasibilityStatus status)
{
    switch (status) {
    case FeasibilityStatus::Feasible:
        return mapstyle::statusColour(SiteState::Feasible);
    case FeasibilityStatus::AtRisk:
        return mapstyle::statusColour(SiteState::AtRisk);
    case FeasibilityStatus::Infeasible:
        return mapstyle::statusColour(SiteState::Infeasible);
    }
    return mapstyle::statusColour(SiteState::Unknown);
}

QColor PanelFormat::loadingColour(double loadingPct)
{
    return mapstyle::loadingColour(mapstyle::loadingClass(loadingPct));
}

QColor PanelFormat::usageColour(double value, double limit, double atRiskMargin)
{
    if (value > limit)
        return statusColour(FeasibilityStatus::Infeasible);
    if (value > limit * (1.0 - atRiskMargin))
        return statusColour(FeasibilityStatus::AtRisk);
    return statusColour(FeasibilityStatus::Feasible);
}

QLabel* PanelFormat::label(const QString& name, int pointSize, bool bold, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setFont(typeface(pointSize, bold));
    label->setWordWrap(true);
    return label;
}

} // namespace gpuplan
