// SPDX-License-Identifier: MIT
#include "panels/ReasonText.h"

#include "DisplayNames.h"
#include "PanelFixtures.h"

#include <gtest/gtest.h>

namespace gpuplan {
namespace {

Reason reason(ReasonKind kind, FeasibilityStatus severity)
{
    Reason r;
    r.kind = kind;
    r.severity = severity;
    r.value = 132.0;
    r.limit = 100.0;
    r.subject = "신가평";
    r.year = 2027;
    r.otherYear = 2028;
    r.count = 12000;
    r.marginShare = 0.10;
    return r;
}

class ReasonTextTest : public testing::Test {
protected:
    void SetUp() override { setInterfaceKorean(false); }
};

TEST_F(ReasonTextTest, WordsEveryKindWithItsNumbers)
{
    const ReasonKind kinds[] = {ReasonKind::ConnectionLimit, ReasonKind::Space,
                                ReasonKind::HostingCapacity, ReasonKind::GridOverload,
                                ReasonKind::Water,           ReasonKind::Timeline,
                                ReasonKind::Cooling,         ReasonKind::UnknownBus};
    for (ReasonKind kind : kinds) {
        const QString text = ReasonText::describe(reason(kind, FeasibilityStatus::Infeasible));
        EXPECT_FALSE(text.isEmpty()) << int(kind);
        EXPECT_FALSE(text.contains(QStringLiteral("%1"))) << text.toStdString();
    }
    EXPECT_EQ(
        ReasonText::describe(reason(ReasonKind::ConnectionLimit, FeasibilityStatus::Infeasible)),
        QStringLiteral("facility 132 MW over the connection limit of 100 MW"));
    EXPECT_EQ(ReasonText::describe(reason(ReasonKind::ConnectionLimit, FeasibilityStatus::AtRisk)),
              QStringLiteral("facility 132 MW within 10% of the connection limit of 100 MW"));
    EXPECT_EQ(ReasonText::describe(reason(ReasonKind::Timeline, FeasibilityStatus::Infeasible)),
              QStringLiteral("12,000 GPUs placed for 2027 but the site is energised in 2028"));
}

TEST_F(ReasonTextTest, WordsAnOverloadWithItsOutage)
{
    EXPECT_EQ(ReasonText::overload("345 kV 신가평–남양주", 112.4, "345 kV 신가평–남양주 #2"),
              QStringLiteral("345 kV 신가평–남양주 112% when 345 kV 신가평–남양주 #2 is out"));
    EXPECT_EQ(ReasonText::overload("345 kV 신가평–남양주", 101.0, ""),
              QStringLiteral("345 kV 신가평–남양주 101% with all lines in service"));
}

TEST_F(ReasonTextTest, TakesItsPatternsFromTheInterfaceLanguage)
{
    const test::KoreanInterface korean;
    EXPECT_TRUE(ReasonText::overload("A", 112.0, "B").startsWith(QStringLiteral("«")));
}

} // namespace
} // namespace gpuplan
