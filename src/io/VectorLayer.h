// SPDX-License-Identifier: MIT
#pragma once

#include "MapProjection.h"

#include <filesystem>
#include <string>
#include <vector>

namespace gpuplan {

// Geometry of one vector layer, projected to the map plane (EPSG:5179), for drawing under the
// plan: a basemap (Natural Earth countries) or any file an analyst adds (province boundaries).
struct VectorFeature {
    std::string name;
    std::vector<std::vector<MapPoint>> rings; // polygon rings or line parts
    std::vector<MapPoint> points;
    bool closed = false; // rings are polygon boundaries
};

struct GeographicBox {
    double west = -180.0;
    double south = -90.0;
    double east = 180.0;
    double north = 90.0;
};

// Korea and its neighbours, the extent the basemap is cut to.
constexpr GeographicBox kKoreaRegion{123.0, 32.0, 132.5, 39.5};

// Every feature of the first layer of `path` (any format GDAL reads) that meets `region`,
// reprojected from the layer's own reference system. Throws IoError naming the file.
std::vector<VectorFeature> readVectorLayer(const std::filesystem::path& path,
                                           const GeographicBox& region = kKoreaRegion);

} // namespace gpuplan
