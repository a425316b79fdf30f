// SPDX-License-Identifier: MIT
#include "ContingencyScreening.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <type_traits>

namespace gpuplan {
namespace {

constexpr int kOutageBlock = 64; // screened outages per task

// Outage columns swept together over a chunk of branches. Eight concurrent column streams keep
// more loads in flight than four, which is what a core's share of memory bandwidth rewards
// (1.2 -> 0.85 ns per pair on the 2,000-bus bench); sixteen overrun the prefetchers.
constexpr int kColumnsPerPass = 8;

// LODF blocks computed and screened per task when the LODF is not stored: 256 outages, so that
// the per-task worst arrays ([nl] each) stay a few per cent of the stored LODF they replace.
constexpr int kLodfBlocksPerTask = 16;

// Branches swept per pass: their flows and worst (64 KB) stay in L2 cache while every outage
// column of the task streams past once, in runs long enough for the hardware prefetcher.
constexpr int kBranchChunk = 2048;

// Per-branch worst of one block of outages, and which outage gives it as a tag: outage + 1, 0
// for none. Outages are swept in ascending order, so the outage that last raised the worst has
// the largest tag: a max of tags, cheaper in the sweep than a select. A double, so that the sweep
// stays in one unit.
struct BlockWorst {
    std::vector<double> absMw;
    std::vector<double> outageTag;
};

double tagOf(int outage)
{
    return outage + 1.0;
}

// The post-outage |flow| of branch l after outage k: one expression, so that every sweep and
// every re-reading of a pair agree bit for bit.
template <typename Scalar> double postAbsMw(double flowL, Scalar factor, double flowK)
{
    return std::abs(flowL + double(factor) * flowK);
}

// One outage column over `count` branches (`column` holds their entries): the per-branch worst,
// a larger |flow| wins, so the earlier outage keeps a tie. One select per array and no branches,
// so that GCC vectorises the loop over branches. Outage k's own branch has post-outage flow
// exactly 0 and never counts.
void sweepColumn(const double* __restrict flow, const double* __restrict column, double fk,
                 double tag, int count, double* __restrict worstMw, double* __restrict worstTag)
{
    for (int l = 0; l < count; ++l) {
        const double post = postAbsMw(flow[l], column[l], fk);
        const double before = worstMw[l];
        const double after = std::max(before, post);
        worstTag[l] = after != before ? tag : worstTag[l];
        worstMw[l] = after;
    }
}

// Branch l over `Columns` outage columns, its worst and tag in `worst` and `tag`. The strict
// comparison keeps exactly sweepColumn's rule (a larger |flow| wins, a tie keeps the earlier
// outage); the tag of a pair that raises nothing is 0, which never wins the max.
template <typename Scalar, int Columns>
void sweepBranch(int l, double flow, const Scalar* const* columns, const double* fk,
                 const double* tags, double& worst, double& tag)
{
    for (int j = 0; j < Columns; ++j) {
        const double post = postAbsMw(flow, columns[j][l], fk[j]);
        tag = std::max(tag, post > worst ? tags[j] : 0.0);
        worst = std::max(worst, post);
    }
}

#if defined(__SSE2__)
// Two adjacent entries of a column as doubles.
__m128d pairOf(const double* entries)
{
    return _mm_loadu_pd(entries);
}

__m128d pairOf(const float* entries)
{
    return _mm_cvtps_pd(
        _mm_castsi128_ps(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(entries))));
}

// sweepBranch on two branches at a time, in SSE2 (every x86-64 has it): the same operations in
// the same order, so the same bits. Written out because GCC turns both maxima into
// compare-and-select, twice the instructions of max, and the sweep is bound by them once the
// columns stream. Returns how many branches it swept (an even number).
template <typename Scalar, int Columns>
int sweepBranchPairs(const double* __restrict flow, const Scalar* const* columns, const double* fk,
                     const double* tags, int count, double* __restrict worstMw,
                     double* __restrict worstTag)
{
    const __m128d magnitude = _mm_castsi128_pd(_mm_set1_epi64x(0x7fffffffffffffff));
    __m128d fkPair[Columns], tagPair[Columns];
    for (int j = 0; j < Columns; ++j) {
        fkPair[j] = _mm_set1_pd(fk[j]);
        tagPair[j] = _mm_set1_pd(tags[j]);
    }
    int l = 0;
    for (; l + 2 <= count; l += 2) {
        const __m128d f = _mm_loadu_pd(flow + l);
        __m128d worst = _mm_loadu_pd(worstMw + l), tag = _mm_loadu_pd(worstTag + l);
        for (int j = 0; j < Columns; ++j) {
            const __m128d shift = _mm_mul_pd(pairOf(columns[j] + l), fkPair[j]);
            const __m128d post = _mm_and_pd(_mm_add_pd(f, shift), magnitude);
            tag = _mm_max_pd(tag, _mm_and_pd(_mm_cmplt_pd(worst, post), tagPair[j]));
            worst = _mm_max_pd(post, worst); // worst on a tie or NaN, as std::max(worst, post)
        }
        _mm_storeu_pd(worstMw + l, worst);
        _mm_storeu_pd(worstTag + l, tag);
    }
    return l;
}
#endif

// `Columns` outage columns of the stored matrix over `count` branches in one pass, the worst held
// in registers: one load and store of `worstMw`/`worstTag` per pass rather than per pair.
template <typename Scalar, int Columns>
void sweepColumns(const double* __restrict flow, const Scalar* const* columns, const double* fk,
                  const double* tags, int count, double* __restrict worstMw,
                  double* __restrict worstTag)
{
    int l = 0;
#if defined(__SSE2__)
    l = sweepBranchPairs<Scalar, Columns>(flow, columns, fk, tags, count, worstMw, worstTag);
#endif
    for (; l < count; ++l)
        sweepBranch<Scalar, Columns>(l, flow[l], columns, fk, tags, worstMw[l], worstTag[l]);
}

// Column entries of branches [first, last) as contiguous doubles: the stored double column
// itself, else converted (float) or gathered (a computed block) into `buffer` [kBranchChunk].
template <typename Scalar, int Stride>
const double* chunkOf(const Scalar* column, int first, int last, double* buffer)
{
    if constexpr (std::is_same_v<Scalar, double> && Stride == 1)
        return column + first;
    for (int l = first; l < last; ++l)
        buffer[l - first] = double(column[l * Stride]);
    return buffer;
}

// Screens `count` outages, chunk of branches by chunk. `columnOf(k)` gives outage k's column,
// whose entry for branch l is at [l * Stride]: Stride 1 for the stored matrix, kLodfBlock for a
// row-major block as it is computed; Scalar is the stored precision, arithmetic is double. A
// branch whose worst over these outages is inside the loaded band (rare) is read again for
// its pairs, in branch order, so every outage's slot lists its pairs by branch.
template <typename Scalar, int Stride, typename ColumnOf>
void screenOutages(const Eigen::VectorXd& flow, const double* rooms, const int* outages, int count,
                   ColumnOf columnOf, BlockWorst& worst,
                   std::vector<std::vector<LoadedPair>>& slots)
{
    const int nl = static_cast<int>(flow.size());
    double buffer[kBranchChunk];
    for (int first = 0; first < nl; first += kBranchChunk) {
        const int last = std::min(nl, first + kBranchChunk);
        int next = 0; // the first outage not yet swept over this chunk
        if constexpr (Stride == 1) {
            for (; next + kColumnsPerPass <= count; next += kColumnsPerPass) {
                const Scalar* columns[kColumnsPerPass];
                double fk[kColumnsPerPass];
                double tags[kColumnsPerPass];
                for (int i = 0; i < kColumnsPerPass; ++i) {
                    columns[i] = columnOf(outages[next + i]) + first;
                    fk[i] = flow[outages[next + i]];
                    tags[i] = tagOf(outages[next + i]);
                }
                sweepColumns<Scalar, kColumnsPerPass>(flow.data() + first, columns, fk, tags,
                                                      last - first, worst.absMw.data() + first,
                                                      worst.outageTag.data() + first);
            }
        }
        for (; next < count; ++next) {
            const int k = outages[next];
            sweepColumn(flow.data() + first,
                        chunkOf<Scalar, Stride>(columnOf(k), first, last, buffer), flow[k],
                        tagOf(k), last - first, worst.absMw.data() + first,
                        worst.outageTag.data() + first);
        }
        for (int l = first; l < last; ++l)
            for (int j = 0; j < count && !(worst.absMw[l] <= rooms[l]); ++j) {
                const int k = outages[j];
                const double post = flow[l] + double(columnOf(k)[l * Stride]) * flow[k];
                if (l != k && std::abs(post) > rooms[l])
                    slots[k + 1].push_back({l, k, post});
            }
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
        if (block.outageTag[l] > 0.0 &&
            (result.worstOutage[l] < 0 || block.absMw[l] > result.worstAbsMw[l])) {
            result.worstAbsMw[l] = block.absMw[l];
            result.worstOutage[l] = static_cast<int>(block.outageTag[l]) - 1;
        }
}

void finish(const DcNetwork& network, const std::vector<char>& separates,
            const Eigen::VectorXd& flowMw, const std::vector<BlockWorst>& worst,
            std::vector<std::vector<LoadedPair>>& slots, ContingencyResult& result)
{
    const int nl = network.branchCount();
    result.worstAbsMw.assign(nl, 0.0);
    result.worstOutage.assign(nl, -1);
    for (int l = 0; l < nl; ++l)
        result.worstAbsMw[l] = std::abs(flowMw[l]);
    for (const BlockWorst& block : worst)
        mergeWorst(block, result);
    for (int k = 0; k < nl; ++k)
        if (separates[k])
            result.separations.push_back(k);
    for (const std::vector<LoadedPair>& slot : slots)
        for (const LoadedPair& pair : slot) {
            result.loaded.push_back(pair);
            if (pair.outage >= 0 && std::abs(pair.flowMw) > network.ratingMw[pair.branch])
                result.overloads.push_back(
                    {pair.branch, pair.outage, pair.flowMw, network.ratingMw[pair.branch]});
        }
}

// Worst starts at 0 with no outage: an outage's own branch (post-outage flow exactly 0) never
// counts.
BlockWorst freshWorst(int branches)
{
    return {std::vector<double>(branches, 0.0), std::vector<double>(branches, 0.0)};
}

// Screens `count` outages of the stored LODF into `worst` and their slots.
void screenBlock(const Lodf& lodf, const Eigen::VectorXd& flow, const std::vector<double>& rooms,
                 const int* outages, int count, BlockWorst& worst,
                 std::vector<std::vector<LoadedPair>>& slots)
{
    worst = freshWorst(static_cast<int>(flow.size()));
    if (lodf.isFloat32())
        screenOutages<float, 1>(
            flow, rooms.data(), outages, count, [&](int k) { return lodf.matrixF32.col(k).data(); },
            worst, slots);
    else
        screenOutages<double, 1>(
            flow, rooms.data(), outages, count, [&](int k) { return lodf.matrix.col(k).data(); },
            worst, slots);
}

// Computes and screens the LODF blocks [first, last) one at a time, each while it is in cache.
void computeAndScreen(const DcNetwork& network, const DcSolver& solver, const Eigen::VectorXd& flow,
                      const std::vector<double>& rooms, int first, int last, char* separates,
                      BlockWorst& worst, std::vector<std::vector<LoadedPair>>& slots)
{
    thread_local LodfRows block;
    const int nl = network.branchCount();
    worst = freshWorst(nl);
    for (int b = first; b < last; ++b) {
        const int k0 = b * kLodfBlock, count = std::min(kLodfBlock, nl - k0);
        lodfBlock(network, solver, k0, count, block, separates + k0);
        int outages[kLodfBlock], screened = 0;
        for (int j = 0; j < count; ++j)
            if (!separates[k0 + j])
                outages[screened++] = k0 + j;
        screenOutages<double, kLodfBlock>(
            flow, rooms.data(), outages, screened, [&](int k) { return block.data() + (k - k0); },
            worst, slots);
    }
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
            screenBlock(lodf, flowMw, rooms, outages.data() + first,
                        std::min(kOutageBlock, screened - first), worst[b], slots);
            control.report(double(++done) / blocks);
        }
    });
    if (control.cancelled())
        throw StudyCancelled();
    ContingencyResult result;
    finish(network, lodf.separates, flowMw, worst, slots, result);
    return result;
}

ContingencyResult screenN1(const DcNetwork& network, const DcSolver& solver,
                           const Eigen::VectorXd& flowMw, const StudyControl& control,
                           LoadedPairBand band)
{
    const int nl = network.branchCount();
    const int lodfBlocks = (nl + kLodfBlock - 1) / kLodfBlock;
    const int tasks = (lodfBlocks + kLodfBlocksPerTask - 1) / kLodfBlocksPerTask;
    const std::vector<double> rooms = roomsOf(network, band);
    std::vector<char> separates(nl, 0);
    std::vector<BlockWorst> worst(tasks);
    std::vector<std::vector<LoadedPair>> slots(nl + 1); // slot 0: the base case
    collectBaseCase(flowMw, rooms, slots[0]);
    std::atomic<int> done{0};
    tbb::parallel_for(tbb::blocked_range<int>(0, tasks), [&](const tbb::blocked_range<int>& r) {
        for (int t = r.begin(); t != r.end(); ++t) {
            if (control.cancelled())
                return;
            const int first = t * kLodfBlocksPerTask;
            computeAndScreen(network, solver, flowMw, rooms, first,
                             std::min(lodfBlocks, first + kLodfBlocksPerTask), separates.data(),
                             worst[t], slots);
            control.report(double(++done) / tasks);
        }
    });
    if (control.cancelled())
        throw StudyCancelled();
    ContingencyResult result;
    finish(network, separates, flowMw, worst, slots, result);
    return result;
}

} // namespace gpuplan
