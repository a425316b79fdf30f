// SPDX-License-Identifier: MIT
#pragma once

#include "Sensitivity.h"

#include <vector>

namespace gpuplan {

// A (branch, outage) pair whose post-outage flow is over or near the branch's rating (network
// branch indices; outage -1 is the base case).
struct LoadedPair {
    int branch = 0;
    int outage = 0;
    double flowMw = 0.0;
};

// One branch over its rating after one outage (network branch indices).
struct Overload {
    int branch = 0;
    int outage = 0;
    double flowMw = 0.0;
    double ratingMw = 0.0;
};

// Which pairs count as loaded besides overloads: within max(share × rating, mw) of the rating.
struct LoadedPairBand {
    double share = 0.0;
    double mw = 0.0;
};

// N-1 screening of every in-service branch outage from the LODF (DESIGN section 4):
// f⁽ᵏ⁾ = f + LODF(:, k) f_k.
struct ContingencyResult {
    std::vector<int> separations;   // outages that island the network, ascending
    std::vector<double> worstAbsMw; // [nl] largest |f⁽ᵏ⁾_l| over screened outages k != l
    std::vector<int> worstOutage;   // [nl] the k that gives it; -1 when no outage was screened
    std::vector<Overload> overloads; // by outage, then branch (|f⁽ᵏ⁾_l| > rateA; 0 = unlimited)
    std::vector<LoadedPair> loaded; // base case first, then by outage and branch (band given)
};

// Parallel over blocks of outages; every outage writes its own slot and the per-branch worst is a
// max with ties to the lower outage index, so 1 and N threads agree bit for bit.
// `flowMw` [nl] are the pre-outage flows. Throws StudyCancelled.
ContingencyResult screenN1(const DcNetwork& network, const Lodf& lodf,
                           const Eigen::VectorXd& flowMw, const StudyControl& control,
                           LoadedPairBand band = {});

// The same screening without storing the LODF: each block of LODF columns is computed
// (lodfBlock) and screened while it is in cache, then dropped. For a one-off N-1 of a large grid:
// memory O(nl) per task instead of the [nl x nl] matrix, and no pass over it in memory. Equal bit
// for bit to computeLodf then screenN1 in double precision, on any thread count.
ContingencyResult screenN1(const DcNetwork& network, const DcSolver& solver,
                           const Eigen::VectorXd& flowMw, const StudyControl& control,
                           LoadedPairBand band = {});

} // namespace gpuplan
