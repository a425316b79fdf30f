// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Evaluation.h"

#include <QCoreApplication>
#include <QString>

namespace gpuplan {

// Why a site or a branch is in trouble, worded in the interface language. The engine keeps the
// kind and numbers of each reason apart from text (its describe() is English only); these are
// the translatable sentences the panels show.
class ReasonText {
    Q_DECLARE_TR_FUNCTIONS(gpuplan::ReasonText)

public:
    static QString describe(const Reason& reason);
    // "345 kV A–B 112% when 345 kV A–B #2 is out"; an empty outage is the base case.
    static QString overload(const QString& branch, double loadingPct, const QString& outage);
    // A branch's name in the interface language, from the engine's English and Korean names.
    static QString branchName(const std::string& korean, const std::string& english);

private:
    static QString connectionLimit(const Reason& reason);
    static QString space(const Reason& reason);
    static QString hostingCapacity(const Reason& reason);
    static QString water(const Reason& reason);
    static QString limitedBy(const Reason& reason);
    static QString margin(const Reason& reason);
};

} // namespace gpuplan
