// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Evaluation.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QLabel;
class QWidget;

namespace gpuplan {

// Numbers, units, short names and state colours shared by the panels around the map, in the
// interface language, so that tiles, charts, lists and the inspector word things alike.
class PanelFormat {
    Q_DECLARE_TR_FUNCTIONS(gpuplan::PanelFormat)

public:
    // The locale of the interface language (Korean or English), for thousands separators.
    static QLocale locale();

    static QString count(long long value);          // "260,000"
    static QString megawatts(double mw);            // "1,234 MW"; "unlimited" for +inf
    static QString cubicMetresPerDay(double value); // "12,000 m³/day"
    static QString percent(double value);           // "112%"
    static QString ratio(double value, double limit, const QString& unit); // "312 / 400 MW"

    // A name fit for an axis or a legend: the part before a parenthesis, cut to `maxChars` at
    // a word's end where one is near.
    static QString shortName(const QString& name, int maxChars);

    static QString status(FeasibilityStatus status);
    static QColor statusColour(FeasibilityStatus status);
    static QColor loadingColour(double loadingPct);
    // How full a limit is: red over it, amber within the scenario's at-risk margin, else green.
    static QColor usageColour(double value, double limit, double atRiskMargin);

    // A word-wrapping label in the panels' type, with a stable object name for UI tests.
    static QLabel* label(const QString& name, int pointSize, bool bold, QWidget* parent);
};

} // namespace gpuplan
