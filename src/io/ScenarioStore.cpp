// SPDX-License-Identifier: MIT
#include "ScenarioStore.h"

#include "IoError.h"
#include "OgrSupport.h"
#include "model/Validation.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <ogrsf_frmts.h>
#include <optional>
#include <random>
#include <sstream>
#include <stdexcept>
#include <utility>
#include <variant>

namespace gpuplan {
namespace {

// Enough issues to fix a file in one go, few enough to read in a message box.
constexpr std::size_t kMaxReportedIssues = 5;

using FieldValue = std::variant<int, double, std::string>;

// A stored value a column cannot take; the reader adds the file, layer, feature and field.
class ValueError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// One attribute of a domain value: its column name and OGR type, and how to get and set it.
template <typename T> struct Column {
    std::string name;
    OGRFieldType type;
    std::function<FieldValue(const T&)> get;
    std::function<void(T&, const FieldValue&)> set; // throws ValueError
    bool optional = false; // added after files were written: absent reads as the default
};

template <typename T> Column<T> column(std::string name, int T::*member)
{
    return {std::move(name), OFTInteger,
            [member](const T& item) { return FieldValue(item.*member); },
            [member](T& item, const FieldValue& value) {
                item.*member = std::get<int>(value);
            }};
}

template <typename T> Column<T> column(std::string name, double T::*member)
{
    return {std::move(name), OFTReal, [member](const T& item) { return FieldValue(item.*member); },
            [member](T& item, const FieldValue& value) {
                item.*member = std::get<double>(value);
            }};
}

template <typename T> Column<T> column(std::string name, std::string T::*member)
{
    return {std::move(name), OFTString,
            [member](const T& item) { return FieldValue(item.*member); },
            [member](T& item, const FieldValue& value) {
                item.*member = std::get<std::string>(value);
            }};
}

// A text column later versions added; a file without it reads as empty text.
template <typename T> Column<T> addedTextColumn(std::string name, std::string T::*member)
{
    Column<T> added = column(std::move(name), member);
    added.optional = true;
    return added;
}

// MATPOWER's status column: 1 in service, 0 out of service.
template <typename T> Column<T> statusColumn(std::string name, bool T::*member)
{
    return {std::move(name), OFTInteger,
            [member](const T& item) { return FieldValue(item.*member ? 1 : 0); },
            [member](T& item, const FieldValue& value) {
                const int status = std::get<int>(value);
                if (status != 0 && status != 1)
                    throw ValueError(std::to_string(status) + " is not a status (0 or 1)");
                item.*member = status == 1;
            }};
}

// Enums are stored as their model/Types.h names, so the file reads well in QGIS.
template <typename T, typename Enum>
Column<T> enumColumn(std::string name, Enum T::*member,
                     std::optional<Enum> (*parse)(std::string_view))
{
    return {std::move(name), OFTString,
            [member](const T& item) { return FieldValue(std::string(toString(item.*member))); },
            [member, parse](T& item, const FieldValue& value) {
                const std::string& text = std::get<std::string>(value);
                const std::optional<Enum> parsed = parse(text);
                if (!parsed)
                    throw ValueError("unknown value '" + text + "'");
                item.*member = *parsed;
            }};
}

Column<Bus> busTypeColumn()
{
    return {
        "type", OFTInteger, [](const Bus& bus) { return FieldValue(static_cast<int>(bus.type)); },
        [](Bus& bus, const FieldValue& value) {
            const int type = std::get<int>(value);
            if (type < static_cast<int>(BusType::PQ) || type > static_cast<int>(BusType::Isolated))
                throw ValueError(std::to_string(type) + " is not a MATPOWER bus type (1 to 4)");
            bus.type = static_cast<BusType>(type);
        }};
}

// A table of the GeoPackage and the domain values it holds, one feature per value.
template <typename T> struct LayerSpec {
    std::string name;
    OGRwkbGeometryType geometryType;
    std::string keyField; // names a feature in messages; empty: the feature's FID
    std::vector<Column<T>> columns;
};

// A row of the key/value table `scenario`.
struct Setting {
    std::string key;
    std::string value;
};

const LayerSpec<Setting>& settingsLayer()
{
    static const LayerSpec<Setting> spec{
        "scenario",
        wkbNone,
        "key",
        {column("key", &Setting::key), column("value", &Setting::value)}};
    return spec;
}

const LayerSpec<Organisation>& organisationsLayer()
{
    using O = Organisation;
    static const LayerSpec<O> spec{"organisations",
                                   wkbNone,
                                   "id",
                                   {column("id", &O::id), column("name_ko", &O::nameKo),
                                    column("name_en", &O::nameEn), column("quota", &O::quota),
                                    column("colour", &O::colour), column("source", &O::source)}};
    return spec;
}

const LayerSpec<GpuModel>& gpuModelsLayer()
{
    using M = GpuModel;
    static const LayerSpec<M> spec{
        "gpu_models",
        wkbNone,
        "id",
        {column("id", &M::id), column("name", &M::name), column("kw_per_gpu", &M::kwPerGpu),
         column("gpus_per_rack", &M::gpusPerRack), column("rack_kw", &M::rackKw),
         enumColumn("cooling", &M::cooling, coolingTypeFromString),
         column("year_available", &M::yearAvailable), column("source", &M::source)}};
    return spec;
}

const LayerSpec<Site>& sitesLayer()
{
    static const LayerSpec<Site> spec{
        "sites",
        wkbPoint,
        "id",
        {column("id", &Site::id), column("name_ko", &Site::nameKo),
         column("name_en", &Site::nameEn), column("province", &Site::province),
         column("bus", &Site::busId), column("connection_limit_mw", &Site::connectionLimitMw),
         column("max_it_mw", &Site::maxItMw),
         enumColumn("cooling", &Site::cooling, coolingTypeFromString), column("pue", &Site::pue),
         column("wue_l_per_kwh", &Site::wueLPerKwh), column("water_source", &Site::waterSourceId),
         column("energisation_year", &Site::energisationYear),
         enumColumn("status", &Site::status, siteStatusFromString),
         column("source", &Site::source)}};
    return spec;
}

const LayerSpec<WaterSource>& waterSourcesLayer()
{
    using W = WaterSource;
    static const LayerSpec<W> spec{"water_sources",
                                   wkbPoint,
                                   "id",
                                   {column("id", &W::id), column("name_ko", &W::nameKo),
                                    column("name_en", &W::nameEn), column("basin", &W::basin),
                                    column("available_m3_per_day", &W::availableM3PerDay),
                                    column("source", &W::source)}};
    return spec;
}

const LayerSpec<Allocation>& allocationsLayer()
{
    using A = Allocation;
    static const LayerSpec<A> spec{"allocations",
                                   wkbNone,
                                   "",
                                   {column("organisation", &A::organisationId),
                                    column("site", &A::siteId), column("model", &A::modelId),
                                    column("year", &A::year), column("gpus", &A::gpus)}};
    return spec;
}

const LayerSpec<Bus>& busesLayer()
{
    static const LayerSpec<Bus> spec{
        "buses",
        wkbPoint,
        "bus_i",
        {column("bus_i", &Bus::id), column("name_ko", &Bus::name), column("name_en", &Bus::nameEn),
         column("base_kv", &Bus::baseKv), busTypeColumn(), column("pd_mw", &Bus::loadMw),
         column("qd_mvar", &Bus::loadMvar), column("gs_mw", &Bus::shuntGsMw),
         column("bs_mvar", &Bus::shuntBsMvar), column("va_deg", &Bus::vaDeg),
         column("area", &Bus::area), column("region", &Bus::region),
         column("source", &Bus::source)}};
    return spec;
}

const LayerSpec<Branch>& branchesLayer()
{
    using B = Branch;
    static const LayerSpec<B> spec{
        "branches",
        wkbLineString,
        "",
        {column("f_bus", &B::fromBus), column("t_bus", &B::toBus), column("r", &B::r),
         column("x", &B::x), column("b", &B::b), column("rate_a_mva", &B::rateAMva),
         column("tap", &B::tap), column("shift_deg", &B::shiftDeg),
         statusColumn("status", &B::inService), column("in_service_year", &B::inServiceYear),
         column("base_kv", &B::baseKv), addedTextColumn("name_ko", &B::nameKo),
         column("name", &B::name), column("source", &B::source)}};
    return spec;
}

const LayerSpec<Generator>& generatorsLayer()
{
    using G = Generator;
    static const LayerSpec<G> spec{
        "generators",
        wkbPoint,
        "",
        {column("bus", &G::bus), column("name", &G::name), column("fuel", &G::fuel),
         column("pg_mw", &G::pMw), column("pmin_mw", &G::pMinMw), column("pmax_mw", &G::pMaxMw),
         statusColumn("status", &G::inService), column("in_service_year", &G::inServiceYear),
         column("source", &G::source)}};
    return spec;
}

const LayerSpec<DcLine>& dcLinesLayer()
{
    using D = DcLine;
    static const LayerSpec<D> spec{
        "dc_lines",
        wkbLineString,
        "",
        {column("f_bus", &D::fromBus), column("t_bus", &D::toBus), column("pf_mw", &D::pFromMw),
         column("pmax_mw", &D::pMaxMw), column("loss0_mw", &D::loss0Mw), column("loss1", &D::loss1),
         statusColumn("status", &D::inService), column("in_service_year", &D::inServiceYear),
         column("name", &D::name), column("source", &D::source)}};
    return spec;
}

// --- Geometry: written from the model, read back only where the model keeps coordinates ---

std::unique_ptr<OGRGeometry> pointAt(double lon, double lat)
{
    if (std::isnan(lon) || std::isnan(lat))
        return std::make_unique<OGRPoint>(); // empty: location unknown
    return std::make_unique<OGRPoint>(lon, lat);
}

std::unique_ptr<OGRGeometry> busPoint(const Grid& grid, int busId)
{
    const Bus* bus = findBus(grid, busId);
    return bus ? pointAt(bus->lon, bus->lat) : std::make_unique<OGRPoint>();
}

std::unique_ptr<OGRGeometry> lineBetween(const Grid& grid, int fromBusId, int toBusId)
{
    auto line = std::make_unique<OGRLineString>();
    const Bus* from = findBus(grid, fromBusId);
    const Bus* to = findBus(grid, toBusId);
    if (from && to && from->hasLocation() && to->hasLocation()) {
        line->addPoint(from->lon, from->lat);
        line->addPoint(to->lon, to->lat);
    }
    return line;
}

std::unique_ptr<OGRGeometry> geometryOf(const Site& site, const Grid&)
{
    return pointAt(site.lon, site.lat);
}

std::unique_ptr<OGRGeometry> geometryOf(const WaterSource& water, const Grid&)
{
    return pointAt(water.lon, water.lat);
}

std::unique_ptr<OGRGeometry> geometryOf(const Bus& bus, const Grid&)
{
    return pointAt(bus.lon, bus.lat);
}

std::unique_ptr<OGRGeometry> geometryOf(const Generator& generator, const Grid& grid)
{
    return busPoint(grid, generator.bus);
}

std::unique_ptr<OGRGeometry> geometryOf(const Branch& branch, const Grid& grid)
{
    return lineBetween(grid, branch.fromBus, branch.toBus);
}

std::unique_ptr<OGRGeometry> geometryOf(const DcLine& line, const Grid& grid)
{
    return lineBetween(grid, line.fromBus, line.toBus);
}

template <typename T>
concept Drawn = requires(const T& item, const Grid& grid)
{
    geometryOf(item, grid);
};

struct LonLat {
    double lon = kUnknownCoordinate;
    double lat = kUnknownCoordinate;
    bool known() const { return !std::isnan(lon) && !std::isnan(lat); }
};

// Longitude and latitude of a point geometry; unknown for an empty or missing geometry.
LonLat lonLatOf(const OGRGeometry* geometry, const ogr::LonLatTransform& transform)
{
    if (!geometry || geometry->IsEmpty())
        return {};
    if (wkbFlatten(geometry->getGeometryType()) != wkbPoint)
        throw ValueError(std::string("a ") + geometry->getGeometryName() + ", not a point");
    LonLat place{geometry->toPoint()->getX(), geometry->toPoint()->getY()};
    if (!transform.apply(place.lon, place.lat))
        throw ValueError("cannot be transformed to longitude/latitude");
    return place;
}

LonLat requiredLonLat(const OGRGeometry* geometry, const ogr::LonLatTransform& transform)
{
    const LonLat place = lonLatOf(geometry, transform);
    if (!place.known())
        throw ValueError("no point geometry");
    return place;
}

void placeAt(Bus& bus, const OGRGeometry* geometry, const ogr::LonLatTransform& transform)
{
    const LonLat place = lonLatOf(geometry, transform);
    bus.lon = place.lon;
    bus.lat = place.lat;
}

void placeAt(Site& site, const OGRGeometry* geometry, const ogr::LonLatTransform& transform)
{
    const LonLat place = requiredLonLat(geometry, transform);
    site.lon = place.lon;
    site.lat = place.lat;
}

void placeAt(WaterSource& water, const OGRGeometry* geometry, const ogr::LonLatTransform& transform)
{
    const LonLat place = requiredLonLat(geometry, transform);
    water.lon = place.lon;
    water.lat = place.lat;
}

template <typename T>
concept Placed = requires(T& item, const OGRGeometry* geometry, const ogr::LonLatTransform& t)
{
    placeAt(item, geometry, t);
};

// --- Numbers as text, for the key/value table ---

// The shortest text that reads back as the very same double.
std::string exactText(double value)
{
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

template <typename Number> std::optional<Number> parseNumber(std::string_view text)
{
    Number value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

[[noreturn]] void failAt(const std::string& fileName, ValidationIssue issue)
{
    throw IoError(fileName + ": " + issue.toString());
}

// --- Writing ---

std::vector<Setting> settingsRows(const Scenario& scenario)
{
    const ScenarioSettings& settings = scenario.settings();
    return {{"schema_version", std::to_string(kScenarioSchemaVersion)},
            {"name", settings.name},
            {"description", settings.description},
            {"planning_year", std::to_string(settings.planningYear)},
            {"at_risk_margin", exactText(settings.atRiskMargin)},
            {"slack_policy", std::string(toString(settings.slackPolicy))},
            {"grid_source", settings.gridSource},
            {"base_mva", exactText(scenario.grid().baseMva)}};
}

void setField(OGRFeature& feature, int index, const FieldValue& value)
{
    if (const int* number = std::get_if<int>(&value))
        feature.SetField(index, *number);
    else if (const double* real = std::get_if<double>(&value))
        feature.SetField(index, *real);
    else
        feature.SetField(index, std::get<std::string>(value).c_str());
}

// Writes the layers of one scenario into a new GeoPackage, inside one transaction.
class GeoPackageWriter {
public:
    explicit GeoPackageWriter(const std::filesystem::path& file) : m_lonLat(ogr::lonLatReference())
    {
        ogr::registerDrivers();
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        if (!driver)
            fail("this GDAL has no GeoPackage driver");
        m_dataset.reset(driver->Create(file.string().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!m_dataset)
            fail("cannot create " + file.string());
        if (m_dataset->StartTransaction() != OGRERR_NONE)
            fail("cannot start a transaction");
    }

    template <typename T>
    void write(const LayerSpec<T>& spec, const std::vector<T>& items, const Grid& grid)
    {
        OGRLayer& layer = createLayer(spec);
        for (std::size_t i = 0; i < items.size(); ++i) {
            OGRFeature feature(layer.GetLayerDefn());
            feature.SetFID(static_cast<GIntBig>(i + 1)); // FIDs keep the model's order
            for (std::size_t c = 0; c < spec.columns.size(); ++c)
                setField(feature, static_cast<int>(c), spec.columns[c].get(items[i]));
            if constexpr (Drawn<T>)
                feature.SetGeometryDirectly(geometryOf(items[i], grid).release());
            if (layer.CreateFeature(&feature) != OGRERR_NONE)
                fail("cannot write feature " + std::to_string(i + 1) + " of layer '" + spec.name +
                     "'");
        }
    }

    void close()
    {
        if (m_dataset->CommitTransaction() != OGRERR_NONE)
            fail("cannot write the file");
        CPLErrorReset();
        m_dataset.reset();
        if (CPLGetLastErrorType() >= CE_Failure)
            fail("cannot close the file");
    }

private:
    template <typename T> OGRLayer& createLayer(const LayerSpec<T>& spec)
    {
        OGRSpatialReference* reference = spec.geometryType == wkbNone ? nullptr : m_lonLat.get();
        OGRLayer* layer = m_dataset->CreateLayer(spec.name.c_str(), reference, spec.geometryType);
        if (!layer)
            fail("cannot create layer '" + spec.name + "'");
        for (const Column<T>& column : spec.columns) {
            OGRFieldDefn definition(column.name.c_str(), column.type);
            if (layer->CreateField(&definition) != OGRERR_NONE)
                fail("cannot create field '" + column.name + "' of layer '" + spec.name + "'");
        }
        return *layer;
    }

    [[noreturn]] void fail(const std::string& message) const
    {
        throw IoError(message + ogr::lastError());
    }

    std::unique_ptr<OGRSpatialReference> m_lonLat;
    GDALDatasetUniquePtr m_dataset;
};

void writeGeoPackage(const Scenario& scenario, const std::filesystem::path& file)
{
    const Grid& grid = scenario.grid();
    GeoPackageWriter writer(file);
    writer.write(settingsLayer(), settingsRows(scenario), grid);
    writer.write(organisationsLayer(), scenario.organisations(), grid);
    writer.write(gpuModelsLayer(), scenario.gpuModels(), grid);
    writer.write(sitesLayer(), scenario.sites(), grid);
    writer.write(waterSourcesLayer(), scenario.waterSources(), grid);
    writer.write(allocationsLayer(), scenario.allocations(), grid);
    writer.write(busesLayer(), grid.buses, grid);
    writer.write(branchesLayer(), grid.branches, grid);
    writer.write(generatorsLayer(), grid.generators, grid);
    writer.write(dcLinesLayer(), grid.dcLines, grid);
    writer.close();
}

// A hidden name in the target's directory, so that the final rename stays on one file system.
std::filesystem::path temporarySibling(const std::filesystem::path& file)
{
    std::random_device random;
    std::ostringstream name;
    name << '.' << file.filename().string() << ".tmp-" << std::hex << random();
    return file.parent_path() / name.str();
}

// --- Reading ---

bool typeFits(OGRFieldType stored, OGRFieldType wanted)
{
    const bool integral = stored == OFTInteger || stored == OFTInteger64;
    if (wanted == OFTInteger)
        return integral;
    if (wanted == OFTReal)
        return integral || stored == OFTReal;
    return stored == wanted;
}

FieldValue fieldValue(OGRFeature& feature, int index, OGRFieldType wanted)
{
    if (!feature.IsFieldSetAndNotNull(index)) {
        if (wanted == OFTString)
            return std::string();
        throw ValueError("has no value");
    }
    if (wanted == OFTReal)
        return feature.GetFieldAsDouble(index);
    if (wanted == OFTString)
        return std::string(feature.GetFieldAsString(index));
    const GIntBig number = feature.GetFieldAsInteger64(index);
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
        throw ValueError(std::to_string(number) + " is out of range");
    return static_cast<int>(number);
}

std::string quoted(const std::string& identifier)
{
    return '"' + identifier + '"';
}

// Reads the layers of a GeoPackage into domain values, checking names, types and values.
class GeoPackageReader {
public:
    explicit GeoPackageReader(const std::filesystem::path& file)
        : m_fileName(file.string()), m_dataset(ogr::openVector(file, "GPKG", "a GeoPackage"))
    {
    }

    const std::string& fileName() const { return m_fileName; }

    template <typename T> std::vector<T> read(const LayerSpec<T>& spec) const
    {
        OGRLayer& layer = requireLayer(spec.name);
        const std::vector<int> indices = fieldIndices(layer, spec);
        checkStoredNumbers(layer, spec);
        const ogr::LonLatTransform transform(layer.GetSpatialRef(), m_fileName + ": ");
        std::vector<std::pair<GIntBig, T>> rows;
        layer.ResetReading();
        for (OGRFeatureUniquePtr f(layer.GetNextFeature()); f; f.reset(layer.GetNextFeature()))
            rows.emplace_back(f->GetFID(), readFeature(*f, spec, indices, transform));
        std::stable_sort(rows.begin(), rows.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<T> items;
        for (auto& row : rows)
            items.push_back(std::move(row.second));
        return items;
    }

private:
    OGRLayer& requireLayer(const std::string& name) const
    {
        OGRLayer* layer = m_dataset->GetLayerByName(name.c_str());
        if (!layer)
            failAt(m_fileName, {name, "", "", "missing layer"});
        return *layer;
    }

    template <typename T>
    std::vector<int> fieldIndices(OGRLayer& layer, const LayerSpec<T>& spec) const
    {
        OGRFeatureDefn* definition = layer.GetLayerDefn();
        std::vector<int> indices;
        for (const Column<T>& column : spec.columns) {
            const int index = definition->GetFieldIndex(column.name.c_str());
            if (index < 0 && column.optional) {
                indices.push_back(-1);
                continue;
            }
            if (index < 0)
                failAt(m_fileName, {spec.name, "", column.name, "missing field"});
            const OGRFieldType stored = definition->GetFieldDefn(index)->GetType();
            if (!typeFits(stored, column.type))
                failAt(m_fileName,
                       {spec.name, "", column.name,
                        std::string("stored as ") + OGRFieldDefn::GetFieldTypeName(stored) +
                            ", expected " + OGRFieldDefn::GetFieldTypeName(column.type)});
            indices.push_back(index);
        }
        return indices;
    }

    // SQLite keeps whatever a cell was given, and GDAL reads 'abc' or 1.5 in an integer column
    // as 0 or 1 without a word; so numeric cells are checked as stored.
    template <typename T> void checkStoredNumbers(OGRLayer& layer, const LayerSpec<T>& spec) const
    {
        const std::string key =
            quoted(spec.keyField.empty() ? layer.GetFIDColumn() : spec.keyField);
        for (const Column<T>& column : spec.columns) {
            if (column.type == OFTString)
                continue;
            const std::string allowed =
                column.type == OFTInteger ? "'integer'" : "'integer','real'";
            const std::string cell = quoted(column.name);
            const std::string sql = "SELECT CAST(" + key + " AS TEXT), CAST(" + cell +
                                    " AS TEXT), typeof(" + cell + ") FROM " + quoted(spec.name) +
                                    " WHERE typeof(" + cell + ") NOT IN (" + allowed + ") LIMIT 1";
            const auto release = [this](OGRLayer* result) {
                m_dataset->ReleaseResultSet(result);
            };
            std::unique_ptr<OGRLayer, decltype(release)> result(
                m_dataset->ExecuteSQL(sql.c_str(), nullptr, nullptr), release);
            if (!result)
                failAt(m_fileName,
                       {spec.name, "", column.name, "cannot be read" + ogr::lastError()});
            if (OGRFeatureUniquePtr bad{result->GetNextFeature()})
                failAt(m_fileName, {spec.name, bad->GetFieldAsString(0), column.name,
                                    describeStored(*bad, column.type)});
        }
    }

    static std::string describeStored(OGRFeature& cell, OGRFieldType wanted)
    {
        const std::string kind = cell.GetFieldAsString(2);
        if (kind == "null")
            return "has no value";
        const std::string text = cell.GetFieldAsString(1);
        if (wanted == OFTInteger && kind == "real")
            return "'" + text + "' is not a whole number";
        return "'" + text + "' is not a number";
    }

    template <typename T>
    T readFeature(OGRFeature& feature, const LayerSpec<T>& spec, const std::vector<int>& indices,
                  const ogr::LonLatTransform& transform) const
    {
        T item;
        for (std::size_t c = 0; c < spec.columns.size(); ++c) {
            const Column<T>& column = spec.columns[c];
            if (indices[c] < 0)
                continue; // an added column the file predates
            try {
                column.set(item, fieldValue(feature, indices[c], column.type));
            } catch (const ValueError& error) {
                failAt(m_fileName,
                       {spec.name, featureLabel(feature, spec), column.name, error.what()});
            }
        }
        if constexpr (Placed<T>) {
            try {
                placeAt(item, feature.GetGeometryRef(), transform);
            } catch (const ValueError& error) {
                failAt(m_fileName,
                       {spec.name, featureLabel(feature, spec), "geometry", error.what()});
            }
        }
        return item;
    }

    template <typename T>
    static std::string featureLabel(OGRFeature& feature, const LayerSpec<T>& spec)
    {
        if (!spec.keyField.empty()) {
            const std::string key = feature.GetFieldAsString(spec.keyField.c_str());
            if (!key.empty())
                return key;
        }
        return std::to_string(feature.GetFID());
    }

    std::string m_fileName;
    GDALDatasetUniquePtr m_dataset;
};

struct StoredSettings {
    ScenarioSettings settings;
    double baseMva = 0.0;
};

// Reads the key/value rows of the `scenario` table, the schema version first.
class SettingsParser {
public:
    SettingsParser(const std::vector<Setting>& rows, std::string fileName)
        : m_fileName(std::move(fileName))
    {
        for (const Setting& row : rows)
            m_values.emplace(row.key, row.value);
    }

    StoredSettings parse() const
    {
        checkSchemaVersion();
        StoredSettings stored;
        stored.settings.name = text("name");
        stored.settings.description = text("description");
        stored.settings.planningYear = number<int>("planning_year");
        stored.settings.atRiskMargin = number<double>("at_risk_margin");
        const std::optional<SlackPolicy> policy = slackPolicyFromString(text("slack_policy"));
        if (!policy)
            fail("slack_policy", "unknown value '" + text("slack_policy") + "'");
        stored.settings.slackPolicy = *policy;
        stored.settings.gridSource = text("grid_source");
        stored.baseMva = number<double>("base_mva");
        return stored;
    }

private:
    void checkSchemaVersion() const
    {
        const int version = number<int>("schema_version");
        if (version > kScenarioSchemaVersion)
            throw IoError(m_fileName + ": written by a newer gpuplan (schema " +
                          std::to_string(version) + "); this build reads schema " +
                          std::to_string(kScenarioSchemaVersion));
        if (version < 1)
            fail("schema_version", "no schema " + std::to_string(version));
    }

    const std::string& text(const std::string& key) const
    {
        const auto it = m_values.find(key);
        if (it == m_values.end())
            failAt(m_fileName, {"scenario", key, "key", "missing key '" + key + "'"});
        return it->second;
    }

    template <typename Number> Number number(const std::string& key) const
    {
        const std::optional<Number> value = parseNumber<Number>(text(key));
        if (!value)
            fail(key, "'" + text(key) + "' is not a " +
                          (std::is_integral_v<Number> ? "whole number" : "number"));
        return *value;
    }

    [[noreturn]] void fail(const std::string& key, std::string message) const
    {
        failAt(m_fileName, {"scenario", key, "value", std::move(message)});
    }

    std::string m_fileName;
    std::map<std::string, std::string> m_values;
};

Scenario readGeoPackage(const GeoPackageReader& reader)
{
    const StoredSettings stored =
        SettingsParser(reader.read(settingsLayer()), reader.fileName()).parse();
    Grid grid;
    grid.baseMva = stored.baseMva;
    grid.buses = reader.read(busesLayer());
    grid.branches = reader.read(branchesLayer());
    grid.generators = reader.read(generatorsLayer());
    grid.dcLines = reader.read(dcLinesLayer());
    Scenario scenario;
    scenario.setSettings(stored.settings);
    scenario.setOrganisations(reader.read(organisationsLayer()));
    scenario.setGpuModels(reader.read(gpuModelsLayer()));
    scenario.setSites(reader.read(sitesLayer()));
    scenario.setWaterSources(reader.read(waterSourcesLayer()));
    scenario.setAllocations(reader.read(allocationsLayer()));
    scenario.setGrid(std::move(grid));
    return scenario;
}

} // namespace

void requireValid(const Scenario& scenario, const std::string& context)
{
    const std::vector<ValidationIssue> issues = validate(scenario);
    if (issues.empty())
        return;
    std::string message = context + issues.front().toString();
    for (std::size_t i = 1; i < std::min(issues.size(), kMaxReportedIssues); ++i)
        message += "; " + issues[i].toString();
    if (issues.size() > kMaxReportedIssues)
        message += "; and " + std::to_string(issues.size() - kMaxReportedIssues) + " more";
    throw IoError(message);
}

Scenario readScenario(const std::filesystem::path& file)
{
    ogr::QuietErrors quiet;
    const GeoPackageReader reader(file);
    Scenario scenario = readGeoPackage(reader);
    requireValid(scenario, file.string() + ": ");
    return scenario;
}

void writeScenario(const Scenario& scenario, const std::filesystem::path& file)
{
    requireValid(scenario, file.string() + ": not saved: ");
    const std::filesystem::path temporary = temporarySibling(file);
    ogr::QuietErrors quiet;
    try {
        writeGeoPackage(scenario, temporary);
        std::filesystem::rename(temporary, file);
    } catch (const std::exception& error) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw IoError(file.string() + ": not saved: " + error.what());
    }
}

} // namespace gpuplan
