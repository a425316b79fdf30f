// SPDX-License-Identifier: MIT
#include "MapTexts.h"

#include "DisplayNames.h"

#include <QLocale>
#include <QStringList>
#include <cmath>

namespace gpuplan {
namespace {

QString text(const std::string& utf8)
{
    return QString::fromStdString(utf8).toHtmlEscaped();
}

QString number(double value)
{
    return QLocale().toString(value, 'f', 0);
}

QString tooltip(const QString& title, const QStringList& lines)
{
    return QStringLiteral("<b>%1</b><br/>%2").arg(title, lines.join(QStringLiteral("<br/>")));
}

QString busName(const Grid& grid, int busId)
{
    const Bus* bus = findBus(grid, busId);
    if (!bus)
        return QString::number(busId);
    return bus->name.empty() ? text(bus->nameEn) : text(bus->name);
}

QString endsOf(const Grid& grid, int fromBus, int toBus)
{
    return QStringLiteral("%1 – %2").arg(busName(grid, fromBus), busName(grid, toBus));
}

QString bilingual(const std::string& nameKo, const std::string& nameEn)
{
    if (nameEn.empty() || nameEn == nameKo)
        return text(nameKo);
    return QStringLiteral("%1 (%2)").arg(text(nameKo), text(nameEn));
}

} // namespace

QString MapTexts::site(const Scenario& scenario, const Site& site, const MapOverlay& overlay)
{
    QStringList lines{tr("GPUs: %1").arg(number(double(scenario.siteGpus(site.id))))};
    for (const Organisation& org : scenario.organisations()) {
        long long gpus = 0;
        for (const Allocation& allocation : scenario.allocations())
            gpus += allocation.siteId == site.id && allocation.organisationId == org.id
                        ? allocation.gpus
                        : 0;
        if (gpus > 0)
            lines
                << QStringLiteral("&nbsp;&nbsp;%1: %2").arg(text(org.nameKo), number(double(gpus)));
    }
    const auto state = overlay.sites.find(site.id);
    lines << tr("Status: %1")
                 .arg(
                     stateTitle(state == overlay.sites.end() ? SiteState::Unknown : state->second));
    const auto facility = overlay.siteFacilityMw.find(site.id);
    if (facility != overlay.siteFacilityMw.end())
        lines << tr("Facility: %1 MW of %2 MW limit")
                     .arg(number(facility->second), number(site.connectionLimitMw));
    else
        lines << tr("Connection limit: %1 MW").arg(number(site.connectionLimitMw));
    const auto notes = overlay.siteNotes.find(site.id);
    if (notes != overlay.siteNotes.end()) {
        for (const std::string& note : notes->second)
            lines << text(note);
    }
    return tooltip(bilingual(site.nameKo, site.nameEn), lines);
}

QString MapTexts::branch(const Scenario& scenario, int caseIndex, const MapOverlay& overlay,
                         int year)
{
    const Grid& grid = scenario.grid();
    const Branch& branch = grid.branches.at(static_cast<std::size_t>(caseIndex));
    const Bus* from = findBus(grid, branch.fromBus);
    const double kv = branch.baseKv > 0.0 ? branch.baseKv : (from ? from->baseKv : 0.0);
    const QString ends = endsOf(grid, branch.fromBus, branch.toBus);
    QStringList lines;
    if (!branch.name.empty())
        lines << ends;
    lines << tr("%1 kV, rating %2 MVA").arg(number(kv), number(branch.rateAMva));
    const auto index = static_cast<std::size_t>(caseIndex);
    const double loading = index < overlay.branchWorstLoadingPct.size()
                               ? overlay.branchWorstLoadingPct[index]
                               : std::nan("");
    lines << (std::isnan(loading) ? tr("Worst N-1 loading: not computed")
                                  : tr("Worst N-1 loading: %1 %").arg(number(loading)));
    if (!branch.inService)
        lines << tr("Out of service");
    else if (!isInService(branch, year))
        lines << tr("Not built in %1 (in service from %2)").arg(year).arg(branch.inServiceYear);
    return tooltip(branch.name.empty() ? ends : localName(branch.nameKo, branch.name, branch.name),
                   lines);
}

QString MapTexts::dcLine(const Scenario& scenario, int caseIndex, int year)
{
    const Grid& grid = scenario.grid();
    const DcLine& line = grid.dcLines.at(static_cast<std::size_t>(caseIndex));
    QStringList lines{
        tr("HVDC %1").arg(endsOf(grid, line.fromBus, line.toBus)),
        tr("Transfer %1 MW (max %2 MW)").arg(number(line.pFromMw), number(line.pMaxMw))};
    if (!isInService(line, year))
        lines << tr("Not in service in %1").arg(year);
    return tooltip(line.name.empty() ? tr("HVDC link") : text(line.name), lines);
}

QString MapTexts::bus(const Scenario& scenario, int caseIndex, const MapOverlay& overlay)
{
    const Bus& bus = scenario.grid().buses.at(static_cast<std::size_t>(caseIndex));
    QStringList lines{tr("%1 kV, load %2 MW").arg(number(bus.baseKv), number(bus.loadMw))};
    const auto index = static_cast<std::size_t>(caseIndex);
    if (index < overlay.busHostingMw.size() && !std::isnan(overlay.busHostingMw[index]))
        lines << tr("Hosting capacity: %1 MW").arg(number(overlay.busHostingMw[index]));
    return tooltip(bilingual(bus.name, bus.nameEn), lines);
}

QString MapTexts::generator(const Scenario& scenario, int caseIndex)
{
    const Grid& grid = scenario.grid();
    const Generator& generator = grid.generators.at(static_cast<std::size_t>(caseIndex));
    const QStringList lines{
        fuelTitle(generator.fuel),
        tr("%1 MW (max %2 MW)").arg(number(generator.pMw), number(generator.pMaxMw)),
        tr("Bus: %1").arg(busName(grid, generator.bus))};
    return tooltip(text(generator.name), lines);
}

QString MapTexts::waterSource(const WaterSource& source)
{
    QStringList lines{tr("Available: %1 m³/day").arg(number(source.availableM3PerDay))};
    if (!source.basin.empty())
        lines.prepend(tr("Basin: %1").arg(text(source.basin)));
    return tooltip(bilingual(source.nameKo, source.nameEn), lines);
}

QString MapTexts::stateTitle(SiteState state)
{
    switch (state) {
    case SiteState::Feasible:
        return tr("Feasible");
    case SiteState::AtRisk:
        return tr("At risk");
    case SiteState::Infeasible:
        return tr("Infeasible");
    case SiteState::Unknown:
        break;
    }
    return tr("Not evaluated");
}

QString MapTexts::fuelTitle(mapstyle::Fuel fuel)
{
    switch (fuel) {
    case mapstyle::Fuel::Nuclear:
        return tr("Nuclear");
    case mapstyle::Fuel::Coal:
        return tr("Coal");
    case mapstyle::Fuel::Lng:
        return tr("LNG");
    case mapstyle::Fuel::Hydro:
        return tr("Hydro / pumped");
    case mapstyle::Fuel::Solar:
        return tr("Solar");
    case mapstyle::Fuel::Wind:
        return tr("Wind");
    case mapstyle::Fuel::Other:
        break;
    }
    return tr("Other");
}

QString MapTexts::fuelTitle(const std::string& fuel)
{
    if (fuel == "pumped_hydro")
        return tr("Pumped hydro");
    if (fuel == "oil")
        return tr("Oil");
    return fuelTitle(mapstyle::fuelFromName(fuel));
}

QString MapTexts::loadingTitle(mapstyle::LoadingClass loading)
{
    switch (loading) {
    case mapstyle::LoadingClass::Normal:
        return tr("Below 70 %");
    case mapstyle::LoadingClass::High:
        return tr("70–100 %");
    case mapstyle::LoadingClass::Overloaded:
        return tr("Above 100 %");
    case mapstyle::LoadingClass::Unknown:
        break;
    }
    return tr("Not computed");
}

} // namespace gpuplan
