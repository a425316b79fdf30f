// SPDX-License-Identifier: MIT
#include "EvaluationReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <cmath>
#include <iomanip>
#include <sstream>

namespace gpuplan {
namespace {

QString text(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject siteJson(const SiteEvaluation& site)
{
    QJsonArray allocations, reasons, kinds;
    for (const AllocationSummary& a : site.allocations)
        allocations.append(QJsonObject{{"organisation", text(a.organisationId)},
                                       {"model", text(a.modelId)},
                                       {"gpus", double(a.gpus)},
                                       {"year", a.year}});
    for (const Reason& reason : site.reasons) {
        reasons.append(text(describe(reason)));
        kinds.append(text(std::string(reasonKindName(reason.kind))));
    }
    return QJsonObject{{"id", text(site.siteId)},
                       {"name", text(site.name)},
                       {"bus", site.busId},
                       {"gpus", double(site.demand.gpus)},
                       {"allocations", allocations},
                       {"it_mw", site.demand.itMw},
                       {"facility_mw", site.demand.facilityMw},
                       {"water_m3_per_day", site.demand.waterM3PerDay},
                       {"hosting_mw", number(site.hostingMw)},
                       {"hosting_at_least", site.hostingIsLowerBound},
                       {"status", text(std::string(toString(site.status)))},
                       {"reasons", reasons},
                       {"reason_kinds", kinds}};
}

QJsonObject gridJson(const GridSummary& grid)
{
    QJsonObject object{
        {"worst_loading_pct", grid.worstLoadingPct}, {"worst_branch", text(grid.worstBranch)},
        {"worst_outage", text(grid.worstOutage)},    {"n1_violations", grid.n1Violations},
        {"base_violations", grid.baseViolations},    {"separations", grid.separations}};
    if (!grid.solved)
        object.insert("error", text(grid.error));
    return object;
}

QJsonObject totalsJson(const EvaluationTotals& totals)
{
    return QJsonObject{{"gpus", double(totals.gpus)},
                       {"it_mw", totals.itMw},
                       {"facility_mw", totals.facilityMw},
                       {"water_m3_per_day", totals.waterM3PerDay},
                       {"infeasible_sites", totals.infeasibleSites},
                       {"at_risk_sites", totals.atRiskSites}};
}

} // namespace

std::string_view reasonKindName(ReasonKind kind)
{
    switch (kind) {
    case ReasonKind::ConnectionLimit:
        return "connection_limit";
    case ReasonKind::Space:
        return "space";
    case ReasonKind::HostingCapacity:
        return "hosting_capacity";
    case ReasonKind::GridOverload:
        return "grid_overload";
    case ReasonKind::Water:
        return "water";
    case ReasonKind::Timeline:
        return "timeline";
    case ReasonKind::Cooling:
        return "cooling";
    case ReasonKind::UnknownBus:
        return "unknown_bus";
    }
    return "unknown";
}

std::string evaluationJson(const Evaluation& evaluation)
{
    QJsonArray organisations, sites, water, warnings;
    for (const OrganisationTotal& org : evaluation.organisations)
        organisations.append(QJsonObject{{"id", text(org.id)},
                                         {"name", text(org.name)},
                                         {"quota", double(org.quota)},
                                         {"placed", double(org.placed)}});
    for (const SiteEvaluation& site : evaluation.sites)
        sites.append(siteJson(site));
    for (const WaterSourceTotal& source : evaluation.waterSources)
        water.append(QJsonObject{{"id", text(source.id)},
                                 {"name", text(source.name)},
                                 {"demand_m3_per_day", source.demandM3PerDay},
                                 {"available_m3_per_day", source.availableM3PerDay}});
    for (const std::string& warning : evaluation.warnings)
        warnings.append(text(warning));
    const QJsonObject root{
        {"scenario",
         QJsonObject{{"name", text(evaluation.scenarioName)},
                     {"year", evaluation.year},
                     {"slack_policy", text(std::string(toString(evaluation.slackPolicy)))}}},
        {"organisations", organisations},
        {"sites", sites},
        {"water_sources", water},
        {"grid", gridJson(evaluation.grid)},
        {"totals", totalsJson(evaluation.totals)},
        {"warnings", warnings}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString();
}

namespace {

std::string fixed(double value, int decimals = 1)
{
    std::ostringstream out;
    out << std::fixed << std::setprecision(decimals) << value;
    return out.str();
}

void siteTable(std::ostringstream& out, const Evaluation& evaluation)
{
    out << std::left << std::setw(24) << "site" << std::right << std::setw(8) << "bus"
        << std::setw(10) << "GPUs" << std::setw(10) << "IT MW" << std::setw(12) << "facility MW"
        << std::setw(14) << "water m3/d"
        << "  status\n";
    for (const SiteEvaluation& site : evaluation.sites) {
        out << std::left << std::setw(24) << site.siteId << std::right << std::setw(8) << site.busId
            << std::setw(10) << site.demand.gpus << std::setw(10) << fixed(site.demand.itMw)
            << std::setw(12) << fixed(site.demand.facilityMw) << std::setw(14)
            << fixed(site.demand.waterM3PerDay, 0) << "  " << toString(site.status) << '\n';
        for (const Reason& reason : site.reasons)
            out << "    - " << describe(reason) << '\n';
    }
}

} // namespace

std::string evaluationTable(const Evaluation& evaluation)
{
    std::ostringstream out;
    out << evaluation.scenarioName << " — " << evaluation.year << " ("
        << toString(evaluation.slackPolicy) << " slack)\n\n";
    siteTable(out, evaluation);
    out << "\norganisation              placed / quota\n";
    for (const OrganisationTotal& org : evaluation.organisations)
        out << "  " << std::left << std::setw(24) << org.id << std::right << org.placed << " / "
            << org.quota << '\n';
    const GridSummary& grid = evaluation.grid;
    if (grid.solved)
        out << "\ngrid: worst loading " << fixed(grid.worstLoadingPct) << "% on "
            << grid.worstBranch
            << (grid.worstOutage.empty() ? std::string() : " when " + grid.worstOutage + " is out")
            << "; " << grid.n1Violations << " N-1 violations, " << grid.separations
            << " separations\n";
    else
        out << "\ngrid: not studied: " << grid.error << '\n';
    const EvaluationTotals& t = evaluation.totals;
    out << "totals: " << t.gpus << " GPUs, IT " << fixed(t.itMw) << " MW, facility "
        << fixed(t.facilityMw) << " MW, water " << fixed(t.waterM3PerDay, 0) << " m3/day; "
        << t.infeasibleSites << " infeasible, " << t.atRiskSites << " at risk\n";
    for (const std::string& warning : evaluation.warnings)
        out << "warning: " << warning << '\n';
    return out.str();
}

} // namespace gpuplan
