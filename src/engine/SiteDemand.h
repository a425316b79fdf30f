// SPDX-License-Identifier: MIT
#pragma once

#include "model/Scenario.h"

#include <string>

namespace gpuplan {

// What the GPUs placed at one site draw in a planning year (DESIGN section 4):
//   IT MW       = sum of GPUs x all-in kW per GPU / 1000
//   facility MW = IT MW x PUE
//   water m3/d  = IT MW x 1000 kW x 24 h x WUE L/kWh / 1000 L/m3
struct SiteDemand {
    long long gpus = 0;
    double itMw = 0.0;
    double facilityMw = 0.0;
    double waterM3PerDay = 0.0;
    long long gpusBeforeEnergisation = 0; // placed for a year before the site can be energised
    long long gpusNeedingLiquid = 0;      // placed in racks the site's cooling cannot take
};

// Allocations count from their year on; year 0 counts every allocation.
SiteDemand siteDemand(const Scenario& scenario, const Site& site, int year);

double facilityMwFromItMw(const Site& site, double itMw);
double waterM3PerDayFromItMw(const Site& site, double itMw);

} // namespace gpuplan
