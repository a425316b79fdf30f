// SPDX-License-Identifier: MIT
#include "SiteDemand.h"

namespace gpuplan {
namespace {

constexpr double kKwPerMw = 1000.0;
constexpr double kHoursPerDay = 24.0;
constexpr double kLitresPerM3 = 1000.0;

bool countsIn(const Allocation& allocation, int year)
{
    return year == 0 || allocation.year <= year;
}

} // namespace

double facilityMwFromItMw(const Site& site, double itMw)
{
    return itMw * site.pue;
}

double waterM3PerDayFromItMw(const Site& site, double itMw)
{
    return itMw * kKwPerMw * kHoursPerDay * site.wueLPerKwh / kLitresPerM3;
}

SiteDemand siteDemand(const Scenario& scenario, const Site& site, int year)
{
    SiteDemand demand;
    for (const Allocation& allocation : scenario.allocations()) {
        if (allocation.siteId != site.id || !countsIn(allocation, year))
            continue;
        const GpuModel* model = scenario.findGpuModel(allocation.modelId);
        if (!model)
            continue;
        demand.gpus += allocation.gpus;
        demand.itMw += allocation.gpus * model->kwPerGpu / kKwPerMw;
        if (allocation.year < site.energisationYear)
            demand.gpusBeforeEnergisation += allocation.gpus;
        if (!coolingSupports(site.cooling, model->cooling))
            demand.gpusNeedingLiquid += allocation.gpus;
    }
    demand.facilityMw = facilityMwFromItMw(site, demand.itMw);
    demand.waterM3PerDay = waterM3PerDayFromItMw(site, demand.itMw);
    return demand;
}

} // namespace gpuplan
