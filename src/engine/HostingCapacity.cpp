// SPDX-License-Identifier: MIT
#include "HostingCapacity.h"

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

constexpr int kColumnGroup = 8; // outages swept together: one pass over the branch arrays

// The tightest (branch, outage) of `Count` outage columns, swept together. A branch limits at
// (R - sign(S) F) / |S| for post-outage flow F and sensitivity S; the division is done only for a
// candidate that beats the column's best so far (num < best |S|), which is rare once a column
// has found its limiting branch. Negative rooms (over rating and made worse) are kept, so that a
// bus with no room names the most violated pair; the caller clamps to 0.
template <int Count>
void sweepColumns(const DcNetwork& network, const Lodf& lodf, const Eigen::VectorXd& flow,
                  const Eigen::VectorXd& s, const int* outages, Limit* best)
{
    const double* columns[Count];
    double fk[Count], sk[Count], least[Count];
    int branch[Count];
    for (int j = 0; j < Count; ++j) {
        columns[j] = lodf.matrix.col(outages[j]).data();
        fk[j] = flow[outages[j]];
        sk[j] = s[outages[j]];
        least[j] = kUnlimited;
        branch[j] = -1;
    }
    const double* rating = network.ratingMw.data();
    for (int l = 0; l < network.branchCount(); ++l) {
        const double fl = flow[l], sl = s[l], rl = rating[l];
        for (int j = 0; j < Count; ++j) {
            const double slope = sl + columns[j][l] * sk[j];
            const double post = fl + columns[j][l] * fk[j];
            const double magnitude = std::abs(slope);
            const double room = rl - (slope >= 0.0 ? post : -post);
            if (magnitude > kSensitivityTolerance && room < least[j] * magnitude &&
                room / magnitude < least[j]) {
                least[j] = room / magnitude;
                branch[j] = l;
            }
        }
    }
    for (int j = 0; j < Count; ++j)
        if (branch[j] >= 0)
            best[j] = {least[j], outages[j], branch[j]};
}

Limit baseCaseLimit(const DcNetwork& network, const Eigen::VectorXd& flow, const Eigen::VectorXd& s)
{
    Limit best;
    for (int l = 0; l < network.branchCount(); ++l) {
        const double magnitude = std::abs(s[l]);
        const double room = network.ratingMw[l] - (s[l] >= 0.0 ? flow[l] : -flow[l]);
        if (magnitude > kSensitivityTolerance && room / magnitude < best.mw)
            best = {room / magnitude, -1, l};
    }
    return best;
}

// The tightest limit over the outages [first, last).
Limit rangeLimit(const DcNetwork& network, const Lodf& lodf, const Eigen::VectorXd& flow,
                 const Eigen::VectorXd& s, int first, int last)
{
    std::vector<int> outages;
    for (int k = first; k < last; ++k)
        if (!lodf.separates[k])
            outages.push_back(k);
    std::vector<Limit> limits(outages.size());
    for (std::size_t g = 0; g < outages.size(); g += kColumnGroup) {
        if (outages.size() - g >= std::size_t(kColumnGroup))
            sweepColumns<kColumnGroup>(network, lodf, flow, s, &outages[g], &limits[g]);
        else
            for (std::size_t j = g; j < outages.size(); ++j)
                sweepColumns<1>(network, lodf, flow, s, &outages[j], &limits[j]);
    }
    Limit best;
    for (const Limit& limit : limits)
        if (limit.tighterThan(best))
            best = limit;
    return best;
}

} // namespace

HostingResult hostingCapacity(const DcNetwork& network, const Lodf& lodf,
                              const Eigen::VectorXd& flowMw, const Eigen::VectorXd& sensitivity,
                              int bus)
{
    const Limit base = baseCaseLimit(network, flowMw, sensitivity);
    const Limit worst = tbb::parallel_reduce(
        tbb::blocked_range<int>(0, network.branchCount(), kOutageGrain), base,
        [&](const tbb::blocked_range<int>& r, Limit best) {
            const Limit candidate =
                rangeLimit(network, lodf, flowMw, sensitivity, r.begin(), r.end());
            return candidate.tighterThan(best) ? candidate : best;
        },
        [](const Limit& a, const Limit& b) { return b.tighterThan(a) ? b : a; });
    HostingResult result{bus, std::max(worst.mw, 0.0), worst.branch, worst.outage};
    if (!std::isfinite(result.hostingMw))
        result.limitingBranch = result.limitingOutage = -1;
    return result;
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
    std::vector<HostingResult> results;
    for (std::size_t j = 0; j < buses.size(); ++j) {
        if (control.cancelled())
            throw StudyCancelled();
        results.push_back(hostingCapacity(network, lodf, flowMw, s.col(Eigen::Index(j)), buses[j]));
        control.report(double(j + 1) / double(buses.size()));
    }
    return results;
}

} // namespace gpuplan
