// SPDX-License-Identifier: MIT
#pragma once

#include "MapOverlay.h"
#include "io/MapProjection.h"
#include "model/Scenario.h"

#include <QHash>
#include <QPointF>
#include <QString>
#include <vector>

namespace gpuplan {

class BranchItem;
class MapLabelItem;
class MapLayers;
class SiteItem;

// The scenario's features as scene items in their layers: grid, water sources, sites and the
// sites' labels. A new scenario that shares its grid with the last one (an allocation edit)
// rebuilds only the sites; an overlay or a planning year only restyles.
class ScenarioItems {
public:
    explicit ScenarioItems(MapLayers& layers);
    ScenarioItems(const ScenarioItems&) = delete;
    ScenarioItems& operator=(const ScenarioItems&) = delete;

    void setScenario(const Scenario& scenario);
    void setOverlay(const MapOverlay& overlay);
    void setPlanningYear(int year);
    int planningYear() const { return m_year; }
    const Scenario& scenario() const { return m_scenario; }

    SiteItem* site(const QString& id) const { return m_sites.value(id); }
    const QHash<QString, SiteItem*>& sites() const { return m_sites; }
    BranchItem* branch(int caseIndex) const;
    // Site labels, the most GPUs first (the order in which labels are placed).
    const std::vector<MapLabelItem*>& siteLabels() const { return m_siteLabels; }

    QPointF scenePosition(double lon, double lat) const;
    const MapProjection& projection() const { return m_projection; }

private:
    void rebuildGrid();
    void addBranches();
    void addBusesAndGenerators();
    void rebuildWater();
    void rebuildSites();
    void updateSites();
    void addSiteLabel(const Site& site, double radiusPx);
    static double labelClearance(const SiteItem& item);
    void restyleBranches();
    void restyleSites();
    void retipGrid();

    MapLayers& m_layers;
    MapProjection m_projection;
    Scenario m_scenario;
    bool m_hasScenario = false;
    MapOverlay m_overlay;
    int m_year = 0;
    std::vector<BranchItem*> m_branches; // by case index; null when an end has no location
    QHash<QString, SiteItem*> m_sites;
    std::vector<MapLabelItem*> m_siteLabels;
    QHash<QString, MapLabelItem*> m_siteLabelById;
    bool m_labelsKorean = false; // the language the site labels were made in
};

} // namespace gpuplan
