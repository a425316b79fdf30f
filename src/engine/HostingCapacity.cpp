// SPDX-License-Identifier: MIT
#include "HostingCapacity.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tbb/blocked_range.h>
#include <tbb/parallel_reduce.h>
#include <tuple>
#include <utility>

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

// Every this many screened outages are swept first, without pruning, for a first bound on each
// bus's limit (a sixteenth of the work), which the full sweep then prunes against.
constexpr int kProbeStride = 16;

// Relative slack of the pruning bound: far above double round-off (about 1e-16 per operation on
// the same magnitudes), so no pair that could limit a bus is pruned, and far below any margin a
// planner reads.
constexpr double kPruneSlack = 1e-9;

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

// Whether pair (l, k) can limit no bus of the batch: every bus's post-outage flow at its bound,
// h_l + LODF(l, k) h_k, stays below the rating (see flowReach).
bool prunable(double rating, double reachL, double reachK, double factor)
{
    return reachL + std::abs(factor) * reachK < rating * (1.0 - kPruneSlack);
}

// The tightest branch of each of `Count` outages for every bus of the batch, swept together:
// one pass over the branches, each LODF entry read once for the whole batch. Pairs that
// `reach` proves cannot limit any bus are skipped.
template <int Count, typename Matrix>
void sweepColumns(const DcNetwork& network, const Matrix& lodf, const Rows& flow, const Rows& s,
                  const double* reach, const int* outages, Tightest* tightest)
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
            if (!prunable(network.ratingMw[l], reach[l], reach[outages[j]], columns[j][l]))
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
                  const double* reach, const int* outages, int count, std::vector<Limit>& best)
{
    Tightest tightest[kColumnGroup];
    int g = 0;
    for (; g + kColumnGroup <= count; g += kColumnGroup) {
        sweepColumns<kColumnGroup>(network, lodf, flow, s, reach, &outages[g], tightest);
        foldLimits<kColumnGroup>(tightest, &outages[g], best);
    }
    for (; g < count; ++g) {
        sweepColumns<1>(network, lodf, flow, s, reach, &outages[g], tightest);
        foldLimits<1>(tightest, &outages[g], best);
    }
}

// The tightest limit of each bus over `count` outages.
std::vector<Limit> listLimits(const DcNetwork& network, const Lodf& lodf, const Rows& flow,
                              const Rows& s, const double* reach, const int* outages, int count)
{
    std::vector<Limit> best(s.cols());
    if (lodf.isFloat32())
        outageLimits(network, lodf.matrixF32, flow, s, reach, outages, count, best);
    else
        outageLimits(network, lodf.matrix, flow, s, reach, outages, count, best);
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

// `bound` tightened by `outages`, in parallel. Any split gives the same answer (a total order).
std::vector<Limit> tightenedBy(const DcNetwork& network, const Lodf& lodf, const Rows& flow,
                               const Rows& s, const std::vector<double>& reach,
                               const std::vector<int>& outages, std::vector<Limit> bound,
                               const StudyControl& control)
{
    return tbb::parallel_reduce(
        tbb::blocked_range<int>(0, int(outages.size()), kOutageGrain), std::move(bound),
        [&](const tbb::blocked_range<int>& r, std::vector<Limit> best) {
            if (control.cancelled())
                return best;
            return tighterOf(std::move(best), listLimits(network, lodf, flow, s, reach.data(),
                                                         &outages[r.begin()], int(r.size())));
        },
        [](const std::vector<Limit>& a, const std::vector<Limit>& b) { return tighterOf(a, b); });
}

// Per branch l, a bound over the batch of |h_l| + round-off, where h = f + μ s is each bus's
// flow at a little over its limit so far μ. A pair (l, k) can bring a bus's limit below μ only
// if its post-outage flow at μ, h_l + LODF(l, k) h_k, reaches the rating (the limit is where it
// does). +inf everywhere while some bus is unbounded.
std::vector<double> flowReach(const Rows& flow, const Rows& s, const std::vector<Limit>& bound)
{
    std::vector<double> reach(flow.rows(), 0.0);
    for (Eigen::Index b = 0; b < s.cols(); ++b) {
        const double mu = bound[b].mw + kPruneSlack * std::abs(bound[b].mw);
        if (!std::isfinite(mu))
            return std::vector<double>(flow.rows(), kUnlimited);
        for (Eigen::Index l = 0; l < flow.rows(); ++l) {
            const double roundOff = kPruneSlack * (std::abs(flow(l, b)) + std::abs(mu * s(l, b)));
            reach[l] = std::max(reach[l], std::abs(flow(l, b) + mu * s(l, b)) + roundOff);
        }
    }
    return reach;
}

// Screened outages, and every kProbeStride-th of them.
std::pair<std::vector<int>, std::vector<int>> screenedOutages(const Lodf& lodf)
{
    std::vector<int> all, probe;
    for (int k = 0; k < int(lodf.separates.size()); ++k)
        if (!lodf.separates[k]) {
            if (all.size() % kProbeStride == 0)
                probe.push_back(k);
            all.push_back(k);
        }
    return {all, probe};
}

// Hosting of one batch of buses: the base case, a probe of the outages for a first bound, then
// every screened outage in parallel, pruned against that bound. The pruning only skips pairs
// whose limit lies above the bound, so the tightest pair and its MW are those of a full sweep.
void hostBatch(const DcNetwork& network, const Lodf& lodf, const Rows& flow, const Rows& s,
               const int* buses, HostingResult* results, const StudyControl& control)
{
    std::vector<Limit> base(s.cols());
    for (Eigen::Index b = 0; b < s.cols(); ++b)
        base[b] = baseCaseLimit(network, flow, s, b);
    const auto [outages, probe] = screenedOutages(lodf);
    const std::vector<double> unpruned(flow.rows(), kUnlimited);
    std::vector<Limit> bound =
        tightenedBy(network, lodf, flow, s, unpruned, probe, std::move(base), control);
    const std::vector<double> reach = flowReach(flow, s, bound);
    const std::vector<Limit> worst =
        tightenedBy(network, lodf, flow, s, reach, outages, std::move(bound), control);
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
