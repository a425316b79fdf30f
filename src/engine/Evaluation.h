// SPDX-License-Identifier: MIT
#pragma once

#include "SiteDemand.h"
#include "model/Types.h"

#include <string>
#include <vector>

namespace gpuplan {

enum class FeasibilityStatus { Feasible, AtRisk, Infeasible };

// Why a site is not simply feasible. The kind and its parameters are kept apart from any text so
// that the UI can word them in Korean; describe() gives the English.
enum class ReasonKind {
    ConnectionLimit, // value: facility MW, limit: connection limit MW
    Space,           // value: IT MW, limit: land and building limit MW
    HostingCapacity, // value: facility MW of all sites at the bus, limit: hosting MW; subject:
                     // bus name; branch/outage: what limits it
    GridOverload,    // value: loading %, limit 100; branch over rating, outage (empty: base case)
    Water,           // value: m³/day of all sites on the source, limit: available; subject: source
    Timeline,        // year: placed for, otherYear: energisation year; count: GPUs
    Cooling,         // subject: GPU model name; count: GPUs
    UnknownBus,      // year: the bus number the site names
};

struct Reason {
    ReasonKind kind = ReasonKind::ConnectionLimit;
    FeasibilityStatus severity = FeasibilityStatus::Infeasible;
    double value = 0.0;
    double limit = 0.0;
    std::string subject;
    std::string branch;   // display name, e.g. "345 kV 신가평–동서울"
    std::string outage;   // display name of the branch out; empty for the base case
    std::string branchKo; // the same in Korean (the English when the grid has no Korean names)
    std::string outageKo;
    int year = 0;
    int otherYear = 0;
    long long count = 0;
    double marginShare = 0.0; // the scenario's at-risk margin, for the wording

    bool operator==(const Reason&) const = default;
};

// English text for a planner, e.g. "facility 132 MW over connection limit 100 MW".
std::string describe(const Reason& reason);
std::string_view toString(FeasibilityStatus status); // feasible | at_risk | infeasible

struct AllocationSummary {
    std::string organisationId;
    std::string modelId;
    long long gpus = 0;
    int year = 0;
};

struct SiteEvaluation {
    std::string siteId;
    std::string name;
    int busId = 0;
    SiteDemand demand;
    std::vector<AllocationSummary> allocations; // those counted in the year
    FeasibilityStatus status = FeasibilityStatus::Feasible;
    std::vector<Reason> reasons;
    double hostingMw = 0.0; // of the site's bus without datacentre load there; +inf unlimited
    bool hostingIsLowerBound = false; // interactive mode: hosting is at least hostingMw
};

struct OrganisationTotal {
    std::string id;
    std::string name;
    long long quota = 0;
    long long placed = 0;
};

struct WaterSourceTotal {
    std::string id;
    std::string name;
    double demandM3PerDay = 0.0;
    double availableM3PerDay = 0.0;
};

struct GridSummary {
    bool solved = false; // false when the grid could not be studied (see error)
    std::string error;
    double worstLoadingPct = 0.0; // base case and every screened outage
    std::string worstBranch;
    std::string worstOutage;   // empty when the base case is the worst
    std::string worstBranchKo; // the same in Korean (every *Ko name: the English when the grid
    std::string worstOutageKo; // has no Korean names)
    int n1Violations = 0;      // (branch, outage) pairs over rating
    int baseViolations = 0;    // branches over rating with everything in service
    int separations = 0;       // outages that island the network
};

// One in-service AC branch of the planning year as the map and charts show it.
struct BranchLoading {
    int caseIndex = 0; // index in Grid::branches
    std::string name;  // "345 kV 신가평–동서울"
    std::string nameKo;
    double kv = 0.0;
    double ratingMw = 0.0; // +inf when unlimited
    double baseFlowMw = 0.0;
    double baseLoadingPct = 0.0;
    double worstLoadingPct = 0.0;  // base case and every screened outage
    int worstOutageCaseIndex = -1; // -1: the base case is the worst
    std::string worstOutage;       // display name; empty for the base case
    std::string worstOutageKo;
};

// A branch over its rating in the base case (outage -1) or after one outage.
struct Violation {
    int branchCaseIndex = 0;
    int outageCaseIndex = -1;
    std::string branch;
    std::string outage;
    std::string branchKo;
    std::string outageKo;
    double flowMw = 0.0;
    double ratingMw = 0.0;
    double loadingPct = 0.0;
};

struct EvaluationTotals {
    long long gpus = 0;
    double itMw = 0.0;
    double facilityMw = 0.0;
    double waterM3PerDay = 0.0;
    int infeasibleSites = 0;
    int atRiskSites = 0;
};

// Everything `gpuplan evaluate` and the dashboard show for one scenario in one year.
struct Evaluation {
    std::string scenarioName;
    int year = 0;
    SlackPolicy slackPolicy = SlackPolicy::Distributed;
    std::vector<OrganisationTotal> organisations;
    std::vector<SiteEvaluation> sites;
    std::vector<WaterSourceTotal> waterSources;
    GridSummary grid;
    std::vector<BranchLoading> branches; // in network order (in-service branches, case order)
    std::vector<Violation> violations;   // worst first
    EvaluationTotals totals;
    std::vector<std::string> warnings;
};

} // namespace gpuplan
