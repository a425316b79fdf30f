// SPDX-License-Identifier: MIT
#include "MapStyle.h"

#include "report/Typeface.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>
#include <algorithm>
#include <cmath>

namespace gpuplan::mapstyle {

LoadingClass loadingClass(double loadingPct)
{
    if (std::isnan(loadingPct))
        return LoadingClass::Unknown;
    if (loadingPct > kOverloadPct)
        return LoadingClass::Overloaded;
    if (loadingPct >= kHighLoadingPct)
        return LoadingClass::High;
    return LoadingClass::Normal;
}

QColor loadingColour(LoadingClass loading)
{
    switch (loading) {
    case LoadingClass::Normal:
        return QColor(0x2b, 0x93, 0x48);
    case LoadingClass::High:
        return QColor(0xf0, 0x9a, 0x00);
    case LoadingClass::Overloaded:
        return QColor(0xd6, 0x28, 0x28);
    case LoadingClass::Unknown:
        break;
    }
    return QColor(0x86, 0x90, 0x9c);
}

QColor statusColour(SiteState state)
{
    switch (state) {
    case SiteState::Feasible:
        return loadingColour(LoadingClass::Normal);
    case SiteState::AtRisk:
        return loadingColour(LoadingClass::High);
    case SiteState::Infeasible:
        return loadingColour(LoadingClass::Overloaded);
    case SiteState::Unknown:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor hvdcColour()
{
    return QColor(0x7b, 0x2c, 0xbf);
}

double branchWidthPx(double kv)
{
    if (kv >= 700.0)
        return 5.0;
    if (kv >= 300.0)
        return 3.0;
    if (kv >= 130.0)
        return 1.8;
    return 1.2;
}

QPen branchPen(double kv, LoadingClass loading, bool inService)
{
    QPen pen(loadingColour(loading), branchWidthPx(kv), Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    if (!inService)
        pen.setDashPattern({3.0, 2.0});
    return pen;
}

QPen hvdcPen()
{
    QPen pen(hvdcColour(), 3.0, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    pen.setDashPattern({4.0, 1.5, 1.0, 1.5});
    return pen;
}

double busRadiusPx(double kv)
{
    if (kv >= 700.0)
        return 4.5;
    if (kv >= 300.0)
        return 3.5;
    return 2.5;
}

Fuel fuelFromName(std::string_view name)
{
    if (name == "nuclear")
        return Fuel::Nuclear;
    if (name == "coal")
        return Fuel::Coal;
    if (name == "lng")
        return Fuel::Lng;
    if (name == "hydro" || name == "pumped_hydro")
        return Fuel::Hydro;
    if (name == "solar")
        return Fuel::Solar;
    if (name == "wind")
        return Fuel::Wind;
    return Fuel::Other;
}

QColor fuelColour(Fuel fuel)
{
    switch (fuel) {
    case Fuel::Nuclear:
        return QColor(0xc2, 0x18, 0x5b);
    case Fuel::Coal:
        return QColor(0x3a, 0x3a, 0x3a);
    case Fuel::Lng:
        return QColor(0xe6, 0x5c, 0x00);
    case Fuel::Hydro:
        return QColor(0x02, 0x77, 0xbd);
    case Fuel::Solar:
        return QColor(0xf2, 0xb7, 0x05);
    case Fuel::Wind:
        return QColor(0x00, 0x89, 0x7b);
    case Fuel::Other:
        break;
    }
    return QColor(0x8d, 0x6e, 0x63);
}

std::vector<Fuel> allFuels()
{
    return {Fuel::Nuclear, Fuel::Coal, Fuel::Lng,  Fuel::Hydro,
            Fuel::Solar,   Fuel::Wind, Fuel::Other};
}

namespace {

QPolygonF regularPolygon(QPointF centre, double radius, int corners, double startDeg)
{
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const double angle = qDegreesToRadians(startDeg + 360.0 * i / corners);
        polygon << centre + QPointF(radius * std::cos(angle), -radius * std::sin(angle));
    }
    return polygon;
}

void paintSun(QPainter& painter, QPointF centre, double r)
{
    QPen rays(painter.brush().color(), std::max(1.5, r / 4.0), Qt::SolidLine, Qt::RoundCap);
    painter.save();
    painter.setPen(rays);
    for (int i = 0; i < 8; ++i) {
        const double angle = qDegreesToRadians(45.0 * i);
        const QPointF direction(std::cos(angle), std::sin(angle));
        painter.drawLine(centre + direction * r * 0.7, centre + direction * r);
    }
    painter.restore();
    painter.drawEllipse(centre, r * 0.5, r * 0.5);
}

void paintWind(QPainter& painter, QPointF centre, double r)
{
    painter.save();
    painter.setPen(
        QPen(painter.brush().color(), std::max(2.0, r / 3.0), Qt::SolidLine, Qt::RoundCap));
    for (int i = 0; i < 3; ++i) {
        const double angle = qDegreesToRadians(90.0 + 120.0 * i);
        painter.drawLine(centre, centre + QPointF(r * std::cos(angle), -r * std::sin(angle)));
    }
    painter.restore();
    painter.drawEllipse(centre, r * 0.25, r * 0.25);
}

} // namespace

void paintFuelGlyph(QPainter& painter, Fuel fuel, QPointF centre, double size)
{
    const double r = size / 2.0;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 1.0));
    painter.setBrush(fuelColour(fuel));
    switch (fuel) {
    case Fuel::Nuclear:
        painter.drawEllipse(centre, r, r);
        painter.setBrush(Qt::white);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(centre, r * 0.35, r * 0.35);
        break;
    case Fuel::Coal:
        painter.drawRect(QRectF(centre - QPointF(r * 0.85, r * 0.85), QSizeF(r * 1.7, r * 1.7)));
        break;
    case Fuel::Lng:
        painter.drawPolygon(regularPolygon(centre, r, 4, 90.0));
        break;
    case Fuel::Hydro:
        painter.drawPolygon(regularPolygon(centre, r, 3, -90.0));
        break;
    case Fuel::Solar:
        paintSun(painter, centre, r);
        break;
    case Fuel::Wind:
        paintWind(painter, centre, r);
        break;
    case Fuel::Other:
        painter.drawPolygon(regularPolygon(centre, r * 0.9, 6, 90.0));
        break;
    }
    painter.restore();
}

void paintSiteSymbol(QPainter& painter, QPointF centre, double radius,
                     const std::vector<PieSlice>& slices, QColor ring, bool selected)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double outer = radius + kSiteRingBandPx;
    if (selected) {
        painter.setPen(QPen(selectionColour(), 3.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(centre, outer + kSiteHaloPx - 1.5, outer + kSiteHaloPx - 1.5);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawEllipse(centre, outer, outer);
    const QRectF box(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
    double startDeg = 90.0; // twelve o'clock, clockwise
    painter.setPen(QPen(Qt::white, 0.8));
    for (const PieSlice& slice : slices) {
        const double spanDeg = -360.0 * slice.share;
        painter.setBrush(slice.colour);
        if (slices.size() == 1)
            painter.drawEllipse(box); // no separator line in a whole pie
        else
            painter.drawPie(box, qRound(startDeg * 16), qRound(spanDeg * 16));
        startDeg += spanDeg;
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(ring, kSiteRingPx));
    painter.drawEllipse(centre, outer - kSiteRingPx / 2, outer - kSiteRingPx / 2);
    painter.setPen(QPen(QColor(0x30, 0x30, 0x30), 1.0));
    painter.drawEllipse(centre, outer, outer);
    painter.restore();
}

double siteRadiusPx(long long gpus)
{
    constexpr double kMinRadiusPx = 7.0;
    constexpr double kPxPerSqrtGpu = 0.09; // 60,000 GPUs → about 26 px
    return std::max(kMinRadiusPx, 4.0 + kPxPerSqrtGpu * std::sqrt(double(std::max(0LL, gpus))));
}

QColor landColour()
{
    return QColor(0xfb, 0xfa, 0xf5);
}

QColor neighbourLandColour()
{
    return QColor(0xe4, 0xe1, 0xd8);
}

QColor seaColour()
{
    return QColor(0xc3, 0xd8, 0xe8);
}

QColor borderColour()
{
    return QColor(0x8a, 0x86, 0x80);
}

QColor waterColour()
{
    return QColor(0x1e, 0x88, 0xe5);
}

QColor selectionColour()
{
    return QColor(0x15, 0x3e, 0xa8);
}

QFont labelFont(int pixelSize, bool bold)
{
    QFont font;
    font.setFamilies(typefaceFamilies());
    font.setPixelSize(pixelSize);
    font.setWeight(bold ? QFont::Bold : QFont::Normal);
    return font;
}

} // namespace gpuplan::mapstyle
