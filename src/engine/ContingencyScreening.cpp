// SPDX-License-Identifier: MIT
#include "ContingencyScreening.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

namespace gpuplan {
namespace {

constexpr int kOutageBlock = 64; // screened outages per task (a multiple of the column group)

constexpr int kColumnGroup = 8; // outages swept together: one pass over the branch arrays

// Per-branch worst of one block of outages.
struct BlockWorst {
    std::vector<double> absMw;
    std::vector<double> outage; // a double, so that the selects in the sweep stay in one unit
};

constexpr int kBranchChunk = 256; // branches swept before the loaded-band flags are read

// Pairs of outage k inside the loaded band among branches [first, last).
void collectLoaded(const Eigen::VectorXd& flow, const double* column, const double* rooms, int k,
                   int first, int last, std::vector<LoadedPair>& slot)
{
    for (int l = first; l < last; ++l) {
        const double post = flow[l] + column[l] * flow[k];
        if (l != k && std::abs(post) > rooms[l])
            slot.push_back({l, k, post});
    }
}

// Sweeps `Count` outage columns at once, reading each branch's flow, room and worst once for all
// of them. The loaded band is only flagged in the sweep (a branch there would slow it down
// several times); flagged chunks of branches are read again for their pairs, which is rare.
template <int Count>
void screenColumns(const Eigen::VectorXd& flow, const Lodf& lodf, const double* rooms,
                   const int* outages, BlockWorst& worst,
                   std::vector<std::vector<LoadedPair>>& slots)
{
    const double* columns[Count];
    double fk[Count], index[Count];
    for (int j = 0; j < Count; ++j) {
        columns[j] = lodf.matrix.col(outages[j]).data();
        fk[j] = flow[outages[j]];
        index[j] = outages[j];
    }
    double* worstMw = worst.absMw.data();
    double* worstOutage = worst.outage.data();
    const int nl = static_cast<int>(flow.size());
    for (int first = 0; first < nl; first += kBranchChunk) {
        const int last = std::min(nl, first + kBranchChunk);
        bool flagged[Count] = {};
        for (int l = first; l < last; ++l) {
            const double fl = flow[l], room = rooms[l];
            double mw = worstMw[l], by = worstOutage[l];
            for (int j = 0; j < Count; ++j) {
                const double post = std::abs(fl + columns[j][l] * fk[j]);
                by = post > mw ? index[j] : by;
                mw = post > mw ? post : mw;
                flagged[j] |= post > room;
            }
            worstMw[l] = mw;
            worstOutage[l] = by;
        }
        for (int j = 0; j < Count; ++j)
            if (flagged[j])
                collectLoaded(flow, columns[j], rooms, outages[j], first, last,
                              slots[outages[j] + 1]);
    }
}

// Pairs of the base case inside the loaded band.
void collectBaseCase(const Eigen::VectorXd& flow, const std::vector<double>& rooms,
                     std::vector<LoadedPair>& slot)
{
    for (int l = 0; l < flow.size(); ++l)
        if (std::abs(flow[l]) > rooms[l])
            slot.push_back({l, -1, flow[l]});
}

// The flow above which a pair counts as loaded, per branch: the rating less
// max(share × rating, mw); +inf for an unrated branch.
std::vector<double> roomsOf(const DcNetwork& network, LoadedPairBand band)
{
    std::vector<double> rooms(network.branchCount());
    for (int l = 0; l < network.branchCount(); ++l) {
        const double rating = network.ratingMw[l];
        rooms[l] = std::isfinite(rating) ? rating - std::max({band.share * rating, band.mw, 0.0})
                                         : std::numeric_limits<double>::infinity();
    }
    return rooms;
}

// Block results merged in block order: a larger value wins, a tie keeps the earlier outage.
void mergeWorst(const BlockWorst& block, ContingencyResult& result)
{
    for (std::size_t l = 0; l < block.absMw.size(); ++l)
        if (block.outage[l] >= 0 &&
            (result.worstOutage[l] < 0 || block.absMw[l] > result.worstAbsMw[l])) {
            result.worstAbsMw[l] = block.absMw[l];
            result.worstOutage[l] = static_cast<int>(block.outage[l]);
        }
}

void finish(const DcNetwork& network, const Lodf& lodf, const Eigen::VectorXd& flowMw,
            const std::vector<BlockWorst>& worst, std::vector<std::vector<LoadedPair>>& slots,
            ContingencyResult& result)
{
    const int nl = network.branchCount();
    result.worstAbsMw.assign(nl, 0.0);
    result.worstOutage.assign(nl, -1);
    for (int l = 0; l < nl; ++l)
        result.worstAbsMw[l] = std::abs(flowMw[l]);
    for (const BlockWorst& block : worst)
        mergeWorst(block, result);
    for (int k = 0; k < nl; ++k)
        if (lodf.separates[k])
            result.separations.push_back(k);
    for (const std::vector<LoadedPair>& slot : slots)
        for (const LoadedPair& pair : slot) {
            result.loaded.push_back(pair);
            if (pair.outage >= 0 && std::abs(pair.flowMw) > network.ratingMw[pair.branch])
                result.overloads.push_back(
                    {pair.branch, pair.outage, pair.flowMw, network.ratingMw[pair.branch]});
        }
}

// Screens the outages [first, last) into `worst` and their slots.
void screenBlock(const DcNetwork& network, const Lodf& lodf, const Eigen::VectorXd& flow,
                 const std::vector<double>& rooms, const int* outages, int count, BlockWorst& worst,
                 std::vector<std::vector<LoadedPair>>& slots)
{
    // Worst starts at 0 with no outage: an outage's own branch (post-outage flow exactly 0)
    // never counts.
    worst = {std::vector<double>(network.branchCount(), 0.0),
             std::vector<double>(network.branchCount(), -1.0)};
    int g = 0;
    for (; g + kColumnGroup <= count; g += kColumnGroup)
        screenColumns<kColumnGroup>(flow, lodf, rooms.data(), outages + g, worst, slots);
    for (; g < count; ++g)
        screenColumns<1>(flow, lodf, rooms.data(), outages + g, worst, slots);
}

} // namespace

ContingencyResult screenN1(const DcNetwork& network, const Lodf& lodf,
                           const Eigen::VectorXd& flowMw, const StudyControl& control,
                           LoadedPairBand band)
{
    const int nl = network.branchCount();
    std::vector<int> outages; // screened: every outage that does not island the network
    for (int k = 0; k < nl; ++k)
        if (!lodf.separates[k])
            outages.push_back(k);
    const int screened = static_cast<int>(outages.size());
    const int blocks = (screened + kOutageBlock - 1) / kOutageBlock;
    const std::vector<double> rooms = roomsOf(network, band);
    std::vector<BlockWorst> worst(blocks);
    std::vector<std::vector<LoadedPair>> slots(nl + 1); // slot 0: the base case
    collectBaseCase(flowMw, rooms, slots[0]);
    std::atomic<int> done{0};
    tbb::parallel_for(tbb::blocked_range<int>(0, blocks), [&](const tbb::blocked_range<int>& r) {
        for (int b = r.begin(); b != r.end(); ++b) {
            if (control.cancelled())
                return;
            const int first = b * kOutageBlock;
            screenBlock(network, lodf, flowMw, rooms, outages.data() + first,
                        std::min(kOutageBlock, screened - first), worst[b], slots);
            control.report(double(++done) / blocks);
        }
    });
    if (control.cancelled())
        throw StudyCancelled();
    ContingencyResult result;
    finish(network, lodf, flowMw, worst, slots, result);
    return result;
}

} // namespace gpuplan
