// SPDX-License-Identifier: MIT
#pragma once

#include "model/Scenario.h"
#include "model/Site.h"

#include <filesystem>
#include <vector>

namespace gpuplan {

// Candidate sites from a planner's own file: a CSV (UTF-8, or CP949 as Excel writes it on Korean
// Windows) or any vector format GDAL reads (GeoJSON, Shapefile, GeoPackage, ...).
//
// Columns (CSV header, or attribute names of the vector layer), as in maps/sites.csv:
//   required  id, name_ko, lon, lat, bus
//             (vector files: lon/lat come from the point geometry, transformed to EPSG:4326
//             from the layer's reference system; a polygon gives its centroid; the lon/lat
//             attributes are used only for features without a geometry)
//   optional, with the default used when the column is missing or the cell is empty:
//     name_en              ""
//     province             ""
//     connection_limit_mw  0      facility MW; 0 until the grid operator gives a figure
//     max_it_mw            0      IT MW the land and building allow; 0 until assessed
//     cooling              air    air | hybrid | liquid; air assumes no liquid loops
//     pue                  1.3    new large facilities (FACTS.md section 2, Uptime 2024 survey)
//     wue_l_per_kwh        1.8    evaporative cooling towers (FACTS.md sections 2 and 3)
//     water_source         ""     id of a water source in the scenario; "" = none shared
//     energisation_year    0      0 = no known constraint on the year
//     status               candidate   existing | announced | candidate
//     source               "imported from <file name>"
//
// Throws IoError naming the file, line (CSV) or feature (vector) and column.
std::vector<Site> importSites(const std::filesystem::path& file);

// `scenario` with `sites` added: a site whose id is already there replaces it in place, a new id
// is appended. The result is not validated; the caller does that (writeScenario does).
Scenario withImportedSites(Scenario scenario, const std::vector<Site>& sites);

} // namespace gpuplan
