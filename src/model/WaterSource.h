// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace gpuplan {

// A water supply (dam, river intake, reclaimed-water plant) and what it can still give to new
// industrial users, in m³ per day.
struct WaterSource {
    std::string id;
    std::string nameKo;
    std::string nameEn;
    std::string basin;
    double lon = 0.0;
    double lat = 0.0;
    double availableM3PerDay = 0.0;
    std::string source;

    bool operator==(const WaterSource&) const = default;
};

} // namespace gpuplan
