// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Evaluation.h"
#include "model/Scenario.h"

#include <QDate>
#include <QString>
#include <functional>

class QPainter;
class QRectF;

namespace gpuplan {

// What a briefing is made of. The map and the charts are drawn by the caller (the dashboard
// renders its own map canvas and charts), so the document layer never needs the widgets.
struct BriefingInputs {
    const Scenario& scenario;
    const Evaluation& evaluation;
    QString scenarioPath; // the file the scenario came from; empty when it was never saved
    bool korean = true;
    QDate date = QDate::currentDate();
    // Draws the map, its legend, scale bar and north arrow into `target` (page units).
    std::function<void(QPainter&, const QRectF& target)> paintMap;
    // Draws chart `chartIndex` (a BriefingChart) into `target`.
    std::function<void(QPainter&, const QRectF& target, int chartIndex)> paintChart;
    // A site's reason in the briefing's language.
    std::function<QString(const Reason&)> describeReason;
    // "345 kV A–B 112% when C is out" in the briefing's language.
    std::function<QString(const Violation&)> describeViolation;
};

// The charts of the chart page, in their order on it.
enum class BriefingChart { Quota, SiteMw, BranchLoading, YearlyMw };
constexpr int kBriefingChartCount = 4;

// Writes the briefing as an A4 landscape PDF: cover, national summary, map, charts, site table,
// violations, assumptions and sources. The file is written to a temporary file beside `path`
// and renamed into place, so a failure leaves nothing behind. False and a message on failure.
bool writeBriefing(const BriefingInputs& inputs, const QString& path, QString* error);

// The first hex digits of the SHA-256 of a file (or of `fallback` when the file cannot be read):
// the short hash printed in every footer.
QString shortContentHash(const QString& path, const QByteArray& fallback);

} // namespace gpuplan
