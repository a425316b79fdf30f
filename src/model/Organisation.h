// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace gpuplan {

// A party to the national programme with its GPU quota (FACTS.md section 3).
struct Organisation {
    std::string id;
    std::string nameKo;
    std::string nameEn;
    int quota = 0;
    std::string colour; // "#rrggbb", used on the map and in charts
    std::string source;

    bool operator==(const Organisation&) const = default;
};

} // namespace gpuplan
