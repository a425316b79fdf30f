// SPDX-License-Identifier: MIT
#include "OgrSupport.h"

#include "IoError.h"

#include <cpl_error.h>
#include <mutex>

namespace gpuplan::ogr {

void registerDrivers()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

QuietErrors::QuietErrors()
{
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
}

QuietErrors::~QuietErrors()
{
    CPLPopErrorHandler();
}

std::string lastError()
{
    const std::string message = CPLGetLastErrorMsg();
    return message.empty() ? std::string() : " (GDAL: " + message + ")";
}

std::unique_ptr<OGRSpatialReference> lonLatReference()
{
    auto reference = std::make_unique<OGRSpatialReference>();
    reference->importFromEPSG(4326);
    reference->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return reference;
}

GDALDatasetUniquePtr openVector(const std::filesystem::path& path, const char* driver,
                                const std::string& formatName)
{
    registerDrivers();
    std::error_code error;
    if (!std::filesystem::exists(path, error))
        throw IoError(path.string() + ": no such file");
    if (!std::filesystem::is_regular_file(path, error))
        throw IoError(path.string() + ": not a file");
    const char* const allowed[] = {driver, nullptr};
    QuietErrors quiet;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(
        path.string().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, driver ? allowed : nullptr));
    if (!dataset)
        throw IoError(path.string() + ": not " + formatName + lastError());
    return dataset;
}

LonLatTransform::LonLatTransform(const OGRSpatialReference* source, const std::string& where)
{
    if (!source)
        return;
    const auto target = lonLatReference();
    OGRSpatialReference traditional(*source);
    // Vector formats store x/y in easting/northing (lon/lat) order whatever the authority says.
    traditional.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (traditional.IsSame(target.get()))
        return;
    m_transform.reset(OGRCreateCoordinateTransformation(&traditional, target.get()));
    if (!m_transform)
        throw IoError(where + "cannot transform coordinates to longitude/latitude" + lastError());
}

bool LonLatTransform::apply(double& x, double& y) const
{
    return !m_transform || m_transform->Transform(1, &x, &y);
}

} // namespace gpuplan::ogr
