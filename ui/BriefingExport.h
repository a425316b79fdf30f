// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Evaluation.h"
#include "model/Scenario.h"

#include <QSize>
#include <QString>

namespace gpuplan {

class ChartsPanel;
class MainWindow;
class MapCanvas;

// A scenario, its evaluation and where it came from: what a briefing is about.
struct BriefingSubject {
    const Scenario& scenario;
    const Evaluation& evaluation;
    QString scenarioPath; // empty when never saved
    bool korean = true;
};

// The briefing PDF with the map and charts as `canvas` and `charts` draw them. Reasons are
// worded by ReasonText in the installed interface language.
bool writeDashboardBriefing(const BriefingSubject& subject, MapCanvas& canvas, ChartsPanel& charts,
                            const QString& path, QString* error);

// File → Export briefing…: the window's plan in its planning year with the map as currently
// shown, in Korean or English (the interface switches for the export and back).
bool exportBriefing(MainWindow& window, const QString& path, bool korean, QString* error);

// The map as `canvas` shows it, as a PNG of `size` pixels, written atomically.
bool writeMapSnapshot(MapCanvas& canvas, QSize size, const QString& path, QString* error);

} // namespace gpuplan
