// SPDX-License-Identifier: MIT
#pragma once

#include "model/Scenario.h"

namespace gpuplan::testing {

// Three buses in a line (1–2–3), one organisation, one model, two sites: the smallest scenario
// every model rule can be exercised on.
inline Scenario smallScenario()
{
    Grid grid;
    for (int id : {1, 2, 3})
        grid.buses.push_back(Bus{.id = id, .name = "모선" + std::to_string(id)});
    grid.buses[0].type = BusType::Reference;
    grid.branches = {Branch{.fromBus = 1, .toBus = 2, .x = 0.1, .rateAMva = 100},
                     Branch{.fromBus = 2, .toBus = 3, .x = 0.1, .rateAMva = 100}};
    grid.generators = {Generator{.bus = 1, .pMw = 50, .pMaxMw = 200}};

    Scenario scenario;
    scenario.setSettings({.name = "시험", .planningYear = 2028});
    scenario.setGrid(grid);
    scenario.setOrganisations({Organisation{
        .id = "naver", .nameKo = "네이버", .nameEn = "NAVER", .quota = 6000, .colour = "#03c75a"}});
    scenario.setGpuModels({GpuModel{.id = "gb200",
                                    .name = "GB200 NVL72",
                                    .kwPerGpu = 1.67,
                                    .gpusPerRack = 72,
                                    .rackKw = 120,
                                    .cooling = CoolingType::Liquid}});
    scenario.setWaterSources({WaterSource{.id = "soyang", .availableM3PerDay = 10000}});
    scenario.setSites({Site{.id = "sejong",
                            .nameKo = "세종",
                            .lon = 127.27,
                            .lat = 36.57,
                            .busId = 2,
                            .connectionLimitMw = 100,
                            .maxItMw = 80,
                            .cooling = CoolingType::Liquid,
                            .pue = 1.2,
                            .wueLPerKwh = 0.3,
                            .waterSourceId = "soyang",
                            .energisationYear = 2027},
                       Site{.id = "chuncheon",
                            .nameKo = "춘천",
                            .lon = 127.79,
                            .lat = 37.88,
                            .busId = 3,
                            .pue = 1.3}});
    scenario.setAllocations({Allocation{"naver", "sejong", "gb200", 2027, 4000},
                             Allocation{"naver", "chuncheon", "gb200", 2028, 1000}});
    return scenario;
}

} // namespace gpuplan::testing
