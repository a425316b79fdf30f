// SPDX-License-Identifier: MIT
#include "Sensitivity.h"

#include <atomic>
#include <cmath>
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

namespace gpuplan {
namespace {

constexpr int kLodfBlock = 16; // outages solved together (DcSolver sweeps 16 right-hand sides)

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

// LODF columns [first, last). The buffers are per thread and reused: fresh multi-megabyte
// buffers for every block cost more in page faults than the solves.
void fillLodfBlock(const DcNetwork& network, const DcSolver& solver, int first, int last,
                   Lodf& lodf)
{
    thread_local Rows transfers, theta, ptdfTransfer;
    const int count = last - first;
    transfers.setZero(network.busCount(), count);
    for (int j = 0; j < count; ++j) {
        transfers(network.from[first + j], j) += 1.0;
        transfers(network.to[first + j], j) -= 1.0;
    }
    solver.angleRows(transfers, theta);
    flowsFromAngles(network, theta, ptdfTransfer);
    for (int j = 0; j < count; ++j) {
        const int k = first + j;
        const double denominator = 1.0 - ptdfTransfer(k, j);
        if (std::abs(denominator) < kIslandingTolerance) {
            lodf.separates[k] = 1;
            lodf.matrix.col(k).setZero();
            continue;
        }
        lodf.matrix.col(k) = ptdfTransfer.col(j) / denominator;
        lodf.matrix(k, k) = -1.0;
    }
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

Lodf computeLodf(const DcNetwork& network, const DcSolver& solver, const StudyControl& control)
{
    const int nl = network.branchCount();
    Lodf lodf;
    lodf.matrix.resize(nl, nl);
    lodf.separates.assign(nl, 0);
    const int blocks = (nl + kLodfBlock - 1) / kLodfBlock;
    std::atomic<int> done{0};
    tbb::parallel_for(tbb::blocked_range<int>(0, blocks), [&](const tbb::blocked_range<int>& r) {
        for (int block = r.begin(); block != r.end(); ++block) {
            if (control.cancelled())
                return;
            fillLodfBlock(network, solver, block * kLodfBlock,
                          std::min(nl, (block + 1) * kLodfBlock), lodf);
            control.report(double(++done) / blocks);
        }
    });
    if (control.cancelled())
        throw StudyCancelled();
    return lodf;
}

} // namespace gpuplan
