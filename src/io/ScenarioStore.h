// SPDX-License-Identifier: MIT
#pragma once

#include "model/Scenario.h"

#include <filesystem>
#include <string>

namespace gpuplan {

// The version of the GeoPackage layout this build writes and the newest it reads; stored in the
// `scenario` table under `schema_version`.
constexpr int kScenarioSchemaVersion = 1;

// A scenario as one GeoPackage (EPSG:4326) that QGIS opens as it is. Layers, in the column names
// of maps/README.md:
//   sites, water_sources, buses, generators (points; a generator sits at its bus)
//   branches, dc_lines (lines from the from-bus to the to-bus)
//   organisations, gpu_models, allocations, scenario (attribute tables; scenario is key/value)
// A bus with unknown coordinates, and what hangs off it, has an empty geometry. Features keep
// the order of the model's vectors through their FIDs (1, 2, ...).

// Reads and validates a scenario. Throws IoError naming the file and, where it applies, the
// layer, feature and field, for any file that is not a valid scenario of a schema it knows.
Scenario readScenario(const std::filesystem::path& file);

// Writes a valid scenario atomically: a temporary file in the target's directory, renamed over
// the target once complete. Throws IoError, leaving any existing file untouched, when the
// scenario fails validate() or the file cannot be written.
void writeScenario(const Scenario& scenario, const std::filesystem::path& file);

// Throws IoError when validate() finds issues: `context` ("file: ") followed by the first few.
void requireValid(const Scenario& scenario, const std::string& context);

} // namespace gpuplan
