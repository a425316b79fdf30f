// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace gpuplan {

// Bus types as MATPOWER numbers them.
enum class BusType { PQ = 1, PV = 2, Reference = 3, Isolated = 4 };

constexpr double kUnknownCoordinate = std::numeric_limits<double>::quiet_NaN();

struct Bus {
    int id = 0; // the case's bus number; need not be consecutive
    std::string name;
    std::string nameEn;
    double lon = kUnknownCoordinate;
    double lat = kUnknownCoordinate;
    double baseKv = 0.0;
    BusType type = BusType::PQ;
    double loadMw = 0.0;
    double loadMvar = 0.0;
    double shuntGsMw = 0.0;   // MW withdrawn at 1.0 p.u. voltage (MATPOWER GS)
    double shuntBsMvar = 0.0; // MATPOWER BS
    double vaDeg = 0.0;       // the case's angle; kept by the reference bus
    int area = 1;
    std::string region;
    std::string source;

    bool hasLocation() const { return !std::isnan(lon) && !std::isnan(lat); }
    // Unknown coordinates (NaN) compare equal, so a copy of a bus equals the bus.
    bool operator==(const Bus& other) const;
};

// An AC line or transformer (MATPOWER branch row).
struct Branch {
    int fromBus = 0;
    int toBus = 0;
    double r = 0.0; // p.u. on the grid's baseMva
    double x = 0.0;
    double b = 0.0;
    double rateAMva = 0.0; // 0 means unlimited, as in MATPOWER
    double tap = 0.0;      // off-nominal ratio; 0 means 1, as in MATPOWER
    double shiftDeg = 0.0; // phase shift, degrees
    bool inService = true;
    int inServiceYear = 0; // first year in service; 0 = always
    double baseKv = 0.0;   // 0 = take the from bus's
    std::string nameKo;    // Korean name; empty when the case has none (MATPOWER cases)
    std::string name;      // display name in English, or the case's only name
    std::string source;

    bool operator==(const Branch&) const = default;
};

struct Generator {
    int bus = 0;
    std::string name;
    std::string fuel; // nuclear, coal, lng, hydro, pumped_hydro, solar, wind, oil, other
    double pMw = 0.0;
    double pMinMw = 0.0;
    double pMaxMw = 0.0;
    bool inService = true;
    int inServiceYear = 0;
    std::string source;

    bool operator==(const Generator&) const = default;
};

// A point-to-point HVDC link with a scheduled transfer, as MATPOWER's dcline model gives it:
// the from bus withdraws pFromMw, the to bus receives pFromMw - (loss0Mw + loss1 * pFromMw).
struct DcLine {
    int fromBus = 0;
    int toBus = 0;
    double pFromMw = 0.0;
    double pMaxMw = 0.0;
    double loss0Mw = 0.0;
    double loss1 = 0.0;
    bool inService = true;
    int inServiceYear = 0;
    std::string name;
    std::string source;

    double pToMw() const { return pFromMw - (loss0Mw + loss1 * pFromMw); }
    bool operator==(const DcLine&) const = default;
};

struct Grid {
    double baseMva = 100.0;
    std::vector<Bus> buses;
    std::vector<Branch> branches;
    std::vector<Generator> generators;
    std::vector<DcLine> dcLines;

    bool operator==(const Grid&) const = default;
};

// In the planning year: a branch, generator or link counts when its status is on and it has been
// built. Year 0 ignores build years.
bool isInService(const Branch& branch, int year);
bool isInService(const Generator& generator, int year);
bool isInService(const DcLine& line, int year);

const Bus* findBus(const Grid& grid, int busId);

// Buses joined by in-service AC branches in `year`, one sorted list of bus ids per island,
// largest island first. HVDC links do not join islands (they carry a scheduled transfer).
std::vector<std::vector<int>> acIslands(const Grid& grid, int year);

} // namespace gpuplan
