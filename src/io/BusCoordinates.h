// SPDX-License-Identifier: MIT
#pragma once

#include "model/Grid.h"

#include <filesystem>
#include <string>
#include <vector>

namespace gpuplan {

// Where a bus of an imported grid sits on the map (WGS 84).
struct BusCoordinate {
    int busId = 0;
    double lon = 0.0;
    double lat = 0.0;
    std::string name; // empty when the file gives none
    int line = 0;     // line in the file, for messages
};

// Reads a CSV with columns `bus_i` (or `bus`), `lon`, `lat` and optional `name`. Throws IoError
// "file:line: ..." for a missing column, a non-number, a coordinate out of range or a bus listed
// twice.
std::vector<BusCoordinate> readBusCoordinates(const std::filesystem::path& path);

// Places the buses of `grid` (and names the unnamed ones). Returns a warning per coordinate whose
// bus the grid does not have.
std::vector<std::string> applyBusCoordinates(Grid& grid, const std::vector<BusCoordinate>& coords);

} // namespace gpuplan
