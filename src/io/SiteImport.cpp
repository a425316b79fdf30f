// SPDX-License-Identifier: MIT
#include "SiteImport.h"

#include "Csv.h"
#include "IoError.h"
#include "OgrSupport.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <ogrsf_frmts.h>
#include <optional>
#include <string_view>

namespace gpuplan {
namespace {

// Defaults for optional columns, documented in SiteImport.h.
constexpr double kDefaultPue = 1.3; // FACTS.md section 2: new, large facilities (Uptime 2024)
// FACTS.md section 2 (evaporative cooling, 1.0-2.0 L/kWh) and the section 3 sizing, 1.8 L/kWh.
constexpr double kDefaultWueLPerKwh = 1.8;
constexpr double kNotAssessedMw = 0.0;       // limits not yet known: the planner must enter them
constexpr int kNoEnergisationConstraint = 0; // the timeline check ignores year 0
constexpr CoolingType kDefaultCooling = CoolingType::Air; // no liquid loops unless stated
constexpr SiteStatus kDefaultStatus = SiteStatus::Candidate;

// One record of an import file, a CSV row or a vector feature: named attributes, and where the
// record is for messages.
class SiteRecord {
public:
    virtual ~SiteRecord() = default;
    // The column's text; empty when the column is missing or the cell is empty.
    virtual std::string text(std::string_view column) const = 0;
    // The column's number; nullopt when missing or empty. Throws IoError when not a number.
    virtual std::optional<double> number(std::string_view column) const = 0;
    // "file:12: column 'lon': " or "file: feature 3, column 'lon': ".
    virtual std::string where(std::string_view column) const = 0;
};

std::optional<double> parseNumber(std::string_view text)
{
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::string requiredText(const SiteRecord& record, std::string_view column)
{
    std::string value = record.text(column);
    if (value.empty())
        throw IoError(record.where(column) + "a value is required");
    return value;
}

double requiredNumber(const SiteRecord& record, std::string_view column)
{
    const std::optional<double> value = record.number(column);
    if (!value)
        throw IoError(record.where(column) + "a number is required");
    return *value;
}

int wholeNumber(const SiteRecord& record, std::string_view column, double value)
{
    if (value != std::trunc(value) || std::abs(value) > std::numeric_limits<int>::max())
        throw IoError(record.where(column) + "'" + record.text(column) + "' is not a whole number");
    return static_cast<int>(value);
}

int integerOr(const SiteRecord& record, std::string_view column, int fallback)
{
    const std::optional<double> value = record.number(column);
    return value ? wholeNumber(record, column, *value) : fallback;
}

template <typename Enum>
Enum enumOr(const SiteRecord& record, std::string_view column,
            std::optional<Enum> (*parse)(std::string_view), Enum fallback)
{
    const std::string text = record.text(column);
    if (text.empty())
        return fallback;
    const std::optional<Enum> value = parse(text);
    if (!value)
        throw IoError(record.where(column) + "unknown value '" + text + "'");
    return *value;
}

struct LonLat {
    double lon = 0.0;
    double lat = 0.0;
};

Site siteFrom(const SiteRecord& record, LonLat place, const std::filesystem::path& file)
{
    Site site;
    site.id = requiredText(record, "id");
    site.nameKo = requiredText(record, "name_ko");
    site.nameEn = record.text("name_en");
    site.lon = place.lon;
    site.lat = place.lat;
    site.province = record.text("province");
    site.busId = wholeNumber(record, "bus", requiredNumber(record, "bus"));
    site.connectionLimitMw = record.number("connection_limit_mw").value_or(kNotAssessedMw);
    site.maxItMw = record.number("max_it_mw").value_or(kNotAssessedMw);
    site.cooling = enumOr(record, "cooling", coolingTypeFromString, kDefaultCooling);
    site.pue = record.number("pue").value_or(kDefaultPue);
    site.wueLPerKwh = record.number("wue_l_per_kwh").value_or(kDefaultWueLPerKwh);
    site.waterSourceId = record.text("water_source");
    site.energisationYear = integerOr(record, "energisation_year", kNoEnergisationConstraint);
    site.status = enumOr(record, "status", siteStatusFromString, kDefaultStatus);
    site.source = record.text("source");
    if (site.source.empty())
        site.source = "imported from " + file.filename().string();
    return site;
}

// --- CSV ---

class CsvSiteRecord : public SiteRecord {
public:
    CsvSiteRecord(const CsvTable& table, const CsvTable::Row& row) : m_table(table), m_row(row) {}

    std::string text(std::string_view column) const override
    {
        return m_table.field(m_row, m_table.column(column));
    }

    std::optional<double> number(std::string_view column) const override
    {
        if (text(column).empty())
            return std::nullopt;
        return m_table.number(m_row, m_table.column(column));
    }

    std::string where(std::string_view column) const override
    {
        return m_table.where(m_row) + "column '" + std::string(column) + "': ";
    }

private:
    const CsvTable& m_table;
    const CsvTable::Row& m_row;
};

std::vector<Site> importCsvSites(const std::filesystem::path& file)
{
    const CsvTable table = CsvTable::read(file);
    for (const char* column : {"id", "name_ko", "lon", "lat", "bus"})
        table.requireColumn(column);
    std::vector<Site> sites;
    for (const CsvTable::Row& row : table.rows()) {
        const CsvSiteRecord record(table, row);
        const LonLat place{requiredNumber(record, "lon"), requiredNumber(record, "lat")};
        sites.push_back(siteFrom(record, place, file));
    }
    return sites;
}

// --- Vector formats ---

class FeatureSiteRecord : public SiteRecord {
public:
    FeatureSiteRecord(OGRFeature& feature, const std::string& fileName)
        : m_feature(feature), m_fileName(fileName)
    {
    }

    std::string text(std::string_view column) const override
    {
        const int index = fieldIndex(column);
        return index < 0 ? std::string() : std::string(m_feature.GetFieldAsString(index));
    }

    std::optional<double> number(std::string_view column) const override
    {
        const int index = fieldIndex(column);
        if (index < 0)
            return std::nullopt;
        const OGRFieldType type = m_feature.GetFieldDefnRef(index)->GetType();
        if (type == OFTReal || type == OFTInteger || type == OFTInteger64)
            return m_feature.GetFieldAsDouble(index);
        const std::optional<double> value = parseNumber(text(column));
        if (!value)
            throw IoError(where(column) + "'" + text(column) + "' is not a number");
        return value;
    }

    std::string where(std::string_view column) const override
    {
        return m_fileName + ": feature " + std::to_string(m_feature.GetFID()) + ", column '" +
               std::string(column) + "': ";
    }

private:
    // The field's index, or -1 when the layer has no such field or this feature leaves it empty.
    int fieldIndex(std::string_view column) const
    {
        const int index = m_feature.GetFieldIndex(std::string(column).c_str());
        if (index < 0 || !m_feature.IsFieldSetAndNotNull(index))
            return -1;
        return std::string_view(m_feature.GetFieldAsString(index)).empty() ? -1 : index;
    }

    OGRFeature& m_feature;
    const std::string& m_fileName;
};

// The feature's point (a polygon's centroid) in lon/lat; features without a geometry give their
// lon/lat attributes.
LonLat featurePlace(OGRFeature& feature, const SiteRecord& record,
                    const ogr::LonLatTransform& transform)
{
    const OGRGeometry* geometry = feature.GetGeometryRef();
    if (!geometry || geometry->IsEmpty())
        return {requiredNumber(record, "lon"), requiredNumber(record, "lat")};
    OGRPoint point;
    if (wkbFlatten(geometry->getGeometryType()) == wkbPoint)
        point = *geometry->toPoint();
    else if (geometry->Centroid(&point) != OGRERR_NONE)
        throw IoError(record.where("geometry") + "no centre for a " + geometry->getGeometryName() +
                      ogr::lastError());
    LonLat place{point.getX(), point.getY()};
    if (!transform.apply(place.lon, place.lat))
        throw IoError(record.where("geometry") + "cannot be transformed to longitude/latitude" +
                      ogr::lastError());
    return place;
}

// A layer called `sites` (so that a scenario GeoPackage imports as it is), else the first one.
OGRLayer& siteLayer(GDALDataset& dataset, const std::filesystem::path& file)
{
    if (OGRLayer* named = dataset.GetLayerByName("sites"))
        return *named;
    if (dataset.GetLayerCount() < 1)
        throw IoError(file.string() + ": no layer to import");
    return *dataset.GetLayer(0);
}

std::vector<Site> importVectorSites(const std::filesystem::path& file)
{
    const GDALDatasetUniquePtr dataset = ogr::openVector(file);
    const ogr::QuietErrors quiet;
    OGRLayer& layer = siteLayer(*dataset, file);
    const std::string fileName = file.string();
    const ogr::LonLatTransform transform(layer.GetSpatialRef(), fileName + ": ");
    std::vector<Site> sites;
    layer.ResetReading();
    for (OGRFeatureUniquePtr f(layer.GetNextFeature()); f; f.reset(layer.GetNextFeature())) {
        const FeatureSiteRecord record(*f, fileName);
        sites.push_back(siteFrom(record, featurePlace(*f, record, transform), file));
    }
    return sites;
}

bool isCsv(const std::filesystem::path& file)
{
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".csv";
}

} // namespace

std::vector<Site> importSites(const std::filesystem::path& file)
{
    // CSV is read here rather than by GDAL for CP949 and for line numbers in messages.
    return isCsv(file) ? importCsvSites(file) : importVectorSites(file);
}

Scenario withImportedSites(Scenario scenario, const std::vector<Site>& sites)
{
    std::vector<Site> merged = scenario.sites();
    for (const Site& site : sites) {
        const auto same = [&](const Site& existing) {
            return existing.id == site.id;
        };
        const auto existing = std::find_if(merged.begin(), merged.end(), same);
        if (existing != merged.end())
            *existing = site;
        else
            merged.push_back(site);
    }
    scenario.setSites(std::move(merged));
    return scenario;
}

} // namespace gpuplan
