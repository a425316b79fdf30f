// SPDX-License-Identifier: MIT
#include "panels/PanelFormat.h"

#include "DisplayNames.h"

#include <gtest/gtest.h>
#include <limits>

namespace gpuplan {
namespace {

TEST(PanelFormatTest, GroupsThousandsInBothLanguages)
{
    for (bool korean : {false, true}) {
        setInterfaceKorean(korean);
        EXPECT_EQ(PanelFormat::count(260000), QStringLiteral("260,000"));
        EXPECT_EQ(PanelFormat::megawatts(1234.4), QStringLiteral("1,234 MW"));
    }
    setInterfaceKorean(false);
    EXPECT_EQ(PanelFormat::megawatts(std::numeric_limits<double>::infinity()),
              QStringLiteral("unlimited"));
    EXPECT_EQ(PanelFormat::ratio(312.2, 400.0, QStringLiteral("MW")),
              QStringLiteral("312 / 400 MW"));
}

TEST(PanelFormatTest, ShortensNamesAtAWordOrAParenthesis)
{
    EXPECT_EQ(PanelFormat::shortName(QStringLiteral("Government (MSIT)"), 12),
              QStringLiteral("Government"));
    EXPECT_EQ(PanelFormat::shortName(QStringLiteral("Samsung Electronics"), 12),
              QStringLiteral("Samsung…"));
    EXPECT_EQ(PanelFormat::shortName(QStringLiteral("국가AI컴퓨팅센터 (해남 솔라시도)"), 12),
              QStringLiteral("국가AI컴퓨팅센터"));
    EXPECT_EQ(PanelFormat::shortName(QStringLiteral("Supercalifragilistic"), 8),
              QStringLiteral("Superca…"));
}

} // namespace
} // namespace gpuplan
