// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

namespace gpuplan {

struct MapPoint {
    double x = 0.0; // easting, metres
    double y = 0.0; // northing, metres
};

// Longitude/latitude (EPSG:4326) to the map's plane, Korea 2000 / Unified CS (EPSG:5179),
// through GDAL/PROJ. Not thread-safe: give each thread its own.
class MapProjection {
public:
    MapProjection();
    ~MapProjection();
    MapProjection(const MapProjection&) = delete;
    MapProjection& operator=(const MapProjection&) = delete;

    MapPoint project(double lon, double lat) const;
    // Projects in place; `count` points at x (lon) and y (lat). Returns false if any failed.
    bool projectInPlace(double* x, double* y, int count) const;

private:
    struct Transforms;
    std::unique_ptr<Transforms> m_transforms;
};

} // namespace gpuplan
