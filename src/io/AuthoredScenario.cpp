// SPDX-License-Identifier: MIT
#include "AuthoredScenario.h"

#include "Csv.h"
#include "IoError.h"
#include "ScenarioStore.h"
#include "SiteImport.h"

#include <map>
#include <optional>

namespace gpuplan {
namespace {

// A row of an authored CSV file with its columns looked up by name; every accessor throws
// IoError naming the file, line and column.
class CsvRecord {
public:
    CsvRecord(const CsvTable& table, const CsvTable::Row& row) : m_table(table), m_row(row) {}

    std::string text(const char* column) const
    {
        return m_table.field(m_row, m_table.requireColumn(column));
    }
    double number(const char* column) const
    {
        return m_table.number(m_row, m_table.requireColumn(column));
    }
    int integer(const char* column) const
    {
        return m_table.integer(m_row, m_table.requireColumn(column));
    }

    // An empty cell is an unknown coordinate.
    double coordinate(const char* column) const
    {
        return text(column).empty() ? kUnknownCoordinate : number(column);
    }

    // MATPOWER's status: 1 in service, 0 out.
    bool status(const char* column) const
    {
        const int value = integer(column);
        if (value != 0 && value != 1)
            fail(column, "'" + text(column) + "' is not a status (0 or 1)");
        return value == 1;
    }

    template <typename Enum>
    Enum choice(const char* column, std::optional<Enum> (*parse)(std::string_view)) const
    {
        const std::optional<Enum> value = parse(text(column));
        if (!value)
            fail(column, "unknown value '" + text(column) + "'");
        return *value;
    }

    [[noreturn]] void fail(const char* column, const std::string& message) const
    {
        throw IoError(m_table.where(m_row) + "column '" + column + "': " + message);
    }

private:
    const CsvTable& m_table;
    const CsvTable::Row& m_row;
};

template <typename T>
std::vector<T> readRows(const std::filesystem::path& file, T (*parse)(const CsvRecord&))
{
    const CsvTable table = CsvTable::read(file);
    std::vector<T> items;
    for (const CsvTable::Row& row : table.rows())
        items.push_back(parse(CsvRecord(table, row)));
    return items;
}

Organisation parseOrganisation(const CsvRecord& r)
{
    return {r.text("id"),       r.text("name_ko"), r.text("name_en"),
            r.integer("quota"), r.text("colour"),  r.text("source")};
}

GpuModel parseGpuModel(const CsvRecord& r)
{
    return {r.text("id"),
            r.text("name"),
            r.number("kw_per_gpu"),
            r.integer("gpus_per_rack"),
            r.number("rack_kw"),
            r.choice("cooling", coolingTypeFromString),
            r.integer("year_available"),
            r.text("source")};
}

WaterSource parseWaterSource(const CsvRecord& r)
{
    return {r.text("id"),
            r.text("name_ko"),
            r.text("name_en"),
            r.text("basin"),
            r.number("lon"),
            r.number("lat"),
            r.number("available_m3_per_day"),
            r.text("source")};
}

Allocation parseAllocation(const CsvRecord& r)
{
    return {r.text("organisation"), r.text("site"), r.text("model"), r.integer("year"),
            r.integer("gpus")};
}

BusType parseBusType(const CsvRecord& r)
{
    const int type = r.integer("type");
    if (type < static_cast<int>(BusType::PQ) || type > static_cast<int>(BusType::Isolated))
        r.fail("type", std::to_string(type) + " is not a MATPOWER bus type (1 to 4)");
    return static_cast<BusType>(type);
}

Bus parseBus(const CsvRecord& r)
{
    Bus bus;
    bus.id = r.integer("bus_i");
    bus.name = r.text("name_ko");
    bus.nameEn = r.text("name_en");
    bus.lon = r.coordinate("lon");
    bus.lat = r.coordinate("lat");
    bus.baseKv = r.number("base_kv");
    bus.type = parseBusType(r);
    bus.loadMw = r.number("pd_mw");
    bus.loadMvar = r.number("qd_mvar");
    bus.shuntGsMw = r.number("gs_mw");
    bus.shuntBsMvar = r.number("bs_mvar");
    bus.vaDeg = r.number("va_deg");
    bus.area = r.integer("area");
    bus.region = r.text("region");
    bus.source = r.text("source");
    return bus;
}

Branch parseBranch(const CsvRecord& r)
{
    Branch branch;
    branch.fromBus = r.integer("f_bus");
    branch.toBus = r.integer("t_bus");
    branch.r = r.number("r");
    branch.x = r.number("x");
    branch.b = r.number("b");
    branch.rateAMva = r.number("rate_a_mva");
    branch.tap = r.number("tap");
    branch.shiftDeg = r.number("shift_deg");
    branch.inService = r.status("status");
    branch.inServiceYear = r.integer("in_service_year");
    branch.baseKv = r.number("base_kv");
    branch.nameKo = r.text("name_ko");
    branch.name = r.text("name");
    branch.source = r.text("source");
    return branch;
}

Generator parseGenerator(const CsvRecord& r)
{
    return {
        r.integer("bus"),    r.text("name"),      r.text("fuel"),     r.number("pg_mw"),
        r.number("pmin_mw"), r.number("pmax_mw"), r.status("status"), r.integer("in_service_year"),
        r.text("source")};
}

DcLine parseDcLine(const CsvRecord& r)
{
    return {r.integer("f_bus"),  r.integer("t_bus"),           r.number("pf_mw"),
            r.number("pmax_mw"), r.number("loss0_mw"),         r.number("loss1"),
            r.status("status"),  r.integer("in_service_year"), r.text("name"),
            r.text("source")};
}

// scenario.csv: key,value rows.
class SettingsTable {
public:
    explicit SettingsTable(const std::filesystem::path& file) : m_table(CsvTable::read(file))
    {
        m_value = m_table.requireColumn("value");
        const int key = m_table.requireColumn("key");
        for (std::size_t i = 0; i < m_table.rows().size(); ++i)
            m_rows.emplace(m_table.field(m_table.rows()[i], key), i);
    }

    std::string text(const std::string& key) const { return m_table.field(row(key), m_value); }
    double number(const std::string& key) const { return m_table.number(row(key), m_value); }
    int integer(const std::string& key) const { return m_table.integer(row(key), m_value); }

    SlackPolicy slackPolicy() const
    {
        const std::optional<SlackPolicy> policy = slackPolicyFromString(text("slack_policy"));
        if (!policy)
            throw IoError(m_table.where(row("slack_policy")) + "unknown slack policy '" +
                          text("slack_policy") + "'");
        return *policy;
    }

private:
    const CsvTable::Row& row(const std::string& key) const
    {
        const auto it = m_rows.find(key);
        if (it == m_rows.end())
            throw IoError(m_table.path().string() + ": missing key '" + key + "'");
        return m_table.rows()[it->second];
    }

    CsvTable m_table;
    int m_value = -1;
    std::map<std::string, std::size_t> m_rows; // key -> row index
};

Grid readGrid(const std::filesystem::path& gridDir, double baseMva)
{
    Grid grid;
    grid.baseMva = baseMva;
    grid.buses = readRows(gridDir / "buses.csv", parseBus);
    grid.branches = readRows(gridDir / "branches.csv", parseBranch);
    grid.generators = readRows(gridDir / "generators.csv", parseGenerator);
    const std::filesystem::path dcLines = gridDir / "dc_lines.csv";
    if (std::filesystem::exists(dcLines))
        grid.dcLines = readRows(dcLines, parseDcLine);
    return grid;
}

ScenarioSettings readSettings(const SettingsTable& table)
{
    ScenarioSettings settings;
    settings.name = table.text("name");
    settings.description = table.text("description");
    settings.planningYear = table.integer("planning_year");
    settings.atRiskMargin = table.number("at_risk_margin");
    settings.slackPolicy = table.slackPolicy();
    settings.gridSource = table.text("grid_source");
    return settings;
}

} // namespace

Scenario readAuthoredScenario(const std::filesystem::path& mapsDir)
{
    const SettingsTable settings(mapsDir / "scenario.csv");
    Scenario scenario;
    scenario.setSettings(readSettings(settings));
    scenario.setOrganisations(readRows(mapsDir / "organisations.csv", parseOrganisation));
    scenario.setGpuModels(readRows(mapsDir / "gpu_models.csv", parseGpuModel));
    scenario.setSites(importSites(mapsDir / "sites.csv"));
    scenario.setWaterSources(readRows(mapsDir / "water_sources.csv", parseWaterSource));
    scenario.setAllocations(readRows(mapsDir / "allocations.csv", parseAllocation));
    scenario.setGrid(readGrid(mapsDir / "grid", settings.number("base_mva")));
    requireValid(scenario, mapsDir.string() + ": ");
    return scenario;
}

} // namespace gpuplan
