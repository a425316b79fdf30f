// SPDX-License-Identifier: MIT
#pragma once

#include "MapOverlay.h"
#include "MapStyle.h"
#include "model/Scenario.h"

#include <QCoreApplication>
#include <QString>

namespace gpuplan {

// The words of the map: hover tooltips with the numbers behind each feature, and the captions
// the legend shares with them. Tooltips are rich text (a bold title, one fact per line).
class MapTexts {
    Q_DECLARE_TR_FUNCTIONS(gpuplan::MapTexts)

public:
    static QString site(const Scenario& scenario, const Site& site, const MapOverlay& overlay);
    static QString branch(const Scenario& scenario, int caseIndex, const MapOverlay& overlay,
                          int year);
    static QString dcLine(const Scenario& scenario, int caseIndex, int year);
    static QString bus(const Scenario& scenario, int caseIndex, const MapOverlay& overlay);
    static QString generator(const Scenario& scenario, int caseIndex);
    static QString waterSource(const WaterSource& source);

    static QString stateTitle(SiteState state);
    static QString fuelTitle(mapstyle::Fuel fuel);
    static QString fuelTitle(const std::string& fuel);
    static QString loadingTitle(mapstyle::LoadingClass loading);
};

} // namespace gpuplan
