// SPDX-License-Identifier: MIT
#pragma once

#include "Allocation.h"
#include "GpuModel.h"
#include "Grid.h"
#include "Organisation.h"
#include "Shared.h"
#include "Site.h"
#include "Types.h"
#include "WaterSource.h"

#include <string>
#include <string_view>
#include <vector>

namespace gpuplan {

struct ScenarioSettings {
    std::string name;
    std::string description;
    int planningYear = 2030;
    double atRiskMargin = 0.10; // DESIGN section 4: "at risk" within 10% of a limit
    SlackPolicy slackPolicy = SlackPolicy::Distributed;
    std::string gridSource; // where the grid came from, for the briefing's source line

    bool operator==(const ScenarioSettings&) const = default;
};

// Everything a plan is made of. A Scenario is a value: copies share their unchanged parts, so an
// edit that moves GPUs copies the allocations and nothing else (the grid stays shared).
class Scenario {
public:
    const ScenarioSettings& settings() const { return *m_settings; }
    const std::vector<Organisation>& organisations() const { return *m_organisations; }
    const std::vector<GpuModel>& gpuModels() const { return *m_gpuModels; }
    const std::vector<Site>& sites() const { return *m_sites; }
    const std::vector<Allocation>& allocations() const { return *m_allocations; }
    const std::vector<WaterSource>& waterSources() const { return *m_waterSources; }
    const Grid& grid() const { return *m_grid; }

    void setSettings(ScenarioSettings settings) { m_settings.set(std::move(settings)); }
    void setOrganisations(std::vector<Organisation> v) { m_organisations.set(std::move(v)); }
    void setGpuModels(std::vector<GpuModel> v) { m_gpuModels.set(std::move(v)); }
    void setSites(std::vector<Site> v) { m_sites.set(std::move(v)); }
    void setAllocations(std::vector<Allocation> v) { m_allocations.set(std::move(v)); }
    void setWaterSources(std::vector<WaterSource> v) { m_waterSources.set(std::move(v)); }
    void setGrid(Grid grid) { m_grid.set(std::move(grid)); }

    const Organisation* findOrganisation(std::string_view id) const;
    const GpuModel* findGpuModel(std::string_view id) const;
    const Site* findSite(std::string_view id) const;
    const WaterSource* findWaterSource(std::string_view id) const;

    long long placedGpus(std::string_view organisationId) const;
    long long siteGpus(std::string_view siteId) const;
    long long totalPlacedGpus() const;

    // True when both hold the very same grid value (no topology change between them).
    bool sharesGridWith(const Scenario& other) const { return m_grid.sharesWith(other.m_grid); }

    bool operator==(const Scenario& other) const;

private:
    Shared<ScenarioSettings> m_settings;
    Shared<std::vector<Organisation>> m_organisations;
    Shared<std::vector<GpuModel>> m_gpuModels;
    Shared<std::vector<Site>> m_sites;
    Shared<std::vector<Allocation>> m_allocations;
    Shared<std::vector<WaterSource>> m_waterSources;
    Shared<Grid> m_grid;
};

} // namespace gpuplan
