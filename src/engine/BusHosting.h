// SPDX-License-Identifier: MIT
#pragma once

#include "StudyControl.h"
#include "model/Scenario.h"

#include <vector>

namespace gpuplan {

// Hosting capacity of every bus under N-1 with the plan's datacentres in place: the extra MW each
// bus could still take. Indexed like Grid::buses; NaN for a bus outside the network of the year,
// +inf when nothing rated limits it. A long study (every bus): progress and cancel through
// `control`; throws StudyCancelled or GridError.
std::vector<double> busHostingMw(const Scenario& scenario, int year, const StudyControl& control);

} // namespace gpuplan
