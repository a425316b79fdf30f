// SPDX-License-Identifier: MIT
#include "panels/SiteInspector.h"

#include "DisplayNames.h"
#include "PanelFixtures.h"
#include "panels/LimitGauge.h"
#include "panels/PanelFormat.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace gpuplan {
namespace {

const QString kSite = QStringLiteral("sk_ulsan");

class SiteInspectorTest : public testing::Test {
protected:
    void SetUp() override
    {
        setInterfaceKorean(false);
        m_inspector.setEvaluation(test::nationalScenario(), test::nationalEvaluation());
        m_inspector.setSite(kSite);
    }

    template <typename T> T* child(const char* name) const
    {
        return m_inspector.findChild<T*>(QString::fromLatin1(name));
    }

    static const SiteEvaluation& evaluated(const std::string& id)
    {
        for (const SiteEvaluation& site : test::nationalEvaluation().sites) {
            if (site.siteId == id)
                return site;
        }
        throw std::runtime_error("no evaluation of " + id);
    }

    SiteInspector m_inspector;
};

TEST_F(SiteInspectorTest, ShowsTheSitesNamesAndFacilityPower)
{
    const SiteEvaluation& site = evaluated(kSite.toStdString());
    EXPECT_EQ(child<QLabel>("siteTitle")->text(), QStringLiteral("SK AI Data Center Ulsan"));
    EXPECT_TRUE(child<QLabel>("siteDemand")
                    ->text()
                    .contains(PanelFormat::megawatts(site.demand.facilityMw)));
    const Site* defined = test::nationalScenario().findSite(kSite.toStdString());
    EXPECT_TRUE(child<LimitGauge>("connectionGauge")
                    ->format()
                    .startsWith(PanelFormat::ratio(
                        site.demand.facilityMw, defined->connectionLimitMw, QStringLiteral("MW"))));
    EXPECT_EQ(child<QLabel>("siteStatus")->text().contains(PanelFormat::status(site.status)), true);
}

TEST_F(SiteInspectorTest, AsksForAnEditWhenThePueChanges)
{
    QSignalSpy edits(&m_inspector, &SiteInspector::siteEditRequested);
    auto* pue = child<QDoubleSpinBox>("pueSpinBox");
    ASSERT_NE(pue, nullptr);
    EXPECT_DOUBLE_EQ(pue->value(), test::nationalScenario().findSite("sk_ulsan")->pue);
    pue->setValue(1.45);
    ASSERT_EQ(edits.count(), 1);
    EXPECT_EQ(edits.front().at(0).toString(), kSite);
    const auto edited = edits.front().at(1).value<Site>();
    EXPECT_DOUBLE_EQ(edited.pue, 1.45);
    EXPECT_EQ(edited.id, kSite.toStdString());
    EXPECT_EQ(edited.connectionLimitMw,
              test::nationalScenario().findSite("sk_ulsan")->connectionLimitMw);
}

TEST_F(SiteInspectorTest, AsksForAnEditPerStepOfThePue)
{
    m_inspector.show();
    QSignalSpy edits(&m_inspector, &SiteInspector::siteEditRequested);
    auto* pue = child<QDoubleSpinBox>("pueSpinBox");
    const double before = pue->value();
    QTest::keyClick(pue, Qt::Key_Up);
    ASSERT_EQ(edits.count(), 1);
    EXPECT_NEAR(edits.front().at(1).value<Site>().pue, before + 0.01, 1e-9);
}

TEST_F(SiteInspectorTest, MarksAllocationsBeforeEnergisation)
{
    m_inspector.setSite(QStringLiteral("hyundai_saemangeum"));
    const Site* site = test::nationalScenario().findSite("hyundai_saemangeum");
    const QString timeline = child<QLabel>("siteTimeline")->text();
    EXPECT_TRUE(timeline.contains(QString::number(site->energisationYear)));
    EXPECT_TRUE(timeline.contains(PanelFormat::statusColour(FeasibilityStatus::Infeasible).name()))
        << timeline.toStdString();
}

TEST_F(SiteInspectorTest, AsksForAnEditWhenTheCoolingChanges)
{
    QSignalSpy edits(&m_inspector, &SiteInspector::siteEditRequested);
    auto* cooling = child<QComboBox>("coolingCombo");
    cooling->setCurrentIndex(cooling->findData(int(CoolingType::Liquid)));
    ASSERT_EQ(edits.count(), 1);
    EXPECT_EQ(edits.front().at(1).value<Site>().cooling, CoolingType::Liquid);
}

TEST_F(SiteInspectorTest, ANewEvaluationDoesNotEchoAsAnEdit)
{
    QSignalSpy edits(&m_inspector, &SiteInspector::siteEditRequested);
    Scenario changed = test::nationalScenario();
    std::vector<Site> sites = changed.sites();
    for (Site& site : sites)
        site.pue = 1.5;
    changed.setSites(sites);
    m_inspector.setEvaluation(changed, test::nationalEvaluation());
    EXPECT_DOUBLE_EQ(child<QDoubleSpinBox>("pueSpinBox")->value(), 1.5);
    EXPECT_EQ(edits.count(), 0);
}

TEST_F(SiteInspectorTest, PromptsWhenNoSiteIsSelected)
{
    m_inspector.setSite(QString());
    m_inspector.show();
    EXPECT_TRUE(child<QLabel>("inspectorPrompt")->isVisible());
    m_inspector.setSite(kSite);
    EXPECT_FALSE(child<QLabel>("inspectorPrompt")->isVisible());
}

TEST_F(SiteInspectorTest, NamesTheSiteInKoreanAfterALanguageSwitch)
{
    const test::KoreanInterface korean;
    EXPECT_EQ(child<QLabel>("siteTitle")->text(), QStringLiteral("SK AI 데이터센터 울산"));
    EXPECT_EQ(child<QLabel>("pueCaption")->text(),
              test::KoreanInterface::marked(QStringLiteral("PUE")));
}

} // namespace
} // namespace gpuplan
