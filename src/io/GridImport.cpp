// SPDX-License-Identifier: MIT
#include "GridImport.h"

#include "BusCoordinates.h"
#include "IoError.h"
#include "MatpowerCase.h"

namespace gpuplan {
namespace {

constexpr std::size_t kSitesNamed = 5; // enough to act on, short enough to read

void requireSiteBuses(const Scenario& scenario, const Grid& grid,
                      const std::filesystem::path& casePath)
{
    std::string missing;
    std::size_t count = 0;
    for (const Site& site : scenario.sites()) {
        if (findBus(grid, site.busId))
            continue;
        if (++count <= kSitesNamed)
            missing += (missing.empty() ? "" : ", ") + site.id + " (bus " +
                       std::to_string(site.busId) + ")";
    }
    if (count > 0)
        throw IoError(casePath.string() + ": " + std::to_string(count) +
                      " sites connect to buses this grid does not have: " + missing +
                      (count > kSitesNamed ? ", …" : ""));
}

} // namespace

Scenario withImportedGrid(const Scenario& scenario, const std::filesystem::path& casePath,
                          const std::filesystem::path& coordinatesPath)
{
    Grid grid = readMatpowerCase(casePath).grid;
    if (!coordinatesPath.empty())
        applyBusCoordinates(grid, readBusCoordinates(coordinatesPath));
    requireSiteBuses(scenario, grid, casePath);
    Scenario imported = scenario;
    imported.setGrid(std::move(grid));
    ScenarioSettings settings = imported.settings();
    settings.gridSource = "MATPOWER case " + casePath.filename().string();
    imported.setSettings(std::move(settings));
    return imported;
}

} // namespace gpuplan
