// SPDX-License-Identifier: MIT
#pragma once

#include "model/Grid.h"

#include <Eigen/Core>
#include <Eigen/SparseCore>
#include <string>
#include <unordered_map>
#include <vector>

namespace gpuplan {

// A generator that sets an injection in the DC model (in service in the planning year).
struct DcGenerator {
    int caseIndex = 0; // position in Grid::generators
    int bus = 0;       // bus position in the network
    double pMw = 0.0;
    double headroomMw = 0.0; // max(Pmax - Pg, 0): its share of a distributed slack
};

// The numeric circuit of one planning year, compiled from a Grid the way MATPOWER's makeBdc and
// rundcpf see it. Bus positions follow the case's bus order (isolated buses, type 4, left out);
// network branches are the in-service AC branches in case order. Per-unit on baseMva.
struct DcNetwork {
    double baseMva = 100.0;
    int year = 0;
    std::vector<int> busIds;    // [nb] bus position -> case bus number
    std::vector<int> busOfCase; // [case buses] case bus index -> position, -1 when left out
    std::unordered_map<int, int> positionOfBus; // case bus number -> position
    int referenceBus = 0;                       // position of the angle reference
    double referenceAngleDeg = 0;               // kept as the case gives it
    std::vector<int> branchOfCase;              // [nl] network branch -> index in Grid::branches
    std::vector<int> networkBranchOfCase;       // [case branches] -> network branch, -1 when out
    std::vector<int> from;                      // [nl] bus positions
    std::vector<int> to;                        // [nl]
    Eigen::VectorXd susceptance;                // [nl] b = 1 / (x * tap), p.u.
    Eigen::VectorXd pfInjection;                // [nl] Pfinj = -b * shift (rad), p.u.
    Eigen::VectorXd ratingMw;                   // [nl] rateA, +inf when 0 (unlimited)
    Eigen::VectorXd fixedInjectionMw;           // [nb] -Pd - Gs + HVDC terminals - Pbusinj*baseMva
    std::vector<DcGenerator> generators;
    std::vector<std::string> warnings; // e.g. no reference bus in the case

    int busCount() const { return static_cast<int>(busIds.size()); }
    int branchCount() const { return static_cast<int>(from.size()); }
    int busPosition(int busId) const; // -1 when the bus is not in the network
};

// Compiles `grid` for the planning `year` (0 = every element with status on).
// Throws GridError: zero or NaN reactance, a branch or generator at an unknown bus, duplicate
// bus numbers, or a network in islands (naming every bus outside the largest island).
DcNetwork compileDcNetwork(const Grid& grid, int year);

// Bbus [nb x nb] = Cftᵀ diag(b) Cft, with Cft [nl x nb] +1 at from, -1 at to.
Eigen::SparseMatrix<double> busSusceptance(const DcNetwork& network);

// The network with one branch opened: zero susceptance and its phase-shift injection removed, so
// it carries no flow (the plain re-solve baseline for N-1, and tests).
DcNetwork withBranchOpen(const DcNetwork& network, int branch);

} // namespace gpuplan
