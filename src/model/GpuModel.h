// SPDX-License-Identifier: MIT
#pragma once

#include "Types.h"

#include <string>

namespace gpuplan {

// A GPU system as it draws power in a datacentre. kwPerGpu is all-in: the GPU plus its share of
// CPU, network and storage in the node or rack (FACTS.md section 1, derived rows).
struct GpuModel {
    std::string id;
    std::string name;
    double kwPerGpu = 0.0;
    int gpusPerRack = 0;
    double rackKw = 0.0;
    CoolingType cooling = CoolingType::Air; // the least the racks need
    int yearAvailable = 0;
    std::string source;

    bool operator==(const GpuModel&) const = default;
};

} // namespace gpuplan
