// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <gdal_priv.h>
#include <memory>
#include <ogr_spatialref.h>
#include <string>

namespace gpuplan::ogr {

// GDAL/OGR plumbing shared by the scenario store and the site import.

// Registers GDAL's drivers; safe to call from any thread, any number of times.
void registerDrivers();

// Silences GDAL's own messages to stderr while alive: errors reach the planner through IoError,
// with lastError() in the text.
class QuietErrors {
public:
    QuietErrors();
    ~QuietErrors();
    QuietErrors(const QuietErrors&) = delete;
    QuietErrors& operator=(const QuietErrors&) = delete;
};

// " (GDAL: <message>)" for the last GDAL error, or "" when there was none.
std::string lastError();

// EPSG:4326 with x = longitude and y = latitude, whatever the authority's axis order says.
std::unique_ptr<OGRSpatialReference> lonLatReference();

// Opens a vector dataset read-only. `driver` limits the drivers tried (nullptr: any), and
// `formatName` says in messages what the file should have been ("a GeoPackage").
// Throws IoError naming the file when it is missing, not a file, or not readable.
GDALDatasetUniquePtr openVector(const std::filesystem::path& path, const char* driver = nullptr,
                                const std::string& formatName = "vector data GDAL reads");

// Turns coordinates in a layer's reference system into longitude and latitude.
class LonLatTransform {
public:
    // `source` nullptr means already lon/lat; throws IoError starting with `where` when GDAL
    // cannot transform from `source`.
    LonLatTransform(const OGRSpatialReference* source, const std::string& where);
    // Transforms in place; false when the point cannot be transformed.
    bool apply(double& x, double& y) const;

private:
    std::unique_ptr<OGRCoordinateTransformation> m_transform;
};

} // namespace gpuplan::ogr
