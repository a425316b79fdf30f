// SPDX-License-Identifier: MIT
#pragma once

#include "model/Grid.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace gpuplan {

// A grid read from a MATPOWER case file (version 2 format) as published: `mpc.baseMVA`,
// `mpc.bus`, `mpc.gen`, `mpc.branch`, optional `mpc.dcline` and `mpc.bus_name`; `mpc.gencost`
// and any other statement are skipped.
struct MatpowerCase {
    Grid grid;
    std::string name; // from `function mpc = NAME`, empty when absent
    std::vector<std::string> warnings;
};

// Throws IoError "file:line: what" for a truncated or malformed file, zero or NaN reactance, a
// branch, generator or dc line at an unknown bus, and duplicate bus numbers. Negative reactance
// (series compensation) is accepted.
MatpowerCase readMatpowerCase(const std::filesystem::path& path);
MatpowerCase parseMatpowerCase(std::string_view text, const std::string& fileName);

// Writes `grid` as a MATPOWER version 2 case named `caseName` (numbers round-trip exactly).
// Throws IoError when the file cannot be written.
void writeMatpowerCase(const Grid& grid, const std::string& caseName,
                       const std::filesystem::path& path);
std::string formatMatpowerCase(const Grid& grid, const std::string& caseName);

} // namespace gpuplan
