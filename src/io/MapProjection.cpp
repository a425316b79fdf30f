// SPDX-License-Identifier: MIT
#include "MapProjection.h"

#include "IoError.h"
#include "OgrSupport.h"

#include <ogr_spatialref.h>

#include <limits>

namespace gpuplan {

struct MapProjection::Transforms {
    std::unique_ptr<OGRSpatialReference> lonLat = ogr::lonLatReference();
    OGRSpatialReference korea2000;
    std::unique_ptr<OGRCoordinateTransformation> toMap;
};

MapProjection::MapProjection() : m_transforms(std::make_unique<Transforms>())
{
    constexpr int kKoreaUnified = 5179;
    m_transforms->korea2000.importFromEPSG(kKoreaUnified);
    m_transforms->korea2000.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    m_transforms->toMap.reset(
        OGRCreateCoordinateTransformation(m_transforms->lonLat.get(), &m_transforms->korea2000));
    if (!m_transforms->toMap)
        throw IoError("PROJ: cannot transform EPSG:4326 to EPSG:5179 (is proj-data installed?)");
}

MapProjection::~MapProjection() = default;

MapPoint MapProjection::project(double lon, double lat) const
{
    double x = lon;
    double y = lat;
    if (!projectInPlace(&x, &y, 1))
        return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    return {x, y};
}

bool MapProjection::projectInPlace(double* x, double* y, int count) const
{
    return m_transforms->toMap->Transform(count, x, y) != FALSE;
}

} // namespace gpuplan
