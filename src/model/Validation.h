// SPDX-License-Identifier: MIT
#pragma once

#include "Scenario.h"

#include <string>
#include <vector>

namespace gpuplan {

// One broken rule of a scenario, located the way a GeoPackage reader reports it: the layer
// (table), the feature's id, and the field that is wrong.
struct ValidationIssue {
    std::string layer;
    std::string featureId;
    std::string field;
    std::string message;

    std::string toString() const; // "layer 'sites', feature 'x', field 'bus': no bus 999"
};

// Every rule a scenario must keep before it is evaluated or saved: unique ids, references that
// resolve (allocations, sites' buses and water sources, branch ends), positive GPU counts,
// organisations within quota, physical parameters in range.
std::vector<ValidationIssue> validate(const Scenario& scenario);

} // namespace gpuplan
