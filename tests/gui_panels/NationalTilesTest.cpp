// SPDX-License-Identifier: MIT
#include "panels/NationalTiles.h"

#include "DisplayNames.h"
#include "PanelFixtures.h"
#include "panels/PanelFormat.h"
#include "panels/StatTile.h"

#include <QLabel>
#include <gtest/gtest.h>

namespace gpuplan {
namespace {

class NationalTilesTest : public testing::Test {
protected:
    void SetUp() override { setInterfaceKorean(false); }
    void TearDown() override { setInterfaceKorean(false); }

    QString tileText(const char* name) const
    {
        const auto* label = m_tiles.findChild<QLabel*>(QString::fromLatin1(name));
        return label ? label->text() : QString();
    }

    NationalTiles m_tiles;
};

TEST_F(NationalTilesTest, ShowsThePlacedTotalAgainstTheProgramme)
{
    m_tiles.setEvaluation(test::nationalScenario(), test::nationalEvaluation());
    EXPECT_EQ(tileText("gpusTileValue"), QStringLiteral("260,000"));
    EXPECT_TRUE(tileText("gpusTileDetail").contains(QStringLiteral("260,000")));
}

TEST_F(NationalTilesTest, CountsInfeasibleSitesAndColoursTheTile)
{
    const Evaluation& evaluation = test::nationalEvaluation();
    m_tiles.setEvaluation(test::nationalScenario(), evaluation);
    EXPECT_EQ(tileText("sitesTileValue"), QString::number(evaluation.totals.infeasibleSites));
    const auto* tile = m_tiles.findChild<StatTile*>(QStringLiteral("sitesTile"));
    ASSERT_NE(tile, nullptr);
    const FeasibilityStatus expected =
        evaluation.totals.infeasibleSites > 0 ? FeasibilityStatus::Infeasible
        : evaluation.totals.atRiskSites > 0   ? FeasibilityStatus::AtRisk
                                              : FeasibilityStatus::Feasible;
    EXPECT_EQ(tile->accent(), PanelFormat::statusColour(expected));
}

TEST_F(NationalTilesTest, ShowsTheWorstLoadingWithItsBranch)
{
    const Evaluation& evaluation = test::nationalEvaluation();
    ASSERT_TRUE(evaluation.grid.solved) << evaluation.grid.error;
    m_tiles.setEvaluation(test::nationalScenario(), evaluation);
    EXPECT_EQ(tileText("gridTileValue"), PanelFormat::percent(evaluation.grid.worstLoadingPct));
    EXPECT_TRUE(
        tileText("gridTileDetail").contains(QString::fromStdString(evaluation.grid.worstBranch)));
    const auto* tile = m_tiles.findChild<StatTile*>(QStringLiteral("gridTile"));
    EXPECT_EQ(tile->accent(), PanelFormat::loadingColour(evaluation.grid.worstLoadingPct));
}

TEST_F(NationalTilesTest, RewordsItsCaptionsOnALanguageSwitch)
{
    m_tiles.setEvaluation(test::nationalScenario(), test::nationalEvaluation());
    EXPECT_EQ(tileText("gpusTileCaption"), QStringLiteral("GPUs placed"));
    {
        const test::KoreanInterface korean;
        EXPECT_EQ(tileText("gpusTileCaption"),
                  test::KoreanInterface::marked(QStringLiteral("GPUs placed")));
    }
    EXPECT_EQ(tileText("gpusTileCaption"), QStringLiteral("GPUs placed"));
}

} // namespace
} // namespace gpuplan
