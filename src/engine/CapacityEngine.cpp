// SPDX-License-Identifier: MIT
#include "CapacityEngine.h"

#include "ContingencyScreening.h"
#include "HostingCapacity.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tbb/parallel_for.h>

namespace gpuplan {
namespace {

constexpr double kPercent = 100.0;

Reason reasonOf(ReasonKind kind, FeasibilityStatus severity, double value = 0.0, double limit = 0.0)
{
    Reason reason;
    reason.kind = kind;
    reason.severity = severity;
    reason.value = value;
    reason.limit = limit;
    return reason;
}

void addReason(SiteEvaluation& site, Reason reason)
{
    site.status = std::max(site.status, reason.severity);
    site.reasons.push_back(std::move(reason));
}

// Infeasible over the limit, at risk within `margin` of it; nothing below, or without a limit.
std::optional<FeasibilityStatus> against(double value, double limit, double margin)
{
    if (!(limit >= 0.0) || std::isinf(limit) || value <= 0.0)
        return std::nullopt;
    if (value > limit)
        return FeasibilityStatus::Infeasible;
    if (value > (1.0 - margin) * limit)
        return FeasibilityStatus::AtRisk;
    return std::nullopt;
}

void addLimitReason(SiteEvaluation& site, ReasonKind kind, double value, double limit,
                    double margin, const std::string& subject = {})
{
    if (auto severity = against(value, limit, margin)) {
        Reason reason = reasonOf(kind, *severity, value, limit);
        reason.subject = subject;
        reason.marginShare = margin;
        addReason(site, std::move(reason));
    }
}

bool countsIn(const Allocation& allocation, int year)
{
    return year == 0 || allocation.year <= year;
}

// Timeline and cooling, from the site's allocations counted in the year.
void addAllocationReasons(const Scenario& scenario, const Site& site, int year,
                          SiteEvaluation& result)
{
    const Allocation* early = nullptr;
    const GpuModel* hot = nullptr;
    long long hotGpus = 0;
    for (const Allocation& a : scenario.allocations()) {
        if (a.siteId != site.id || !countsIn(a, year))
            continue;
        result.allocations.push_back({a.organisationId, a.modelId, a.gpus, a.year});
        if (a.year < site.energisationYear && (!early || a.year < early->year))
            early = &a;
        const GpuModel* model = scenario.findGpuModel(a.modelId);
        if (model && !coolingSupports(site.cooling, model->cooling)) {
            hot = hot ? hot : model;
            hotGpus += a.gpus;
        }
    }
    if (early) {
        Reason reason = reasonOf(ReasonKind::Timeline, FeasibilityStatus::Infeasible);
        reason.year = early->year;
        reason.otherYear = site.energisationYear;
        reason.count = result.demand.gpusBeforeEnergisation;
        addReason(result, std::move(reason));
    }
    if (hot) {
        Reason reason = reasonOf(ReasonKind::Cooling, FeasibilityStatus::Infeasible);
        reason.subject = hot->name;
        reason.count = hotGpus;
        addReason(result, std::move(reason));
    }
}

SiteEvaluation evaluateSite(const Scenario& scenario, const Site& site, int year, double margin)
{
    SiteEvaluation result;
    result.siteId = site.id;
    result.name = site.nameKo.empty() ? site.nameEn : site.nameKo;
    result.busId = site.busId;
    result.demand = siteDemand(scenario, site, year);
    result.hostingMw = std::numeric_limits<double>::infinity();
    if (site.connectionLimitMw > 0.0)
        addLimitReason(result, ReasonKind::ConnectionLimit, result.demand.facilityMw,
                       site.connectionLimitMw, margin);
    if (site.maxItMw > 0.0)
        addLimitReason(result, ReasonKind::Space, result.demand.itMw, site.maxItMw, margin);
    addAllocationReasons(scenario, site, year, result);
    return result;
}

std::vector<WaterSourceTotal> addWaterReasons(const Scenario& scenario,
                                              std::vector<SiteEvaluation>& sites, double margin)
{
    std::vector<WaterSourceTotal> totals;
    for (const WaterSource& source : scenario.waterSources()) {
        WaterSourceTotal total{source.id, source.nameKo.empty() ? source.nameEn : source.nameKo,
                               0.0, source.availableM3PerDay};
        for (std::size_t i = 0; i < sites.size(); ++i)
            if (scenario.sites()[i].waterSourceId == source.id)
                total.demandM3PerDay += sites[i].demand.waterM3PerDay;
        for (std::size_t i = 0; i < sites.size(); ++i)
            if (scenario.sites()[i].waterSourceId == source.id &&
                sites[i].demand.waterM3PerDay > 0.0)
                addLimitReason(sites[i], ReasonKind::Water, total.demandM3PerDay,
                               source.availableM3PerDay, margin, total.name);
        totals.push_back(total);
    }
    return totals;
}

// The worst loading a site's withdrawal `loadMw` contributes to among the loaded pairs (base
// case: outage -1): |f| over threshold × rating and the site adds more than the tolerance.
struct Contribution {
    double loading = -1.0; // |f| / rating
    int outage = -1;
    int branch = -1;
};

// Sensitivity of a pair's flow to the bus's withdrawal: s_l + LODF(l, k) s_k.
double pairSlope(const Lodf& lodf, const Eigen::VectorXd& s, const LoadedPair& pair)
{
    return pair.outage < 0 ? s[pair.branch]
                           : s[pair.branch] + lodf.at(pair.branch, pair.outage) * s[pair.outage];
}

Contribution worstContribution(const GridModel& model, const std::vector<LoadedPair>& loaded,
                               const Eigen::VectorXd& s, double loadMw, double threshold)
{
    Contribution worst;
    for (const LoadedPair& pair : loaded) {
        const double rating = model.network.ratingMw[pair.branch];
        const double with = std::abs(pair.flowMw);
        const double without = std::abs(pair.flowMw - pairSlope(model.lodf, s, pair) * loadMw);
        const double loading = with / rating;
        const double tolerance = std::max(kWorsenToleranceMw, kWorsenToleranceShare * rating);
        if (loading > threshold && with - without > tolerance && loading > worst.loading)
            worst = {loading, pair.outage, pair.branch};
    }
    return worst;
}

// Hosting of a bus from the loaded pairs alone (flows without the bus's own load `loadMw`).
// Exact when it is at most `exactUpTo`; above, that value is a lower bound (see
// CapacityEngine::evaluate for the proof).
HostingResult hostingFromLoadedPairs(const GridModel& model, const std::vector<LoadedPair>& loaded,
                                     const Eigen::VectorXd& s, double loadMw, int bus,
                                     double exactUpTo, bool& lowerBound)
{
    HostingResult best{bus, std::numeric_limits<double>::infinity(), -1, -1};
    for (const LoadedPair& pair : loaded) {
        const double slope = pairSlope(model.lodf, s, pair);
        const double flowWithout = pair.flowMw - slope * loadMw;
        const double room =
            model.network.ratingMw[pair.branch] - (slope >= 0.0 ? flowWithout : -flowWithout);
        if (std::abs(slope) > kSensitivityTolerance && room / std::abs(slope) < best.hostingMw)
            best = {bus, room / std::abs(slope), pair.branch, pair.outage};
    }
    lowerBound = !(best.hostingMw <= exactUpTo);
    if (lowerBound)
        best = {bus, exactUpTo, -1, -1};
    best.hostingMw = std::max(best.hostingMw, 0.0);
    return best;
}

} // namespace

std::string branchDisplayName(const Grid& grid, int caseBranch)
{
    const Branch& branch = grid.branches[caseBranch];
    if (!branch.name.empty())
        return branch.name;
    auto busName = [&](int id) {
        const Bus* bus = findBus(grid, id);
        return bus && !bus->name.empty() ? bus->name : "bus " + std::to_string(id);
    };
    const Bus* from = findBus(grid, branch.fromBus);
    const double kv = branch.baseKv > 0.0 ? branch.baseKv : (from ? from->baseKv : 0.0);
    const std::string voltage = kv > 0.0 ? std::to_string(std::lround(kv)) + " kV " : "";
    return voltage + busName(branch.fromBus) + "–" + busName(branch.toBus);
}

std::shared_ptr<const GridModel> buildGridModel(const Grid& grid, int year, SlackPolicy policy,
                                                const StudyControl& control,
                                                LodfPrecision precision)
{
    DcNetwork network = compileDcNetwork(grid, year);
    DcSolver solver(network);
    Lodf lodf = computeLodf(network, solver, control, precision);
    Eigen::VectorXd weights = slackWeights(network, policy);
    Eigen::VectorXd shared = ptdfOfWeights(network, solver, weights);
    const double maxAbsLodf = lodf.maxAbs();
    DcFlowResult flow = solveDcFlow(network, solver, {}, policy);
    std::vector<std::string> names, namesKo, busNames;
    for (int l = 0; l < network.branchCount(); ++l) {
        names.push_back(branchDisplayName(grid, network.branchOfCase[l]));
        const std::string& korean = grid.branches[network.branchOfCase[l]].nameKo;
        namesKo.push_back(korean.empty() ? names.back() : korean);
    }
    for (int id : network.busIds) {
        const Bus* bus = findBus(grid, id);
        busNames.push_back(!bus->name.empty() ? bus->name : "bus " + std::to_string(id));
    }
    return std::make_shared<const GridModel>(
        GridModel{std::move(network), std::move(solver), std::move(lodf), std::move(weights),
                  std::move(shared), std::move(flow), maxAbsLodf, std::move(names),
                  std::move(namesKo), std::move(busNames)});
}

namespace {

GridSummary summarise(const GridModel& model, const Eigen::VectorXd& flow,
                      const ContingencyResult& n1)
{
    const DcNetwork& net = model.network;
    GridSummary summary;
    summary.solved = true;
    summary.n1Violations = static_cast<int>(n1.overloads.size());
    summary.separations = static_cast<int>(n1.separations.size());
    for (int l = 0; l < net.branchCount(); ++l) {
        if (!std::isfinite(net.ratingMw[l]))
            continue;
        const double base = std::abs(flow[l]) / net.ratingMw[l] * kPercent;
        const double post = n1.worstAbsMw[l] / net.ratingMw[l] * kPercent;
        summary.baseViolations += base > kPercent;
        if (std::max(base, post) > summary.worstLoadingPct) {
            const bool outageWorse = post > base && n1.worstOutage[l] >= 0;
            summary.worstLoadingPct = std::max(base, post);
            summary.worstBranch = model.branchNames[l];
            summary.worstBranchKo = model.branchNamesKo[l];
            summary.worstOutage = outageWorse ? model.branchNames[n1.worstOutage[l]] : "";
            summary.worstOutageKo = outageWorse ? model.branchNamesKo[n1.worstOutage[l]] : "";
        }
    }
    return summary;
}

double branchKv(const Grid& grid, const Branch& branch)
{
    if (branch.baseKv > 0.0)
        return branch.baseKv;
    const Bus* from = findBus(grid, branch.fromBus);
    return from ? from->baseKv : 0.0;
}

double loadingPct(double flowMw, double ratingMw)
{
    return std::isfinite(ratingMw) ? std::abs(flowMw) / ratingMw * kPercent : 0.0;
}

std::vector<BranchLoading> branchLoadings(const Grid& grid, const GridModel& model,
                                          const Eigen::VectorXd& flow, const ContingencyResult& n1)
{
    const DcNetwork& net = model.network;
    std::vector<BranchLoading> loadings;
    loadings.reserve(static_cast<std::size_t>(net.branchCount()));
    for (int l = 0; l < net.branchCount(); ++l) {
        const int caseIndex = net.branchOfCase[l];
        BranchLoading loading{.caseIndex = caseIndex,
                              .name = model.branchNames[l],
                              .nameKo = model.branchNamesKo[l],
                              .kv = branchKv(grid, grid.branches[caseIndex]),
                              .ratingMw = net.ratingMw[l],
                              .baseFlowMw = flow[l],
                              .baseLoadingPct = loadingPct(flow[l], net.ratingMw[l])};
        const double post = loadingPct(n1.worstAbsMw[l], net.ratingMw[l]);
        loading.worstLoadingPct = std::max(loading.baseLoadingPct, post);
        if (post > loading.baseLoadingPct && n1.worstOutage[l] >= 0) {
            loading.worstOutageCaseIndex = net.branchOfCase[n1.worstOutage[l]];
            loading.worstOutage = model.branchNames[n1.worstOutage[l]];
            loading.worstOutageKo = model.branchNamesKo[n1.worstOutage[l]];
        }
        loadings.push_back(std::move(loading));
    }
    return loadings;
}

// The branch a violation or reason is about and the outage (-1: none), in English and Korean.
template <typename Named>
void nameBranches(Named& named, const GridModel& model, int branch, int outage)
{
    named.branch = model.branchNames[branch];
    named.branchKo = model.branchNamesKo[branch];
    if (outage >= 0) {
        named.outage = model.branchNames[outage];
        named.outageKo = model.branchNamesKo[outage];
    }
}

Violation violationOf(const GridModel& model, int branch, int outage, double flowMw)
{
    const DcNetwork& net = model.network;
    Violation violation{.branchCaseIndex = net.branchOfCase[branch],
                        .outageCaseIndex = outage >= 0 ? net.branchOfCase[outage] : -1,
                        .flowMw = flowMw,
                        .ratingMw = net.ratingMw[branch],
                        .loadingPct = loadingPct(flowMw, net.ratingMw[branch])};
    nameBranches(violation, model, branch, outage);
    return violation;
}

// Base-case overloads and every N-1 overload, worst first; ties by branch, then outage (base
// case first), as the grid summary picks its worst.
std::vector<Violation> violations(const GridModel& model, const Eigen::VectorXd& flow,
                                  const ContingencyResult& n1)
{
    std::vector<Violation> found;
    for (int l = 0; l < model.network.branchCount(); ++l) {
        if (loadingPct(flow[l], model.network.ratingMw[l]) > kPercent)
            found.push_back(violationOf(model, l, -1, flow[l]));
    }
    for (const Overload& overload : n1.overloads)
        found.push_back(violationOf(model, overload.branch, overload.outage, overload.flowMw));
    std::sort(found.begin(), found.end(), [](const Violation& a, const Violation& b) {
        if (a.loadingPct != b.loadingPct)
            return a.loadingPct > b.loadingPct;
        return std::pair(a.branchCaseIndex, a.outageCaseIndex) <
               std::pair(b.branchCaseIndex, b.outageCaseIndex);
    });
    return found;
}

Reason hostingReason(FeasibilityStatus severity, double loadMw, const HostingResult& hosting,
                     const GridModel& model, double margin)
{
    Reason reason = reasonOf(ReasonKind::HostingCapacity, severity, loadMw, hosting.hostingMw);
    reason.subject = model.busNames[hosting.bus];
    if (hosting.limitingBranch >= 0)
        nameBranches(reason, model, hosting.limitingBranch, hosting.limitingOutage);
    reason.marginShare = margin;
    return reason;
}

Reason overloadReason(const Contribution& c, const GridModel& model)
{
    Reason reason =
        reasonOf(ReasonKind::GridOverload,
                 c.loading > 1.0 ? FeasibilityStatus::Infeasible : FeasibilityStatus::AtRisk,
                 c.loading * kPercent, kPercent);
    nameBranches(reason, model, c.branch, c.outage);
    return reason;
}

} // namespace

// Datacentre load on the grid: per bus MW, sensitivities, flows, and the loaded pairs of the N-1
// screening with, per bus, the hosting below which those pairs give it exactly.
struct GridLoading {
    std::map<int, double> loads;
    std::map<int, Eigen::VectorXd> columns;
    Eigen::VectorXd flow;
    ContingencyResult n1;
    std::map<int, double> exactUpTo;
};

namespace {

// Facility MW of datacentres per bus position; sites at buses the network lacks get a reason.
std::map<int, double> busLoads(const Scenario& scenario, const GridModel& model,
                               std::vector<SiteEvaluation>& sites)
{
    std::map<int, double> loads;
    for (std::size_t i = 0; i < sites.size(); ++i) {
        const int bus = model.network.busPosition(scenario.sites()[i].busId);
        if (bus < 0) {
            Reason reason = reasonOf(ReasonKind::UnknownBus, FeasibilityStatus::Infeasible);
            reason.year = scenario.sites()[i].busId;
            addReason(sites[i], std::move(reason));
        } else if (sites[i].demand.facilityMw > 0.0) {
            loads[bus] += sites[i].demand.facilityMw;
        }
    }
    return loads;
}

// Exact hosting of every loaded bus, each on the flows without its own datacentres, in one
// batched sweep of the LODF.
std::vector<HostingResult> exactBusHosting(const GridModel& model, const GridLoading& grid,
                                           const std::vector<std::pair<int, double>>& loads,
                                           const StudyControl& control)
{
    const Eigen::Index nl = model.network.branchCount(), m = Eigen::Index(loads.size());
    Eigen::MatrixXd flows(nl, m), s(nl, m);
    std::vector<int> buses;
    for (Eigen::Index j = 0; j < m; ++j) {
        const auto [bus, loadMw] = loads[j];
        s.col(j) = grid.columns.at(bus);
        flows.col(j) = grid.flow - s.col(j) * loadMw;
        buses.push_back(bus);
    }
    return hostingCapacities(model.network, model.lodf, flows, s, buses, control);
}

// Hosting of every loaded bus with whether it is a lower bound: exact in one batched sweep, or
// from the loaded pairs (in parallel over buses, each in its own slot).
std::map<int, std::pair<HostingResult, bool>> busHosting(const GridModel& model,
                                                         const GridLoading& grid, bool exactHosting,
                                                         const StudyControl& control)
{
    std::vector<std::pair<int, double>> loads(grid.loads.begin(), grid.loads.end());
    std::vector<std::pair<HostingResult, bool>> results(loads.size());
    if (exactHosting) {
        const std::vector<HostingResult> exact = exactBusHosting(model, grid, loads, control);
        for (std::size_t i = 0; i < loads.size(); ++i)
            results[i] = {exact[i], false};
    } else {
        tbb::parallel_for(std::size_t(0), loads.size(), [&](std::size_t i) {
            const auto [bus, loadMw] = loads[i];
            results[i].first =
                hostingFromLoadedPairs(model, grid.n1.loaded, grid.columns.at(bus), loadMw, bus,
                                       grid.exactUpTo.at(bus), results[i].second);
        });
    }
    std::map<int, std::pair<HostingResult, bool>> byBus;
    for (std::size_t i = 0; i < loads.size(); ++i)
        byBus[loads[i].first] = results[i];
    return byBus;
}

// Hosting of each loaded bus on the flows without its own datacentres, then each site's share of
// the worst overload it causes or worsens (sites in parallel, each into its own slot).
void addGridReasons(const Scenario& scenario, const GridModel& model, const GridLoading& grid,
                    double margin, bool exactHosting, std::vector<SiteEvaluation>& sites,
                    const StudyControl& control)
{
    const auto hosting = busHosting(model, grid, exactHosting, control);
    if (control.cancelled())
        throw StudyCancelled();
    std::vector<int> buses(sites.size());
    std::vector<Contribution> worst(sites.size());
    tbb::parallel_for(std::size_t(0), sites.size(), [&](std::size_t i) {
        buses[i] = model.network.busPosition(scenario.sites()[i].busId);
        if (buses[i] >= 0 && grid.loads.count(buses[i]) && sites[i].demand.facilityMw > 0.0)
            worst[i] = worstContribution(model, grid.n1.loaded, grid.columns.at(buses[i]),
                                         sites[i].demand.facilityMw, 1.0 - margin);
    });
    for (std::size_t i = 0; i < sites.size(); ++i) {
        if (buses[i] < 0 || !grid.loads.count(buses[i]) || sites[i].demand.facilityMw <= 0.0)
            continue;
        const auto& [h, lowerBound] = hosting.at(buses[i]);
        const double loadMw = grid.loads.at(buses[i]);
        sites[i].hostingMw = h.hostingMw;
        sites[i].hostingIsLowerBound = lowerBound;
        if (auto severity = against(loadMw, h.hostingMw, margin))
            addReason(sites[i], hostingReason(*severity, loadMw, h, model, margin));
        if (worst[i].branch >= 0)
            addReason(sites[i], overloadReason(worst[i], model));
    }
}

void addTotals(const Scenario& scenario, int year, Evaluation& evaluation)
{
    for (const Organisation& org : scenario.organisations()) {
        OrganisationTotal total{org.id, org.nameKo.empty() ? org.nameEn : org.nameKo, org.quota, 0};
        for (const Allocation& a : scenario.allocations())
            if (a.organisationId == org.id && countsIn(a, year))
                total.placed += a.gpus;
        if (total.placed > total.quota)
            evaluation.warnings.push_back(total.name + " places " + std::to_string(total.placed) +
                                          " GPUs over its quota of " + std::to_string(org.quota));
        evaluation.organisations.push_back(total);
    }
    for (const SiteEvaluation& site : evaluation.sites) {
        evaluation.totals.gpus += site.demand.gpus;
        evaluation.totals.itMw += site.demand.itMw;
        evaluation.totals.facilityMw += site.demand.facilityMw;
        evaluation.totals.waterM3PerDay += site.demand.waterM3PerDay;
        evaluation.totals.infeasibleSites += site.status == FeasibilityStatus::Infeasible;
        evaluation.totals.atRiskSites += site.status == FeasibilityStatus::AtRisk;
    }
}

} // namespace

int CapacityEngine::topologyBuilds() const
{
    std::lock_guard lock(m_mutex);
    return m_builds;
}

std::shared_ptr<const GridModel> CapacityEngine::gridModel(const Scenario& scenario, int year,
                                                           SlackPolicy policy,
                                                           LodfPrecision precision,
                                                           const StudyControl& control)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_cache && m_cache->owner.sharesGridWith(scenario) && m_cache->year == year &&
            m_cache->policy == policy && m_cache->precision == precision)
            return m_cache->model;
    }
    auto model = buildGridModel(scenario.grid(), year, policy, control, precision);
    std::lock_guard lock(m_mutex);
    m_cache = Cached{scenario, year, policy, precision, model, {}};
    ++m_builds;
    return model;
}

// Withdrawal sensitivities of `buses` for `model`, solving only for buses not seen yet with the
// cached model (a model that is no longer the cached one is solved for in full).
std::map<int, Eigen::VectorXd> CapacityEngine::withdrawalColumns(const GridModel& model,
                                                                 const std::vector<int>& buses)
{
    std::lock_guard lock(m_mutex);
    const bool cached = m_cache && m_cache->model.get() == &model;
    std::map<int, Eigen::VectorXd> columns;
    std::vector<int> missing;
    for (int bus : buses)
        if (cached && m_cache->withdrawal.count(bus))
            columns[bus] = m_cache->withdrawal.at(bus);
        else
            missing.push_back(bus);
    if (missing.empty())
        return columns;
    const Eigen::MatrixXd s =
        withdrawalSensitivities(model.network, model.solver, model.weights, missing);
    for (std::size_t j = 0; j < missing.size(); ++j) {
        columns[missing[j]] = s.col(Eigen::Index(j));
        if (cached)
            m_cache->withdrawal[missing[j]] = columns[missing[j]];
    }
    return columns;
}

// Flows with every datacentre, and the N-1 screening that also lists the loaded pairs: those
// within max(margin × rating, band) of their rating. Why the band makes hosting exact: a pair
// outside it has R - |F| >= band, and the bus's sensitivity is at most
// smax = max|s| (1 + max|LODF|) on any pair, so its limit (R - sign(S) F_without) / |S| is at
// least band / smax + L. With band >= smax L m / (1 - m) for every loaded bus, that is at least
// L / (1 - m): every hosting that makes a bus infeasible or at risk is found exactly.
GridLoading CapacityEngine::loadGrid(const Scenario& scenario, const GridModel& model,
                                     double margin, std::vector<SiteEvaluation>& sites,
                                     const StudyControl& control)
{
    GridLoading grid;
    grid.loads = busLoads(scenario, model, sites);
    std::vector<int> buses;
    for (const auto& entry : grid.loads)
        buses.push_back(entry.first);
    grid.columns = withdrawalColumns(model, buses);
    grid.flow = model.baseFlow.flowMw;
    std::map<int, double> steepest;
    double band = 0.0;
    for (const auto& [bus, loadMw] : grid.loads) {
        grid.flow += grid.columns.at(bus) * loadMw;
        steepest[bus] = grid.columns.at(bus).cwiseAbs().maxCoeff() * (1.0 + model.maxAbsLodf);
        band = std::max(band, steepest[bus] * loadMw * margin / (1.0 - margin));
    }
    for (const auto& [bus, loadMw] : grid.loads)
        grid.exactUpTo[bus] = steepest[bus] > 0.0 ? band / steepest[bus] + loadMw
                                                  : std::numeric_limits<double>::infinity();
    grid.n1 = screenN1(model.network, model.lodf, grid.flow, control, {margin, band});
    return grid;
}

Evaluation CapacityEngine::evaluate(const Scenario& scenario, const EvaluationOptions& options,
                                    const StudyControl& control)
{
    const ScenarioSettings& settings = scenario.settings();
    Evaluation evaluation;
    evaluation.scenarioName = settings.name;
    evaluation.year = options.year ? options.year : settings.planningYear;
    evaluation.slackPolicy = options.slack.value_or(settings.slackPolicy);
    const double margin = settings.atRiskMargin;
    for (const Site& site : scenario.sites())
        evaluation.sites.push_back(evaluateSite(scenario, site, evaluation.year, margin));
    evaluation.waterSources = addWaterReasons(scenario, evaluation.sites, margin);
    try {
        const auto model = gridModel(scenario, evaluation.year, evaluation.slackPolicy,
                                     options.lodfPrecision, control);
        const GridLoading grid = loadGrid(scenario, *model, margin, evaluation.sites, control);
        evaluation.grid = summarise(*model, grid.flow, grid.n1);
        evaluation.branches = branchLoadings(scenario.grid(), *model, grid.flow, grid.n1);
        evaluation.violations = violations(*model, grid.flow, grid.n1);
        evaluation.warnings.insert(evaluation.warnings.end(), model->network.warnings.begin(),
                                   model->network.warnings.end());
        addGridReasons(scenario, *model, grid, margin, options.exactHosting, evaluation.sites,
                       control);
    } catch (const GridError& error) {
        evaluation.grid.error = error.what();
    }
    addTotals(scenario, evaluation.year, evaluation);
    return evaluation;
}

} // namespace gpuplan
