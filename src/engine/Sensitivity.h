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

// How the LODF is stored. Double is the default and what every `grid` verb uses. Float32 is an
// opt-in for large grids and fast interactive screening: half the memory and memory traffic;
// screening still accumulates in double, so a post-outage flow differs from double precision by
// about |LODF(l, k) f_k| × 6e-8 (float's relative round-off).
enum class LodfPrecision { Double, Float32 };

// The accuracy promised for Float32: every post-outage loading within 0.01 percentage points of
// double precision (SensitivityTest checks it on random grids). The round-off above is 6e-6 %
// of |LODF(l, k) f_k|: within the tolerance while that is below about 1,600 × the rating.
constexpr double kFloat32LoadingTolerancePct = 0.01;

// Line outage distribution factors [nl x nl]: column k is the change of flow on every branch per
// MW flowing on k before k trips, LODF(:, k) = PTDF(:, f_k -> t_k) / (1 - PTDF(k, f_k -> t_k)),
// LODF(k, k) = -1. Independent of the balancing (a transfer f -> t needs no slack). Columns of
// branches whose outage separates the network are zero and flagged, never divided by.
struct Lodf {
    Eigen::MatrixXd matrix;      // [nl x nl] in Double precision, else empty
    Eigen::MatrixXf matrixF32;   // [nl x nl] in Float32 precision, else empty
    std::vector<char> separates; // [nl] 1 when the outage islands the network

    bool isFloat32() const { return matrixF32.size() > 0; }
    double at(int branch, int outage) const
    {
        return isFloat32() ? double(matrixF32(branch, outage)) : matrix(branch, outage);
    }
    double maxAbs() const; // largest |LODF| over all columns, 0 for an empty matrix
};

// Outages whose LODF columns are computed together: one panel of DcSolver right-hand sides.
constexpr int kLodfBlock = 16;

// LODF columns of the outages [first, first + count), count <= kLodfBlock, as one row-major
// block [nl x kLodfBlock] (each branch's factors for the block's outages contiguous, as
// screening reads them; columns from `count` on are zero), and their `separates` flags [count].
// A separating column is zero. Reuses the block's storage.
using LodfRows = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
void lodfBlock(const DcNetwork& network, const DcSolver& solver, int first, int count,
               LodfRows& block, char* separates);

// Computed in parallel over blocks of outaged branches; bit-for-bit the same on any thread count
// (every column is its own solve). Float32 rounds the same double columns. Throws StudyCancelled.
Lodf computeLodf(const DcNetwork& network, const DcSolver& solver, const StudyControl& control,
                 LodfPrecision precision = LodfPrecision::Double);

} // namespace gpuplan
