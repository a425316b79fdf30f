// SPDX-License-Identifier: MIT
#pragma once

#include "MapOverlay.h"

#include <QColor>
#include <QFont>
#include <QPen>
#include <string_view>
#include <vector>

class QPainter;

namespace gpuplan::mapstyle {

// The map's symbology in one place, so that the items and the legend always agree. Colours are
// chosen to stay apart on a washed-out projector and for red-green colour-blind viewers
// (the loading and status classes also differ in lightness).

enum class LoadingClass { Unknown, Normal, High, Overloaded };

// Legend thresholds: below 70 % normal, 70–100 % high, above 100 % overloaded.
constexpr double kHighLoadingPct = 70.0;
constexpr double kOverloadPct = 100.0;

LoadingClass loadingClass(double loadingPct);
QColor loadingColour(LoadingClass loading);
QColor statusColour(SiteState state);
QColor hvdcColour();

// Line width in pixels for a branch of `kv` (765 > 345 > 154 kV and below).
double branchWidthPx(double kv);
QPen branchPen(double kv, LoadingClass loading, bool inService);
QPen hvdcPen();
// Radius in pixels of a bus dot of `kv`.
double busRadiusPx(double kv);

enum class Fuel { Nuclear, Coal, Lng, Hydro, Solar, Wind, Other };
Fuel fuelFromName(std::string_view name);
QColor fuelColour(Fuel fuel);
std::vector<Fuel> allFuels();
// The generator glyph of `fuel`, centred on `centre`, `size` pixels across.
void paintFuelGlyph(QPainter& painter, Fuel fuel, QPointF centre, double size);

struct PieSlice {
    double share = 0.0; // of the whole pie, 0..1
    QColor colour;
};
// A site symbol: a pie of its organisations' GPUs inside a ring in its status colour.
void paintSiteSymbol(QPainter& painter, QPointF centre, double radius,
                     const std::vector<PieSlice>& slices, QColor ring, bool selected);
// Radius in pixels of a site holding `gpus` (area grows with GPUs, with a floor).
double siteRadiusPx(long long gpus);
constexpr double kSiteRingPx = 4.0;
// A white gap between the pie and the ring, so that an organisation colour never merges with a
// status colour of the same hue.
constexpr double kSiteRingGapPx = 1.5;
// From the pie's edge to the symbol's outer edge.
constexpr double kSiteRingBandPx = kSiteRingGapPx + kSiteRingPx;
// Room outside the ring for the selection halo (3 px pen, 2 px from the ring).
constexpr double kSiteHaloPx = 5.0;

QColor landColour();
QColor neighbourLandColour();
QColor seaColour();
QColor borderColour();
QColor waterColour();
QColor selectionColour();

// Label fonts, in the one typeface (report/Typeface.h): Hangul and Latin on every machine.
QFont labelFont(int pixelSize, bool bold);

} // namespace gpuplan::mapstyle
