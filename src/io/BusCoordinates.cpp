// SPDX-License-Identifier: MIT
#include "BusCoordinates.h"

#include "Csv.h"
#include "IoError.h"

#include <cmath>
#include <unordered_map>

namespace gpuplan {
namespace {

constexpr double kMaxLon = 180.0;
constexpr double kMaxLat = 90.0;

BusCoordinate readRow(const CsvTable& table, const CsvTable::Row& row, int busColumn, int lonColumn,
                      int latColumn, int nameColumn)
{
    BusCoordinate coord;
    coord.busId = table.integer(row, busColumn);
    coord.lon = table.number(row, lonColumn);
    coord.lat = table.number(row, latColumn);
    coord.line = row.line;
    if (nameColumn >= 0)
        coord.name = table.field(row, nameColumn);
    if (!(std::abs(coord.lon) <= kMaxLon) || !(std::abs(coord.lat) <= kMaxLat))
        throw IoError(table.where(row) + "coordinate out of range for bus " +
                      std::to_string(coord.busId));
    return coord;
}

} // namespace

std::vector<BusCoordinate> readBusCoordinates(const std::filesystem::path& path)
{
    const CsvTable table = CsvTable::read(path);
    const int busColumn =
        table.column("bus_i") >= 0 ? table.column("bus_i") : table.requireColumn("bus");
    const int lonColumn = table.requireColumn("lon");
    const int latColumn = table.requireColumn("lat");
    const int nameColumn = table.column("name");

    std::vector<BusCoordinate> coords;
    std::unordered_map<int, int> firstLine;
    for (const CsvTable::Row& row : table.rows()) {
        BusCoordinate coord = readRow(table, row, busColumn, lonColumn, latColumn, nameColumn);
        if (auto [it, fresh] = firstLine.emplace(coord.busId, row.line); !fresh)
            throw IoError(table.where(row) + "bus " + std::to_string(coord.busId) +
                          " listed twice (first on line " + std::to_string(it->second) + ")");
        coords.push_back(std::move(coord));
    }
    return coords;
}

std::vector<std::string> applyBusCoordinates(Grid& grid, const std::vector<BusCoordinate>& coords)
{
    std::unordered_map<int, Bus*> byId;
    for (Bus& bus : grid.buses)
        byId.emplace(bus.id, &bus);
    std::vector<std::string> warnings;
    for (const BusCoordinate& coord : coords) {
        auto it = byId.find(coord.busId);
        if (it == byId.end()) {
            warnings.push_back("line " + std::to_string(coord.line) + ": no bus " +
                               std::to_string(coord.busId) + " in the grid");
            continue;
        }
        it->second->lon = coord.lon;
        it->second->lat = coord.lat;
        if (it->second->name.empty())
            it->second->name = coord.name;
    }
    return warnings;
}

} // namespace gpuplan
