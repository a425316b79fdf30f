// SPDX-License-Identifier: MIT
#include "MapFixtures.h"

#include <QTest>

namespace gpuplan::test {
namespace {

Grid makeGrid()
{
    Grid grid;
    auto bus = [&grid](int id, const char* name, double lon, double lat, double kv) {
        grid.buses.push_back(
            {.id = id, .name = name, .lon = lon, .lat = lat, .baseKv = kv, .loadMw = 500.0});
    };
    bus(1, "신가평", 127.45, 37.80, 765);
    bus(2, "신안성", 127.28, 37.01, 765);
    bus(3, "신당진", 126.60, 36.97, 765);
    bus(4, "신태백", 128.98, 37.15, 765);
    bus(5, "신고리", 129.30, 35.33, 765);
    bus(6, "서울", 126.98, 37.55, 345);
    bus(7, "평택", 127.05, 36.99, 345);
    bus(8, "울산", 129.31, 35.54, 345);
    bus(9, "광주", 126.85, 35.16, 345);
    bus(10, "부산", 129.07, 35.18, 345);
    bus(11, "대전", 127.38, 36.35, 154);
    bus(12, "해남", 126.57, 34.57, 345);
    bus(13, "제주", 126.53, 33.50, 154);
    auto branch = [&grid](int from, int to, double kv, int year, const char* name) {
        grid.branches.push_back({.fromBus = from,
                                 .toBus = to,
                                 .x = 0.01,
                                 .rateAMva = 2000.0,
                                 .inServiceYear = year,
                                 .baseKv = kv,
                                 .name = name});
    };
    branch(1, 2, 765, 0, "신가평–신안성");
    branch(2, 3, 765, 0, "신안성–신당진");
    branch(1, 4, 765, 0, "신가평–신태백");
    branch(4, 5, 765, 2032, "신태백–신고리");
    branch(6, 1, 345, 0, "");
    branch(6, 7, 345, 0, "");
    branch(7, 2, 345, 0, "");
    branch(7, 11, 154, 0, "");
    branch(11, 9, 345, 0, "");
    branch(9, 12, 345, 0, "");
    branch(8, 5, 345, 0, "");
    branch(10, 5, 345, 0, "");
    branch(8, 10, 345, 0, "");
    branch(11, 2, 345, 0, "");
    branch(11, 10, 345, 0, "대전–부산");
    grid.branches.back().inService = false;
    grid.dcLines.push_back(
        {.fromBus = 12, .toBus = 13, .pFromMw = 400.0, .pMaxMw = 500.0, .name = "해남–제주 HVDC"});
    auto plant = [&grid](int busId, const char* name, const char* fuel, double mw) {
        grid.generators.push_back(
            {.bus = busId, .name = name, .fuel = fuel, .pMw = mw * 0.8, .pMaxMw = mw});
    };
    plant(5, "고리원자력", "nuclear", 5600);
    plant(3, "당진화력", "coal", 6000);
    plant(6, "서울복합", "lng", 1800);
    plant(4, "양양양수", "pumped_hydro", 1000);
    plant(12, "해남태양광", "solar", 300);
    plant(13, "제주풍력", "wind", 100);
    return grid;
}

std::vector<Site> makeSites()
{
    auto site = [](const char* id, const char* nameKo, double lon, double lat, int bus) {
        return Site{.id = id,
                    .nameKo = nameKo,
                    .nameEn = id,
                    .lon = lon,
                    .lat = lat,
                    .busId = bus,
                    .connectionLimitMw = 300.0,
                    .maxItMw = 250.0,
                    .pue = 1.2};
    };
    return {site("S1", "평택 AI 데이터센터", 127.10, 36.99, 7),
            site("S2", "울산 AI 캠퍼스", 129.35, 35.50, 8),
            site("S3", "광주 AI 데이터센터", 126.87, 35.20, 9),
            site("S4", "상암 데이터센터", 126.89, 37.58, 6),
            site("S5", "부산 에코델타", 128.93, 35.12, 10)};
}

} // namespace

Scenario makeTestScenario()
{
    Scenario scenario;
    scenario.setSettings({.name = "지도 시험", .planningYear = kPlanningYear});
    scenario.setOrganisations({{"gov", "정부", "Government", 50000, "#0072b2", ""},
                               {"samsung", "삼성전자", "Samsung", 50000, "#e69f00", ""},
                               {"sk", "SK그룹", "SK", 50000, "#009e73", ""},
                               {"hyundai", "현대자동차그룹", "Hyundai", 50000, "#cc79a7", ""},
                               {"naver", "네이버클라우드", "NAVER", 60000, "#56b4e9", ""}});
    scenario.setGrid(makeGrid());
    scenario.setSites(makeSites());
    scenario.setWaterSources(
        {{"paldang", "팔당댐", "Paldang Dam", "한강", 127.28, 37.52, 2'600'000.0, ""},
         {"chungju", "충주댐", "Chungju Dam", "한강", 127.99, 37.00, 1'000'000.0, ""}});
    scenario.setAllocations({{"samsung", "S1", "b200", 2027, 20000},
                             {"sk", "S1", "b200", 2027, 10000},
                             {"sk", "S2", "b200", 2027, 30000},
                             {"gov", "S2", "b200", 2028, 10000},
                             {"gov", "S3", "b200", 2028, 10000},
                             {"naver", "S4", "b200", 2027, 20000}});
    return scenario;
}

void ShownCanvasTest::SetUp()
{
    m_canvas.resize(1200, 900);
    m_canvas.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_canvas));
    m_canvas.setScenario(makeTestScenario());
    m_canvas.fitKorea();
}

} // namespace gpuplan::test
