// SPDX-License-Identifier: MIT
#include "Sensitivity.h"

#include <atomic>
#include <cmath>
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

namespace gpuplan {
namespace {

using Rows = DcSolver::Rows;

// PTDF rows from angle columns: PTDF(l, j) = b_l (θ(f_l, j) - θ(t_l, j)). [nb x m] -> [nl x m].
// Row-major, so that each branch reads two contiguous rows of angles.
void flowsFromAngles(const DcNetwork& network, const Rows& angles, Rows& rows)
{
    rows.resize(network.branchCount(), angles.cols());
    for (int l = 0; l < network.branchCount(); ++l)
        rows.row(l) =
            network.susceptance[l] * (angles.row(network.from[l]) - angles.row(network.to[l]));
}

Eigen::MatrixXd flowsFromAngles(const DcNetwork& network, const Rows& angles)
{
    Rows rows;
    flowsFromAngles(network, angles, rows);
    return rows;
}

// Copies the first `count` columns of a row-major block [nl x kLodfBlock] into the stored columns
// [first, first + count).
template <typename Matrix>
void storeBlock(const LodfRows& block, int first, int count, Matrix& matrix)
{
    using Scalar = typename Matrix::Scalar;
    for (Eigen::Index j = 0; j < count; ++j)
        matrix.col(first + j) = block.col(j).template cast<Scalar>();
}

} // namespace

Eigen::MatrixXd ptdfColumns(const DcNetwork& network, const DcSolver& solver,
                            const std::vector<int>& buses)
{
    Eigen::MatrixXd injections =
        Eigen::MatrixXd::Zero(network.busCount(), Eigen::Index(buses.size()));
    for (std::size_t j = 0; j < buses.size(); ++j)
        injections(buses[j], Eigen::Index(j)) = 1.0;
    return flowsFromAngles(network, solver.angleRows(injections));
}

Eigen::VectorXd ptdfOfWeights(const DcNetwork& network, const DcSolver& solver,
                              const Eigen::VectorXd& weights)
{
    return flowsFromAngles(network, solver.angleRows(Rows(weights))).col(0);
}

Eigen::MatrixXd ptdf(const DcNetwork& network, const DcSolver& solver,
                     const Eigen::VectorXd& weights)
{
    std::vector<int> all(network.busCount());
    for (int i = 0; i < network.busCount(); ++i)
        all[i] = i;
    Eigen::MatrixXd matrix = ptdfColumns(network, solver, all);
    matrix.colwise() -= ptdfOfWeights(network, solver, weights);
    return matrix;
}

// The buffers are per thread and reused: fresh multi-megabyte buffers for every block cost more
// in page faults than the solves.
void lodfBlock(const DcNetwork& network, const DcSolver& solver, int first, int count,
               LodfRows& block, char* separates)
{
    thread_local Rows transfers, theta;
    transfers.setZero(network.busCount(), kLodfBlock); // columns past `count` stay zero
    for (int j = 0; j < count; ++j) {
        transfers(network.from[first + j], j) += 1.0;
        transfers(network.to[first + j], j) -= 1.0;
    }
    solver.angleRows(transfers, theta);
    flowsFromAngles(network, theta, block);
    double scale[kLodfBlock];
    for (int j = 0; j < count; ++j) {
        const double denominator = 1.0 - block(first + j, j);
        separates[j] = std::abs(denominator) < kIslandingTolerance;
        scale[j] = separates[j] ? 0.0 : 1.0 / denominator;
    }
    for (Eigen::Index l = 0; l < block.rows(); ++l)
        for (int j = 0; j < count; ++j)
            block(l, j) *= scale[j];
    for (int j = 0; j < count; ++j)
        block(first + j, j) = separates[j] ? 0.0 : -1.0;
}

double Lodf::maxAbs() const
{
    if (isFloat32())
        return double(matrixF32.cwiseAbs().maxCoeff());
    return matrix.size() ? matrix.cwiseAbs().maxCoeff() : 0.0;
}

Lodf computeLodf(const DcNetwork& network, const DcSolver& solver, const StudyControl& control,
                 LodfPrecision precision)
{
    const int nl = network.branchCount();
    Lodf lodf;
    if (precision == LodfPrecision::Float32 && nl > 0)
        lodf.matrixF32.resize(nl, nl);
    else
        lodf.matrix.resize(nl, nl);
    lodf.separates.assign(nl, 0);
    const int blocks = (nl + kLodfBlock - 1) / kLodfBlock;
    std::atomic<int> done{0};
    tbb::parallel_for(tbb::blocked_range<int>(0, blocks), [&](const tbb::blocked_range<int>& r) {
        thread_local LodfRows block;
        for (int b = r.begin(); b != r.end(); ++b) {
            if (control.cancelled())
                return;
            const int first = b * kLodfBlock, count = std::min(kLodfBlock, nl - first);
            lodfBlock(network, solver, first, count, block, &lodf.separates[first]);
            if (lodf.isFloat32())
                storeBlock(block, first, count, lodf.matrixF32);
            else
                storeBlock(block, first, count, lodf.matrix);
            control.report(double(++done) / blocks);
        }
    });
    if (control.cancelled())
        throw StudyCancelled();
    return lodf;
}

} // namespace gpuplan
