// SPDX-License-Identifier: MIT
#include "Validation.h"

#include <cmath>
#include <set>
#include <unordered_set>

namespace gpuplan {
namespace {

class IssueList {
public:
    void add(std::string layer, std::string featureId, std::string field, std::string message)
    {
        m_issues.push_back(
            {std::move(layer), std::move(featureId), std::move(field), std::move(message)});
    }
    std::vector<ValidationIssue> take() { return std::move(m_issues); }

private:
    std::vector<ValidationIssue> m_issues;
};

template <typename T>
void checkUniqueIds(const std::vector<T>& items, const std::string& layer, IssueList& issues)
{
    std::set<std::string> seen;
    for (const T& item : items) {
        if (item.id.empty())
            issues.add(layer, "", "id", "empty id");
        else if (!seen.insert(item.id).second)
            issues.add(layer, item.id, "id", "duplicate id '" + item.id + "'");
    }
}

bool isColour(const std::string& text)
{
    if (text.size() != 7 || text[0] != '#')
        return false;
    return text.find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos;
}

void checkOrganisations(const Scenario& scenario, IssueList& issues)
{
    checkUniqueIds(scenario.organisations(), "organisations", issues);
    for (const Organisation& org : scenario.organisations()) {
        if (org.quota < 0)
            issues.add("organisations", org.id, "quota", "negative quota");
        if (!isColour(org.colour))
            issues.add("organisations", org.id, "colour", "'" + org.colour + "' is not #rrggbb");
        const long long placed = scenario.placedGpus(org.id);
        if (placed > org.quota)
            issues.add("allocations", org.id, "gpus",
                       "organisation '" + org.id + "' places " + std::to_string(placed) +
                           " GPUs, over its quota of " + std::to_string(org.quota));
    }
}

void checkGpuModels(const Scenario& scenario, IssueList& issues)
{
    checkUniqueIds(scenario.gpuModels(), "gpu_models", issues);
    for (const GpuModel& model : scenario.gpuModels()) {
        if (!(model.kwPerGpu > 0.0 && std::isfinite(model.kwPerGpu)))
            issues.add("gpu_models", model.id, "kw_per_gpu", "must be positive");
        if (model.gpusPerRack <= 0)
            issues.add("gpu_models", model.id, "gpus_per_rack", "must be positive");
    }
}

bool isFiniteAtLeastZero(double value) { return std::isfinite(value) && value >= 0.0; }

void checkSite(const Scenario& scenario, const Site& site, IssueList& issues)
{
    const auto add = [&](const char* field, std::string message) {
        issues.add("sites", site.id, field, std::move(message));
    };
    if (!findBus(scenario.grid(), site.busId))
        add("bus", "no bus " + std::to_string(site.busId) + " in the grid");
    if (!site.waterSourceId.empty() && !scenario.findWaterSource(site.waterSourceId))
        add("water_source", "no water source '" + site.waterSourceId + "'");
    if (!(site.pue >= 1.0 && std::isfinite(site.pue)))
        add("pue", "PUE must be a finite number of at least 1.0");
    if (!isFiniteAtLeastZero(site.wueLPerKwh))
        add("wue_l_per_kwh", "must be a finite number, not negative");
    if (!isFiniteAtLeastZero(site.connectionLimitMw))
        add("connection_limit_mw", "must be a finite number, not negative");
    if (!isFiniteAtLeastZero(site.maxItMw))
        add("max_it_mw", "must be a finite number, not negative");
    if (!(std::abs(site.lon) <= 180.0 && std::abs(site.lat) <= 90.0))
        add("geometry", "longitude/latitude out of range");
}

void checkSitesAndWater(const Scenario& scenario, IssueList& issues)
{
    checkUniqueIds(scenario.sites(), "sites", issues);
    for (const Site& site : scenario.sites())
        checkSite(scenario, site, issues);
    checkUniqueIds(scenario.waterSources(), "water_sources", issues);
    for (const WaterSource& water : scenario.waterSources()) {
        if (!isFiniteAtLeastZero(water.availableM3PerDay))
            issues.add("water_sources", water.id, "available_m3_per_day",
                       "must be a finite number, not negative");
    }
}

std::string allocationKey(const Allocation& a)
{
    return a.organisationId + "/" + a.siteId + "/" + a.modelId + "/" + std::to_string(a.year);
}

void checkAllocations(const Scenario& scenario, IssueList& issues)
{
    for (const Allocation& a : scenario.allocations()) {
        const std::string key = allocationKey(a);
        if (!scenario.findOrganisation(a.organisationId))
            issues.add("allocations", key, "organisation",
                       "no organisation '" + a.organisationId + "'");
        if (!scenario.findSite(a.siteId))
            issues.add("allocations", key, "site", "no site '" + a.siteId + "'");
        if (!scenario.findGpuModel(a.modelId))
            issues.add("allocations", key, "model", "no GPU model '" + a.modelId + "'");
        if (a.gpus <= 0)
            issues.add("allocations", key, "gpus", "GPU count must be positive");
        if (a.year <= 0)
            issues.add("allocations", key, "year", "year must be positive");
    }
}

void checkFinite(const std::string& layer, const std::string& id,
                 std::initializer_list<std::pair<const char*, double>> fields, IssueList& issues)
{
    for (const auto& [field, value] : fields) {
        if (!std::isfinite(value))
            issues.add(layer, id, field, "must be a finite number");
    }
}

void checkBuses(const Grid& grid, IssueList& issues)
{
    std::unordered_set<int> seen;
    for (const Bus& bus : grid.buses) {
        const std::string id = std::to_string(bus.id);
        if (!seen.insert(bus.id).second)
            issues.add("buses", id, "bus_i", "duplicate bus number");
        checkFinite("buses", id,
                    {{"base_kv", bus.baseKv}, {"pd_mw", bus.loadMw}, {"qd_mvar", bus.loadMvar},
                     {"gs_mw", bus.shuntGsMw}, {"bs_mvar", bus.shuntBsMvar}, {"va_deg", bus.vaDeg}},
                    issues);
    }
}

void checkBranches(const Grid& grid, IssueList& issues)
{
    for (std::size_t i = 0; i < grid.branches.size(); ++i) {
        const Branch& branch = grid.branches[i];
        const std::string id = std::to_string(i + 1);
        if (!findBus(grid, branch.fromBus))
            issues.add("branches", id, "f_bus", "no bus " + std::to_string(branch.fromBus));
        if (!findBus(grid, branch.toBus))
            issues.add("branches", id, "t_bus", "no bus " + std::to_string(branch.toBus));
        if (!std::isfinite(branch.x) || branch.x == 0.0)
            issues.add("branches", id, "x", "reactance must be finite and non-zero");
        if (!(branch.rateAMva >= 0.0))
            issues.add("branches", id, "rate_a", "rating must not be negative");
        checkFinite("branches", id,
                    {{"r", branch.r}, {"b", branch.b}, {"rate_a_mva", branch.rateAMva},
                     {"tap", branch.tap}, {"shift_deg", branch.shiftDeg}},
                    issues);
    }
}

void checkGeneratorsAndLinks(const Grid& grid, IssueList& issues)
{
    for (std::size_t i = 0; i < grid.generators.size(); ++i) {
        const Generator& generator = grid.generators[i];
        const std::string id = std::to_string(i + 1);
        if (!findBus(grid, generator.bus))
            issues.add("generators", id, "bus", "no bus " + std::to_string(generator.bus));
        checkFinite("generators", id,
                    {{"pg_mw", generator.pMw}, {"pmin_mw", generator.pMinMw},
                     {"pmax_mw", generator.pMaxMw}},
                    issues);
    }
    for (std::size_t i = 0; i < grid.dcLines.size(); ++i) {
        const DcLine& line = grid.dcLines[i];
        if (!findBus(grid, line.fromBus) || !findBus(grid, line.toBus))
            issues.add("dc_lines", std::to_string(i + 1), "f_bus", "link to an unknown bus");
    }
}

} // namespace

std::string ValidationIssue::toString() const
{
    std::string text = "layer '" + layer + "'";
    if (!featureId.empty())
        text += ", feature '" + featureId + "'";
    if (!field.empty())
        text += ", field '" + field + "'";
    return text + ": " + message;
}

std::vector<ValidationIssue> validate(const Scenario& scenario)
{
    IssueList issues;
    if (!(scenario.grid().baseMva > 0.0))
        issues.add("scenario", "base_mva", "value", "base MVA must be positive");
    checkBuses(scenario.grid(), issues);
    checkBranches(scenario.grid(), issues);
    checkGeneratorsAndLinks(scenario.grid(), issues);
    checkOrganisations(scenario, issues);
    checkGpuModels(scenario, issues);
    checkSitesAndWater(scenario, issues);
    checkAllocations(scenario, issues);
    return issues.take();
}

} // namespace gpuplan
