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
    double generatorShare = 0.2; // share of buses with a generator
    double minLoading = 0.3;     // base-case loading of a branch is drawn in [min, max]
    double maxLoading = 0.8;
};

// A connected, meshed grid on random bus positions in a 3 x 3 degree square over Korea: each bus
// links to its nearest earlier bus (connected), then to near neighbours until the branch count is
// reached (meshed; the leaves stay radial, as in real grids). Reactance grows with length; loads
// 0-100 MW; generators dispatched in proportion to Pmax to meet load with headroom; ratings set
// from the base-case DC flow so that loadings fall in [minLoading, maxLoading]. Deterministic for
// a seed on one standard library.
Grid syntheticGrid(const SyntheticGridOptions& options);

} // namespace gpuplan
