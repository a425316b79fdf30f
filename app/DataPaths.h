// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

namespace gpuplan::cli {

// The folder holding the built national scenario, the basemap and the city labels:
// $GPUPLAN_DATA_DIR when set, else `data/` beside the build (compiled in), else `../data` next
// to the executable.
std::filesystem::path dataDirectory();

// The shipped national scenario (national.gpkg); throws IoError when it has not been built.
std::filesystem::path nationalScenarioPath();

} // namespace gpuplan::cli
