// SPDX-License-Identifier: MIT
#pragma once

#include "model/Grid.h"

#include <cstdint>

namespace gpuplan {

// What a synthetic test grid looks like (for benchmarks and tests, never for planning).
struct SyntheticGridOptions {
    int buses = 200;
    std::uint64_t seed = 1;
    double branchesPerBus = 1.5; // a spanning tree (1 per bus) plus meshing links
    double radialShare = 0.05;   // share of the tree's leaves left radial (the rest get a 2nd link)
    double generatorShare = 0.2; // share of buses with a generator
    double minLoading = 0.2;     // typical base-case loading of a branch, drawn in [min, max]
    double maxLoading = 0.7;
    double heavyShare = 0.03;  // branches rated for a heavy base-case loading, 80-95 %
    double minN1Loading = 0.6; // worst post-outage loading of a branch, drawn in [min, max]
    double maxN1Loading = 0.95;
    // Branches rated 2-15 % below their worst post-outage flow. 0 by default: a planned grid is
    // N-1 secure, and an overloaded pair gives every bus that worsens it (about half of them)
    // a hosting capacity of 0. Tests of overload reporting raise it.
    double n1OverloadShare = 0.0;
};

// A connected, meshed grid on random bus positions in a 3 x 3 degree square over Korea: each bus
// links to its nearest earlier bus (connected), most leaves of that tree get a second link to a
// near neighbour, then near neighbours are linked until the branch count is reached (meshed; a
// few leaves stay radial, as in real grids). Reactance grows with length; loads 0-100 MW;
// generators dispatched in proportion to Pmax to meet load with headroom. Ratings (rounded up to
// 10 MW) come from the base-case DC flow under a distributed slack and its N-1 screening: each
// branch is rated for the larger of a drawn base-case loading and a drawn worst post-outage
// loading, so the base case is within ratings with typical loadings and N-1 is secure unless
// n1OverloadShare asks otherwise. Deterministic for a seed on one standard library.
Grid syntheticGrid(const SyntheticGridOptions& options);

} // namespace gpuplan
