// SPDX-License-Identifier: MIT
#pragma once

#include "Evaluation.h"
#include "Sensitivity.h"
#include "model/Scenario.h"

#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace gpuplan {

// A site's share of a (post-outage) flow below max(1 MW, 1% of the branch rating) is within the
// accuracy of an illustrative grid's data (ratings are given to a few per cent; 1 MW is the
// rounding of a rating), so a violation the site worsens by less is not the site's. Without the
// relative part, a distributed slack makes every site "worsen" every loaded line a little.
constexpr double kWorsenToleranceMw = 1.0;
constexpr double kWorsenToleranceShare = 0.01;

struct EvaluationOptions {
    int year = 0;                     // 0: the scenario's planning year
    std::optional<SlackPolicy> slack; // empty: the scenario's policy
    // Hosting of every loaded bus exactly (a sweep of all branch-outage pairs per bus). Without,
    // the interactive mode: hosting is exact where it decides a site's status (infeasible or at
    // risk) and a lower bound elsewhere (SiteEvaluation::hostingIsLowerBound); statuses and
    // reasons are the same in both modes.
    bool exactHosting = true;
    // Storage of the cached LODF. Float32 is the opt-in fast mode (half the memory and screening
    // traffic; loadings within kFloat32LoadingTolerancePct of double, see LodfPrecision); the
    // `grid` verbs keep the default, double.
    LodfPrecision lodfPrecision = LodfPrecision::Double;
};

// The topology-dependent part of the grid study for one (grid value, year, slack policy):
// factorisation, LODF, balancing and the flows without any datacentre load.
struct GridModel {
    DcNetwork network;
    DcSolver solver;
    Lodf lodf;
    Eigen::VectorXd weights;                // [nb] slackWeights
    Eigen::VectorXd ptdfOfWeights;          // [nl]
    DcFlowResult baseFlow;                  // [nl] flows with no datacentre load
    double maxAbsLodf = 0.0;                // largest |LODF| of a screened outage
    std::vector<std::string> branchNames;   // [nl] "345 kV 신가평–동서울"
    std::vector<std::string> branchNamesKo; // [nl] the Korean name, else branchNames
    std::vector<std::string> busNames;      // [nb] the bus's name, else "bus 12"
};

// Throws GridError or StudyCancelled.
std::shared_ptr<const GridModel> buildGridModel(const Grid& grid, int year, SlackPolicy policy,
                                                const StudyControl& control,
                                                LodfPrecision precision = LodfPrecision::Double);

// "345 kV A–B": the branch's own name, else its voltage and its buses' names (or numbers).
std::string branchDisplayName(const Grid& grid, int caseBranch);

struct GridLoading; // one evaluation's datacentre load on the grid (CapacityEngine.cpp)

// Evaluates scenarios (site demand, water, space, timeline, cooling, grid under N-1, national
// totals). Grid feasibility of a site, as defined here:
//  - hosting: the hosting capacity of its bus is computed on the flows with every other bus's
//    datacentres but none at this bus (so that sites at one bus share one figure and do not
//    count their own load twice); the bus is infeasible when the facility MW of all its sites
//    exceeds it, at risk within the scenario's margin of it;
//  - N-1: the site is infeasible when some (branch, outage) pair, the base case included, is over
//    rating and the site adds more than max(kWorsenToleranceMw, kWorsenToleranceShare × rating)
//    to it (caused or worsened), at risk when such a pair is within the margin of its rating. Keeps
//    the grid model of the last topology: an allocation change reuses it and only
// recomputes injections (withdrawal sensitivities of new buses, flows, N-1 from the cached
// LODF); a new grid value or year rebuilds it. Thread-safe.
class CapacityEngine {
public:
    // Throws StudyCancelled. Grid errors are reported in Evaluation::grid, not thrown.
    Evaluation evaluate(const Scenario& scenario, const EvaluationOptions& options,
                        const StudyControl& control);

    int topologyBuilds() const; // how many grid models were built (tests, benchmarks)

private:
    struct Cached {
        Scenario owner; // keeps the grid value alive; compared with sharesGridWith
        int year = 0;
        SlackPolicy policy = SlackPolicy::Distributed;
        LodfPrecision precision = LodfPrecision::Double;
        std::shared_ptr<const GridModel> model;
        std::map<int, Eigen::VectorXd> withdrawal; // [nl] sensitivity by bus position
    };

    std::shared_ptr<const GridModel> gridModel(const Scenario& scenario, int year,
                                               SlackPolicy policy, LodfPrecision precision,
                                               const StudyControl& control);
    std::map<int, Eigen::VectorXd> withdrawalColumns(const GridModel& model,
                                                     const std::vector<int>& buses);
    GridLoading loadGrid(const Scenario& scenario, const GridModel& model, double margin,
                         std::vector<SiteEvaluation>& sites, const StudyControl& control);

    mutable std::mutex m_mutex;
    std::optional<Cached> m_cache;
    int m_builds = 0;
};

} // namespace gpuplan
