// SPDX-License-Identifier: MIT
#pragma once

#include "DcPowerFlow.h"
#include "StudyControl.h"

#include <vector>

namespace gpuplan {

// Below this, 1 - PTDF(k, f_k -> t_k) is taken as zero: the outage of k islands the network
// (k is a bridge). In exact arithmetic the value is exactly 0 for a bridge; factorised solves
// leave about 1e-12 of round-off, and a meshed branch would need a parallel path a million times
// stiffer than itself to come this close.
constexpr double kIslandingTolerance = 1e-6;

// PTDF columns [nl x |buses|] for injections at `buses` (bus positions) withdrawn by the
// reference bus: flow change on each branch per MW injected. Multiply by `weights` for other
// balancing: PTDF_w(:, b) = PTDF(:, b) - PTDF * w.
Eigen::MatrixXd ptdfColumns(const DcNetwork& network, const DcSolver& solver,
                            const std::vector<int>& buses);

// The whole PTDF [nl x nb] under the balancing `weights` [nb] (slackWeights): columns sum of
// PTDF_w * w is 0. For small grids and tests; large grids use ptdfColumns.
Eigen::MatrixXd ptdf(const DcNetwork& network, const DcSolver& solver,
                     const Eigen::VectorXd& weights);

// PTDF [nl] of the balancing itself, PTDF * w (one solve).
Eigen::VectorXd ptdfOfWeights(const DcNetwork& network, const DcSolver& solver,
                              const Eigen::VectorXd& weights);

// Line outage distribution factors [nl x nl]: column k is the change of flow on every branch per
// MW flowing on k before k trips, LODF(:, k) = PTDF(:, f_k -> t_k) / (1 - PTDF(k, f_k -> t_k)),
// LODF(k, k) = -1. Independent of the balancing (a transfer f -> t needs no slack). Columns of
// branches whose outage separates the network are zero and flagged, never divided by.
struct Lodf {
    Eigen::MatrixXd matrix;      // [nl x nl]
    std::vector<char> separates; // [nl] 1 when the outage islands the network
};

// Computed in parallel over blocks of outaged branches; bit-for-bit the same on any thread count
// (every column is its own solve). Throws StudyCancelled.
Lodf computeLodf(const DcNetwork& network, const DcSolver& solver, const StudyControl& control);

} // namespace gpuplan
