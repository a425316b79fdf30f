// SPDX-License-Identifier: MIT
#pragma once

#include "model/Scenario.h"

#include <filesystem>

namespace gpuplan {

// A real grid model in place of the scenario's: a MATPOWER case, placed on the map by an optional
// bus-coordinates CSV (`bus_i,lon,lat[,name]`). The sites keep their bus numbers, so every site's
// bus must exist in the new grid. Throws IoError naming the file, or the sites whose bus is
// missing; the scenario is never half changed.
Scenario withImportedGrid(const Scenario& scenario, const std::filesystem::path& casePath,
                          const std::filesystem::path& coordinatesPath = {});

} // namespace gpuplan
