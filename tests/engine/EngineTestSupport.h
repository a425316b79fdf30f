// SPDX-License-Identifier: MIT
#pragma once

#include "engine/DcPowerFlow.h"
#include "engine/StudyControl.h"
#include "io/MatpowerCase.h"

#include <string>

namespace gpuplan::test {

// Hand-worked results are exact up to round-off of a 2x2 solve: far below 1e-9 MW.
constexpr double kFlowToleranceMw = 1e-9;
constexpr double kAngleToleranceDeg = 1e-9;
// Results compared between two methods (LODF vs re-solve, bisection vs closed form) differ by
// round-off of different factorisations of the same matrices.
constexpr double kMethodToleranceMw = 1e-6;

inline std::string matpowerFile(const std::string& name)
{
    return std::string(GPUPLAN_TEST_DATA_DIR) + "/matpower/" + name;
}

inline Grid readCase(const std::string& name)
{
    return readMatpowerCase(matpowerFile(name)).grid;
}

// Base-case flows of a grid under a balancing policy.
struct Study {
    DcNetwork network;
    DcSolver solver;
    DcFlowResult flow;

    Study(const Grid& grid, SlackPolicy policy, int year = 0)
        : network(compileDcNetwork(grid, year)), solver(network),
          flow(solveDcFlow(network, solver, {}, policy))
    {
    }
};

} // namespace gpuplan::test
