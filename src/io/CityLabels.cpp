// SPDX-License-Identifier: MIT
#include "CityLabels.h"

#include "Csv.h"
#include "IoError.h"

#include <cmath>

namespace gpuplan {

std::vector<CityLabel> readCityLabels(const std::filesystem::path& path)
{
    const CsvTable table = CsvTable::read(path);
    const int nameKo = table.requireColumn("name_ko");
    const int nameEn = table.requireColumn("name_en");
    const int lon = table.requireColumn("lon");
    const int lat = table.requireColumn("lat");
    const int population = table.requireColumn("population");

    std::vector<CityLabel> labels;
    labels.reserve(table.rows().size());
    for (const CsvTable::Row& row : table.rows()) {
        CityLabel label{.nameKo = table.field(row, nameKo),
                        .nameEn = table.field(row, nameEn),
                        .lon = table.number(row, lon),
                        .lat = table.number(row, lat),
                        .population = std::llround(table.number(row, population))};
        if (label.nameKo.empty() && label.nameEn.empty())
            throw IoError(table.where(row) + "a city needs name_ko or name_en");
        if (std::abs(label.lon) > 180.0 || std::abs(label.lat) > 90.0)
            throw IoError(table.where(row) + "lon/lat out of range");
        labels.push_back(std::move(label));
    }
    return labels;
}

} // namespace gpuplan
