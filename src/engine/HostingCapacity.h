// SPDX-License-Identifier: MIT
#pragma once

#include "Sensitivity.h"

#include <vector>

namespace gpuplan {

// Sensitivities smaller than this (MW of branch flow per MW of new load) cannot limit a bus: a
// limit would lie beyond 1e12 MW of load for any rating in a real grid.
constexpr double kSensitivityTolerance = 1e-12;

// The largest extra withdrawal at one bus that keeps every branch within rating in the base case
// and after every screened outage, and what limits it (DESIGN section 4).
struct HostingResult {
    int bus = 0;             // bus position
    double hostingMw = 0.0;  // +inf when nothing rated limits it
    int limitingBranch = -1; // network branch, -1 when unlimited
    int limitingOutage = -1; // network branch out, -1 for the base case
};

// Hosting of one bus from its sensitivity s [nl] (flow change per MW withdrawn, under the
// balancing policy) and the flows f [nl] it starts from: after outage k the flow is
// f_l + LODF(l,k) f_k and the sensitivity s_l + LODF(l,k) s_k. A branch already over rating and
// made worse gives 0. Parallel over outages; the minimum ties to the lower (outage, branch).
// Limits are compared as room × |S'| < room' × |S| (no division per pair), so among pairs whose
// limits agree to round-off the one named may differ from a division's; the MW may not.
HostingResult hostingCapacity(const DcNetwork& network, const Lodf& lodf,
                              const Eigen::VectorXd& flowMw, const Eigen::VectorXd& sensitivity,
                              int bus);

// Sensitivities [nl x |buses|] of flows to withdrawal at `buses` under the balancing weights:
// s = -(PTDF(:, b) - PTDF w).
Eigen::MatrixXd withdrawalSensitivities(const DcNetwork& network, const DcSolver& solver,
                                        const Eigen::VectorXd& weights,
                                        const std::vector<int>& buses);

// Hosting of several buses, each from its own flows: flowMw and sensitivities [nl x |buses|],
// column j for buses[j]. Buses are swept in batches, each LODF column read once per batch
// (the LODF, not the buses, is what costs memory traffic). A probe of every sixteenth outage
// first bounds each bus's limit; the full sweep then skips the pairs that provably cannot come
// below it, which leaves the result exactly that of sweeping every pair. Throws StudyCancelled.
std::vector<HostingResult> hostingCapacities(const DcNetwork& network, const Lodf& lodf,
                                             const Eigen::MatrixXd& flowMw,
                                             const Eigen::MatrixXd& sensitivities,
                                             const std::vector<int>& buses,
                                             const StudyControl& control);

// Hosting of several buses on the same flows. Throws StudyCancelled.
std::vector<HostingResult> hostingCapacities(const DcNetwork& network, const DcSolver& solver,
                                             const Lodf& lodf, const Eigen::VectorXd& flowMw,
                                             const Eigen::VectorXd& weights,
                                             const std::vector<int>& buses,
                                             const StudyControl& control);

} // namespace gpuplan
