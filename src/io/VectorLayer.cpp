// SPDX-License-Identifier: MIT
#include "VectorLayer.h"

#include "IoError.h"
#include "OgrSupport.h"

#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace gpuplan {
namespace {

std::unique_ptr<OGRGeometry> regionPolygon(const GeographicBox& region)
{
    OGRLinearRing ring;
    ring.addPoint(region.west, region.south);
    ring.addPoint(region.east, region.south);
    ring.addPoint(region.east, region.north);
    ring.addPoint(region.west, region.north);
    ring.closeRings();
    auto polygon = std::make_unique<OGRPolygon>();
    polygon->addRing(&ring);
    return polygon;
}

std::vector<MapPoint> projectedPoints(const OGRSimpleCurve& curve, const MapProjection& projection)
{
    const int count = curve.getNumPoints();
    std::vector<double> x(static_cast<std::size_t>(count));
    std::vector<double> y(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        x[static_cast<std::size_t>(i)] = curve.getX(i);
        y[static_cast<std::size_t>(i)] = curve.getY(i);
    }
    projection.projectInPlace(x.data(), y.data(), count);
    std::vector<MapPoint> points(static_cast<std::size_t>(count));
    for (std::size_t i = 0; i < points.size(); ++i)
        points[i] = {x[i], y[i]};
    return points;
}

// Adds the parts of a (multi) polygon, line or point geometry in WGS 84 to `feature`.
void addGeometry(const OGRGeometry& geometry, const MapProjection& projection,
                 VectorFeature& feature)
{
    const auto type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPolygon) {
        feature.closed = true;
        for (const OGRLinearRing* ring : *geometry.toPolygon())
            feature.rings.push_back(projectedPoints(*ring, projection));
    } else if (type == wkbLineString) {
        feature.rings.push_back(projectedPoints(*geometry.toLineString(), projection));
    } else if (type == wkbPoint) {
        const auto* point = geometry.toPoint();
        feature.points.push_back(projection.project(point->getX(), point->getY()));
    } else if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
        for (const OGRGeometry* part : *geometry.toGeometryCollection())
            addGeometry(*part, projection, feature);
    }
}

std::string featureName(const OGRFeature& feature)
{
    for (const char* field : {"name", "NAME", "name_ko", "CTP_KOR_NM", "SIG_KOR_NM"}) {
        const int index = feature.GetFieldIndex(field);
        if (index >= 0)
            return feature.GetFieldAsString(index);
    }
    return {};
}

} // namespace

std::vector<VectorFeature> readVectorLayer(const std::filesystem::path& path,
                                           const GeographicBox& region)
{
    const GDALDatasetUniquePtr dataset = ogr::openVector(path);
    if (dataset->GetLayerCount() == 0)
        throw IoError(path.string() + ": holds no vector layer");

    const ogr::QuietErrors quiet;
    const auto geographic = ogr::lonLatReference();
    const auto clip = regionPolygon(region);
    const MapProjection projection;
    std::vector<VectorFeature> features;
    OGRLayer* layer = dataset->GetLayer(0);
    for (const auto& feature : *layer) {
        const OGRGeometry* source = feature->GetGeometryRef();
        if (!source)
            continue;
        std::unique_ptr<OGRGeometry> geometry(source->clone());
        if (geometry->getSpatialReference() && geometry->transformTo(geographic.get()) != OGRERR_NONE)
            continue;
        if (!geometry->Intersects(clip.get()))
            continue;
        std::unique_ptr<OGRGeometry> clipped(geometry->Intersection(clip.get()));
        VectorFeature item{.name = featureName(*feature)};
        addGeometry(clipped ? *clipped : *geometry, projection, item);
        features.push_back(std::move(item));
    }
    return features;
}

} // namespace gpuplan
