// SPDX-License-Identifier: MIT
#include "ScenarioItems.h"

#include "BranchItem.h"
#include "BusItem.h"
#include "DcLineItem.h"
#include "GeneratorItem.h"
#include "MapLabelItem.h"
#include "MapLayers.h"
#include "MapStyle.h"
#include "MapTexts.h"
#include "SceneCoordinates.h"
#include "SiteItem.h"
#include "WaterSourceItem.h"
#include "ui/DisplayNames.h"

#include <algorithm>
#include <array>

namespace gpuplan {
namespace {

// Organisations without a colour of their own take one of these, in order.
constexpr std::array kFallbackColours{0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                      0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};

QColor organisationColour(const Organisation& org, std::size_t index)
{
    const QColor colour(QString::fromStdString(org.colour));
    return colour.isValid() ? colour : QColor(kFallbackColours[index % kFallbackColours.size()]);
}

std::vector<mapstyle::PieSlice> pieSlices(const Scenario& scenario, const std::string& siteId,
                                          long long siteGpus)
{
    std::vector<mapstyle::PieSlice> slices;
    if (siteGpus <= 0)
        return slices;
    const auto& organisations = scenario.organisations();
    for (std::size_t i = 0; i < organisations.size(); ++i) {
        long long gpus = 0;
        for (const Allocation& allocation : scenario.allocations()) {
            if (allocation.siteId == siteId && allocation.organisationId == organisations[i].id)
                gpus += allocation.gpus;
        }
        if (gpus > 0)
            slices.push_back(
                {double(gpus) / double(siteGpus), organisationColour(organisations[i], i)});
    }
    return slices;
}

double branchKv(const Grid& grid, const Branch& branch)
{
    if (branch.baseKv > 0.0)
        return branch.baseKv;
    const Bus* from = findBus(grid, branch.fromBus);
    return from ? from->baseKv : 0.0;
}

} // namespace

ScenarioItems::ScenarioItems(MapLayers& layers) : m_layers(layers) {}

QPointF ScenarioItems::scenePosition(double lon, double lat) const
{
    return scenePoint(m_projection.project(lon, lat));
}

BranchItem* ScenarioItems::branch(int caseIndex) const
{
    if (caseIndex < 0 || caseIndex >= static_cast<int>(m_branches.size()))
        return nullptr;
    return m_branches[static_cast<std::size_t>(caseIndex)];
}

void ScenarioItems::setScenario(const Scenario& scenario)
{
    const bool sameGrid = m_hasScenario && scenario.sharesGridWith(m_scenario);
    const bool sameWater = m_hasScenario && scenario.waterSources() == m_scenario.waterSources();
    // While GPUs move only the counts change: update the pies and keep the labels (and their
    // cached pixmaps) rather than rebuilding every site.
    const bool sameSites = m_hasScenario && scenario.sites() == m_scenario.sites() &&
                           m_labelsKorean == interfaceIsKorean();
    m_scenario = scenario;
    m_hasScenario = true;
    if (m_year == 0) // the planner's year, once chosen, outlives every redraw
        m_year = scenario.settings().planningYear;
    if (!sameGrid)
        rebuildGrid();
    if (!sameWater)
        rebuildWater();
    if (sameSites)
        updateSites();
    else
        rebuildSites();
    restyleBranches();
    retipGrid();
}

void ScenarioItems::setOverlay(const MapOverlay& overlay)
{
    m_overlay = overlay;
    restyleBranches();
    restyleSites();
    retipGrid();
}

void ScenarioItems::setPlanningYear(int year)
{
    m_year = year;
    restyleBranches();
    restyleSites();
    retipGrid();
}

void ScenarioItems::rebuildGrid()
{
    m_layers.clear(MapLayer::Branches);
    m_layers.clear(MapLayer::Buses);
    m_layers.clear(MapLayer::Generators);
    m_branches.clear();
    addBranches();
    addBusesAndGenerators();
}

void ScenarioItems::addBranches()
{
    const Grid& grid = m_scenario.grid();
    QGraphicsItem* root = m_layers.root(MapLayer::Branches);
    m_branches.assign(grid.branches.size(), nullptr);
    for (std::size_t i = 0; i < grid.branches.size(); ++i) {
        const Branch& branch = grid.branches[i];
        const Bus* from = findBus(grid, branch.fromBus);
        const Bus* to = findBus(grid, branch.toBus);
        if (!from || !to || !from->hasLocation() || !to->hasLocation())
            continue;
        const QLineF line(scenePosition(from->lon, from->lat), scenePosition(to->lon, to->lat));
        auto* item = new BranchItem(static_cast<int>(i), branchKv(grid, branch), line);
        item->setParentItem(root);
        m_branches[i] = item;
    }
    for (std::size_t i = 0; i < grid.dcLines.size(); ++i) {
        const Bus* from = findBus(grid, grid.dcLines[i].fromBus);
        const Bus* to = findBus(grid, grid.dcLines[i].toBus);
        if (!from || !to || !from->hasLocation() || !to->hasLocation())
            continue;
        const QLineF line(scenePosition(from->lon, from->lat), scenePosition(to->lon, to->lat));
        auto* item = new DcLineItem(static_cast<int>(i), line);
        item->setZValue(static_cast<double>(mapstyle::LoadingClass::Overloaded) + 1.0);
        item->setParentItem(root);
    }
}

void ScenarioItems::addBusesAndGenerators()
{
    const Grid& grid = m_scenario.grid();
    QGraphicsItem* busRoot = m_layers.root(MapLayer::Buses);
    for (std::size_t i = 0; i < grid.buses.size(); ++i) {
        const Bus& bus = grid.buses[i];
        if (!bus.hasLocation())
            continue;
        auto* item = new BusItem(static_cast<int>(i), bus.baseKv);
        item->setPos(scenePosition(bus.lon, bus.lat));
        item->setZValue(bus.baseKv); // higher voltage on top
        item->setParentItem(busRoot);
    }
    QGraphicsItem* generatorRoot = m_layers.root(MapLayer::Generators);
    for (std::size_t i = 0; i < grid.generators.size(); ++i) {
        const Generator& generator = grid.generators[i];
        const Bus* bus = findBus(grid, generator.bus);
        if (!bus || !bus->hasLocation())
            continue;
        auto* item = new GeneratorItem(static_cast<int>(i), mapstyle::fuelFromName(generator.fuel),
                                       generator.pMaxMw);
        item->setPos(scenePosition(bus->lon, bus->lat));
        item->setToolTip(MapTexts::generator(m_scenario, static_cast<int>(i)));
        item->setParentItem(generatorRoot);
    }
}

void ScenarioItems::rebuildWater()
{
    m_layers.clear(MapLayer::WaterSources);
    QGraphicsItem* root = m_layers.root(MapLayer::WaterSources);
    for (const WaterSource& source : m_scenario.waterSources()) {
        auto* item = new WaterSourceItem(QString::fromStdString(source.id));
        item->setPos(scenePosition(source.lon, source.lat));
        item->setToolTip(MapTexts::waterSource(source));
        item->setParentItem(root);
    }
}

void ScenarioItems::rebuildSites()
{
    m_layers.clear(MapLayer::Sites);
    qDeleteAll(m_siteLabels);
    m_siteLabels.clear();
    m_siteLabelById.clear();
    m_sites.clear();
    m_labelsKorean = interfaceIsKorean();
    std::vector<const Site*> byGpus;
    for (const Site& site : m_scenario.sites())
        byGpus.push_back(&site);
    std::stable_sort(byGpus.begin(), byGpus.end(), [this](const Site* a, const Site* b) {
        return m_scenario.siteGpus(a->id) > m_scenario.siteGpus(b->id);
    });
    QGraphicsItem* root = m_layers.root(MapLayer::Sites);
    for (const Site* site : byGpus) {
        const long long gpus = m_scenario.siteGpus(site->id);
        auto* item = new SiteItem(QString::fromStdString(site->id));
        item->setGpus(gpus, pieSlices(m_scenario, site->id, gpus));
        item->setPos(scenePosition(site->lon, site->lat));
        item->setZValue(-double(gpus)); // small sites above large ones, so both can be hit
        item->setParentItem(root);
        m_sites.insert(item->id(), item);
        addSiteLabel(*site, labelClearance(*item));
    }
    restyleSites();
}

double ScenarioItems::labelClearance(const SiteItem& item)
{
    return item.radiusPx() + mapstyle::kSiteRingBandPx + mapstyle::kSiteHaloPx;
}

void ScenarioItems::updateSites()
{
    for (const Site& site : m_scenario.sites()) {
        const QString id = QString::fromStdString(site.id);
        SiteItem* item = m_sites.value(id);
        const long long gpus = m_scenario.siteGpus(site.id);
        item->setGpus(gpus, pieSlices(m_scenario, site.id, gpus));
        item->setZValue(-double(gpus));
        m_siteLabelById.value(id)->setClearance(labelClearance(*item));
    }
    restyleSites();
}

void ScenarioItems::addSiteLabel(const Site& site, double radiusPx)
{
    const QString name = localName(site.nameKo, site.nameEn, site.id);
    auto* label = new MapLabelItem(
        name, {mapstyle::labelFont(15, true), QColor(0x1a, 0x1a, 0x1a), radiusPx, 0.0});
    label->setPos(scenePosition(site.lon, site.lat));
    label->setZValue(1.0); // above city labels
    label->setParentItem(m_layers.root(MapLayer::Labels));
    m_siteLabels.push_back(label);
    m_siteLabelById.insert(QString::fromStdString(site.id), label);
}

void ScenarioItems::restyleBranches()
{
    const Grid& grid = m_scenario.grid();
    for (BranchItem* item : m_branches) {
        if (!item)
            continue;
        const auto index = static_cast<std::size_t>(item->caseIndex());
        const double loading = index < m_overlay.branchWorstLoadingPct.size()
                                   ? m_overlay.branchWorstLoadingPct[index]
                                   : std::nan("");
        item->setLoading(mapstyle::loadingClass(loading));
        item->setInService(isInService(grid.branches[index], m_year));
        item->setToolTip(MapTexts::branch(m_scenario, item->caseIndex(), m_overlay, m_year));
    }
}

constexpr double kNotYetEnergisedOpacity = 0.35;

void ScenarioItems::restyleSites()
{
    for (const Site& site : m_scenario.sites()) {
        SiteItem* item = m_sites.value(QString::fromStdString(site.id));
        if (!item)
            continue;
        const auto state = m_overlay.sites.find(site.id);
        item->setState(state == m_overlay.sites.end() ? SiteState::Unknown : state->second);
        // A site that cannot be energised yet in the planning year is drawn faint.
        item->setOpacity(site.energisationYear > m_year ? kNotYetEnergisedOpacity : 1.0);
        item->setToolTip(MapTexts::site(m_scenario, site, m_overlay));
    }
}

// Tooltips of the grid items that depend on the overlay (bus hosting) or the year (HVDC).
void ScenarioItems::retipGrid()
{
    for (QGraphicsItem* item : m_layers.root(MapLayer::Buses)->childItems()) {
        if (auto* bus = qgraphicsitem_cast<BusItem*>(item))
            bus->setToolTip(MapTexts::bus(m_scenario, bus->caseIndex(), m_overlay));
    }
    for (QGraphicsItem* item : m_layers.root(MapLayer::Branches)->childItems()) {
        if (auto* line = qgraphicsitem_cast<DcLineItem*>(item))
            line->setToolTip(MapTexts::dcLine(m_scenario, line->caseIndex(), m_year));
    }
}

} // namespace gpuplan
