// SPDX-License-Identifier: MIT
#include "Evaluation.h"

#include <cmath>

namespace gpuplan {
namespace {

constexpr double kPercent = 100.0;

// "12,000": whole units with thousands separators, as a planner reads them.
std::string whole(double value)
{
    const long long rounded = std::llround(value);
    const std::string digits = std::to_string(rounded < 0 ? -rounded : rounded);
    std::string text = rounded < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            text.push_back(',');
        text.push_back(digits[i]);
    }
    return text;
}

// "over" when infeasible, "within 10% of" when at risk.
std::string relation(const Reason& reason)
{
    if (reason.severity == FeasibilityStatus::Infeasible)
        return "over";
    return "within " + whole(reason.marginShare * kPercent) + "% of";
}

std::string limitedBy(const Reason& reason)
{
    if (reason.branch.empty())
        return "";
    return " (limited by " + reason.branch +
           (reason.outage.empty() ? "" : " when " + reason.outage + " is out") + ")";
}

} // namespace

std::string_view toString(FeasibilityStatus status)
{
    switch (status) {
    case FeasibilityStatus::Feasible:
        return "feasible";
    case FeasibilityStatus::AtRisk:
        return "at_risk";
    case FeasibilityStatus::Infeasible:
        return "infeasible";
    }
    return "feasible";
}

std::string describe(const Reason& r)
{
    switch (r.kind) {
    case ReasonKind::ConnectionLimit:
        return "facility " + whole(r.value) + " MW " + relation(r) + " connection limit " +
               whole(r.limit) + " MW";
    case ReasonKind::Space:
        return "IT " + whole(r.value) + " MW " + relation(r) + " land and building limit " +
               whole(r.limit) + " MW";
    case ReasonKind::HostingCapacity:
        return "datacentres at " + r.subject + " draw " + whole(r.value) + " MW, " + relation(r) +
               " hosting capacity " + whole(r.limit) + " MW" + limitedBy(r);
    case ReasonKind::GridOverload:
        return r.branch + " " + whole(r.value) + "% " +
               (r.outage.empty() ? std::string("with all lines in service")
                                 : "when " + r.outage + " is out");
    case ReasonKind::Water:
        return "water " + whole(r.value) + " m³/day " + relation(r) + " " + whole(r.limit) +
               " available at " + r.subject;
    case ReasonKind::Timeline:
        return "GPUs placed for " + std::to_string(r.year) + " but site energised " +
               std::to_string(r.otherYear);
    case ReasonKind::Cooling:
        return r.subject + " racks need liquid cooling";
    case ReasonKind::UnknownBus:
        return "bus " + std::to_string(r.year) + " is not in the grid";
    }
    return {};
}

} // namespace gpuplan
