// SPDX-License-Identifier: MIT
#pragma once

#include "model/Scenario.h"
#include "ui/map/MapCanvas.h"

#include <gtest/gtest.h>

namespace gpuplan::test {

// Branch indexes of the test grid that tests refer to.
constexpr int kBackboneBranch = 2;      // 신가평–신태백 765 kV
constexpr int kUnbuiltBranch = 3;       // 신태백–신고리 765 kV, in service from 2032
constexpr int kOutOfServiceBranch = 14; // status off
constexpr int kPlanningYear = 2030;

// A small scenario spread over Korea: 13 buses (765/345/154 kV), 15 branches, one HVDC link to
// Jeju, six plants of six fuels, two water sources, five organisations and five sites
// (one with no GPUs yet). Place names are Korean so that label rendering is exercised.
Scenario makeTestScenario();

// A map canvas shown offscreen at 1200 × 900 on the test scenario, with Korea framed.
class ShownCanvasTest : public testing::Test {
protected:
    void SetUp() override;

    MapCanvas m_canvas;
};

} // namespace gpuplan::test
