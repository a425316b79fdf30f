// SPDX-License-Identifier: MIT
#include "HostingCapacity.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tbb/blocked_range.h>
#include <tbb/parallel_reduce.h>
#include <tuple>

namespace gpuplan {
namespace {

constexpr double kUnlimited = std::numeric_limits<double>::infinity();
constexpr int kOutageGrain = 32; // outages per task

struct Limit {
    double mw = kUnlimited;
    int outage = -1;
    int branch = -1;

    // Total order so that any split of the outages gives the same answer.
    bool tighterThan(const Limit& other) const
    {
        return std::tie(mw, outage, branch) < std::tie(other.mw, other.outage, other.branch);
    }
};

constexpr int kColumnGroup = 4; // outages swept together for every bus of a batch
constexpr int kBusBatch = 32;   // buses swept together: each LODF column is read once per batch

// Flows and sensitivities of a batch of buses, row-major [nl x m]: a branch's values for every
// bus of the batch are contiguous, as the sweep reads them.
using Rows = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Per bus of a batch, the tightest branch of one outage so far: the limit is room / magnitude.
struct Tightest {
    std::vector<double> room, magnitude, branch; // [m]; branch a double, as the selects need
};

// One (branch, outage) pair for every bus of a batch. A branch limits at (R - sign(S) F) / |S|
// for post-outage flow F and sensitivity S; ratios are compared by cross-multiplication
// (|S| > 0) and kept with selects rather than branches, so that the loop over the batch
// vectorises. Negative rooms (over rating and made worse) are kept, so that a bus with no room
// names the most violated pair; the caller clamps to 0.
void tightenPair(Eigen::Index m, double rating, double branch, double factor,
                 const double* __restrict flow, const double* __restrict s,
                 const double* __restrict flowK, const double* __restrict sK,
                 double* __restrict room, double* __restrict magnitude, double* __restrict which)
{
    for (Eigen::Index b = 0; b < m; ++b) {
        const double slope = s[b] + factor * sK[b];
        const double post = flow[b] + factor * flowK[b];
        const double steep = std::abs(slope);
        const double left = rating - std::copysign(1.0, slope) * post; // ±0 is never tighter
        const bool tighter =
            (steep > kSensitivityTolerance) & (left * magnitude[b] < room[b] * steep);
        room[b] = tighter ? left : room[b];
        magnitude[b] = tighter ? steep : magnitude[b];
        which[b] = tighter ? branch : which[b];
    }
}

// The tightest branch of each of `Count` outages for every bus of the batch, swept together:
// one pass over the branches, each LODF entry read once for the whole batch.
template <int Count, typename Matrix>
void sweepColumns(const DcNetwork& network, const Matrix& lodf, const Rows& flow, const Rows& s,
                  const int* outages, Tightest* tightest)
{
    const Eigen::Index m = s.cols();
    const typename Matrix::Scalar* columns[Count];
    for (int j = 0; j < Count; ++j) {
        columns[j] = lodf.col(outages[j]).data();
        tightest[j] = {std::vector<double>(m, kUnlimited), std::vector<double>(m, 1.0),
                       std::vector<double>(m, -1.0)};
    }
    for (int l = 0; l < network.branchCount(); ++l)
        for (int j = 0; j < Count; ++j)
            tightenPair(m, network.ratingMw[l], l, columns[j][l], &flow(l, 0), &s(l, 0),
                        &flow(outages[j], 0), &s(outages[j], 0), tightest[j].room.data(),
                        tightest[j].magnitude.data(), tightest[j].branch.data());
}

// Folds the tightest pairs of `Count` outages into each bus's limit.
template <int Count>
void foldLimits(const Tightest* tightest, const int* outages, std::vector<Limit>& best)
{
    for (int j = 0; j < Count; ++j)
        for (std::size_t b = 0; b < best.size(); ++b) {
            if (tightest[j].branch[b] < 0.0)
                continue;
            const Limit limit{tightest[j].room[b] / tightest[j].magnitude[b], outages[j],
                              static_cast<int>(tightest[j].branch[b])};
            if (limit.tighterThan(best[b]))
                best[b] = limit;
        }
}

// The tightest limit of each bus over `outages`, from the stored LODF matrix (double or float).
template <typename Matrix>
void outageLimits(const DcNetwork& network, const Matrix& lodf, const Rows& flow, const Rows& s,
                  const std::vector<int>& outages, std::vector<Limit>& best)
{
    Tightest tightest[kColumnGroup];
    std::size_t g = 0;
    for (; g + kColumnGroup <= outages.size(); g += kColumnGroup) {
        sweepColumns<kColumnGroup>(network, lodf, flow, s, &outages[g], tightest);
        foldLimits<kColumnGroup>(tightest, &outages[g], best);
    }
    for (; g < outages.size(); ++g) {
        sweepColumns<1>(network, lodf, flow, s, &outages[g], tightest);
        foldLimits<1>(tightest, &outages[g], best);
    }
}

// The tightest limit of each bus over the outages [first, last).
std::vector<Limit> rangeLimits(const DcNetwork& network, const Lodf& lodf, const Rows& flow,
                               const Rows& s, int first, int last)
{
    std::vector<int> outages;
    for (int k = first; k < last; ++k)
        if (!lodf.separates[k])
            outages.push_back(k);
    std::vector<Limit> best(s.cols());
    if (lodf.isFloat32())
        outageLimits(network, lodf.matrixF32, flow, s, outages, best);
    else
        outageLimits(network, lodf.matrix, flow, s, outages, best);
    return best;
}

Limit baseCaseLimit(const DcNetwork& network, const Rows& flow, const Rows& s, Eigen::Index b)
{
    Limit best;
    for (int l = 0; l < network.branchCount(); ++l) {
        const double magnitude = std::abs(s(l, b));
        const double room = network.ratingMw[l] - (s(l, b) >= 0.0 ? flow(l, b) : -flow(l, b));
        if (magnitude > kSensitivityTolerance && room / magnitude < best.mw)
            best = {room / magnitude, -1, l};
    }
    return best;
}

std::vector<Limit> tighterOf(std::vector<Limit> a, const std::vector<Limit>& b)
{
    for (std::size_t i = 0; i < a.size(); ++i)
        if (b[i].tighterThan(a[i]))
            a[i] = b[i];
    return a;
}

// Hosting of one batch of buses: base case, then every screened outage in parallel.
void hostBatch(const DcNetwork& network, const Lodf& lodf, const Rows& flow, const Rows& s,
               const int* buses, HostingResult* results, const StudyControl& control)
{
    std::vector<Limit> base(s.cols());
    for (Eigen::Index b = 0; b < s.cols(); ++b)
        base[b] = baseCaseLimit(network, flow, s, b);
    const std::vector<Limit> worst = tbb::parallel_reduce(
        tbb::blocked_range<int>(0, network.branchCount(), kOutageGrain), base,
        [&](const tbb::blocked_range<int>& r, std::vector<Limit> best) {
            if (control.cancelled())
                return best;
            return tighterOf(std::move(best),
                             rangeLimits(network, lodf, flow, s, r.begin(), r.end()));
        },
        [](const std::vector<Limit>& a, const std::vector<Limit>& b) { return tighterOf(a, b); });
    for (Eigen::Index b = 0; b < s.cols(); ++b) {
        results[b] = {buses[b], std::max(worst[b].mw, 0.0), worst[b].branch, worst[b].outage};
        if (!std::isfinite(results[b].hostingMw))
            results[b].limitingBranch = results[b].limitingOutage = -1;
    }
}

} // namespace

std::vector<HostingResult> hostingCapacities(const DcNetwork& network, const Lodf& lodf,
                                             const Eigen::MatrixXd& flowMw,
                                             const Eigen::MatrixXd& sensitivities,
                                             const std::vector<int>& buses,
                                             const StudyControl& control)
{
    const Eigen::Index count = Eigen::Index(buses.size());
    std::vector<HostingResult> results(buses.size());
    for (Eigen::Index first = 0; first < count; first += kBusBatch) {
        const Eigen::Index m = std::min<Eigen::Index>(kBusBatch, count - first);
        const Rows flow = flowMw.middleCols(first, m), s = sensitivities.middleCols(first, m);
        hostBatch(network, lodf, flow, s, &buses[first], &results[first], control);
        if (control.cancelled())
            throw StudyCancelled();
        control.report(double(first + m) / double(count));
    }
    return results;
}

HostingResult hostingCapacity(const DcNetwork& network, const Lodf& lodf,
                              const Eigen::VectorXd& flowMw, const Eigen::VectorXd& sensitivity,
                              int bus)
{
    return hostingCapacities(network, lodf, flowMw, sensitivity, {bus}, StudyControl{}).front();
}

Eigen::MatrixXd withdrawalSensitivities(const DcNetwork& network, const DcSolver& solver,
                                        const Eigen::VectorXd& weights,
                                        const std::vector<int>& buses)
{
    Eigen::MatrixXd s = -ptdfColumns(network, solver, buses);
    s.colwise() += ptdfOfWeights(network, solver, weights);
    return s;
}

std::vector<HostingResult> hostingCapacities(const DcNetwork& network, const DcSolver& solver,
                                             const Lodf& lodf, const Eigen::VectorXd& flowMw,
                                             const Eigen::VectorXd& weights,
                                             const std::vector<int>& buses,
                                             const StudyControl& control)
{
    const Eigen::MatrixXd s = withdrawalSensitivities(network, solver, weights, buses);
    const Eigen::MatrixXd flows = flowMw.replicate(1, Eigen::Index(buses.size()));
    return hostingCapacities(network, lodf, flows, s, buses, control);
}

} // namespace gpuplan
