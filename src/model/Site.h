// SPDX-License-Identifier: MIT
#pragma once

#include "Types.h"

#include <string>

namespace gpuplan {

// A datacentre site, announced or a candidate, and what limits it: its grid connection, its land
// and building (maxItMw), its cooling and water, and the year it can be energised.
struct Site {
    std::string id;
    std::string nameKo;
    std::string nameEn;
    double lon = 0.0;
    double lat = 0.0;
    std::string province;
    int busId = 0;                  // grid bus the site connects to
    double connectionLimitMw = 0.0; // substation / transformer limit, facility MW
    double maxItMw = 0.0;           // land and building limit, IT MW
    CoolingType cooling = CoolingType::Air;
    double pue = 1.0;
    double wueLPerKwh = 0.0;   // litres of water per kWh of IT energy
    std::string waterSourceId; // empty when the site uses no shared source
    int energisationYear = 0;
    SiteStatus status = SiteStatus::Candidate;
    std::string source;

    bool operator==(const Site&) const = default;
};

} // namespace gpuplan
