// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace gpuplan {

// A place name drawn on the basemap; the map shows larger cities first when labels collide.
struct CityLabel {
    std::string nameKo;
    std::string nameEn;
    double lon = 0.0;
    double lat = 0.0;
    long long population = 0;
};

// The rows of a cities.csv (columns name_ko,name_en,lon,lat,population,source; see maps/).
// Throws IoError naming the file, line and column of the first bad field.
std::vector<CityLabel> readCityLabels(const std::filesystem::path& path);

} // namespace gpuplan
