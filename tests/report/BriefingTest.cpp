// SPDX-License-Identifier: MIT
// `gpuplan brief` and `gpuplan snapshot`: the PDF's text, fonts and pages as poppler reads them,
// and the errors a script sees.
#include "cli/CliRunner.h"
#include "io/ScenarioStore.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace gpuplan {
namespace {

using testing::qpath;
using testing::runGpuplan;
using testing::ScratchDirectory;

const std::filesystem::path kNational =
    std::filesystem::path(GPUPLAN_BUILD_DATA_DIR) / "national.gpkg";

// Standard output of a poppler tool run on `pdf`.
std::string poppler(const QString& tool, QStringList args, const std::filesystem::path& pdf)
{
    QProcess process;
    args << qpath(pdf);
    if (tool == QStringLiteral("pdftotext"))
        args << QStringLiteral("-");
    process.start(tool, args);
    process.waitForFinished();
    return process.readAllStandardOutput().toStdString();
}

// Text without white space and with every dash as '-': wrapped cells still match, and the
// embedded CJK font maps the en dash to the figure dash glyph (U+2012) that poppler reports.
std::string compact(const std::string& text)
{
    QString compacted = QString::fromStdString(text);
    compacted.remove(QRegularExpression(QStringLiteral("\\s")));
    compacted.replace(QChar(0x2012), QLatin1Char('-')).replace(QChar(0x2013), QLatin1Char('-'));
    return compacted.toStdString();
}

// The PDF's text in reading order, compacted.
std::string compactText(const std::filesystem::path& pdf)
{
    return compact(poppler(QStringLiteral("pdftotext"), {}, pdf));
}

int pageCount(const std::filesystem::path& pdf)
{
    const std::string info = poppler(QStringLiteral("pdfinfo"), {}, pdf);
    const std::size_t at = info.find("Pages:");
    return at == std::string::npos ? 0 : std::stoi(info.substr(at + 6));
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

testing::CliResult brief(const std::filesystem::path& scenario, const std::filesystem::path& out,
                         const QString& language = QStringLiteral("ko"))
{
    return runGpuplan({QStringLiteral("brief"), qpath(scenario), QStringLiteral("-o"), qpath(out),
                       QStringLiteral("--lang"), language});
}

// The totals of `gpuplan evaluate --json`, formatted as the table and the briefing print them
// (thousands separated: 260,000).
std::vector<std::string> evaluatedTotals(const std::filesystem::path& scenario)
{
    const auto result =
        runGpuplan({QStringLiteral("evaluate"), qpath(scenario), QStringLiteral("--json")});
    const QJsonObject totals = QJsonDocument::fromJson(QByteArray::fromStdString(result.out))
                                   .object()
                                   .value(QStringLiteral("totals"))
                                   .toObject();
    const auto number = [&](const char* key, int decimals) {
        return QLocale(QLocale::English, QLocale::UnitedStates)
            .toString(totals.value(QLatin1String(key)).toDouble(), 'f', decimals)
            .toStdString();
    };
    return {number("gpus", 0), number("it_mw", 1), number("facility_mw", 1),
            number("water_m3_per_day", 0)};
}

// The national scenario with `extra` more sites (copies of the first, without GPUs).
std::filesystem::path withMoreSites(const ScratchDirectory& scratch, int extra)
{
    Scenario scenario = readScenario(kNational);
    std::vector<Site> sites = scenario.sites();
    for (int i = 0; i < extra; ++i) {
        Site copy = scenario.sites().front();
        copy.id = "extra-" + std::to_string(i);
        copy.nameKo = "추가 부지 " + std::to_string(i);
        copy.nameEn = "Extra site " + std::to_string(i);
        sites.push_back(copy);
    }
    scenario.setSites(std::move(sites));
    const auto path = scratch / "many.gpkg";
    writeScenario(scenario, path);
    return path;
}

std::filesystem::path withoutAllocations(const ScratchDirectory& scratch)
{
    Scenario scenario = readScenario(kNational);
    scenario.setAllocations({});
    const auto path = scratch / "empty.gpkg";
    writeScenario(scenario, path);
    return path;
}

TEST(Briefing, KoreanNationalHasEverySiteAndTheEvaluatedTotals)
{
    ScratchDirectory scratch("brief-ko");
    const auto pdf = scratch / "brief.pdf";
    const auto result = brief(kNational, pdf);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const std::string text = compactText(pdf);
    for (const char* heading : {"국가요약", "지도", "차트", "부지별현황", "가정과출처"})
        EXPECT_TRUE(contains(text, heading)) << heading;
    const Scenario national = readScenario(kNational);
    for (const Site& site : national.sites())
        EXPECT_TRUE(contains(text, compact(site.nameKo))) << site.nameKo;
    for (const std::string& total : evaluatedTotals(kNational))
        EXPECT_TRUE(contains(text, total)) << total;
}

TEST(Briefing, EmbedsNotoSansCjk)
{
    ScratchDirectory scratch("brief-fonts");
    const auto pdf = scratch / "brief.pdf";
    ASSERT_EQ(brief(kNational, pdf).exitCode, 0);
    const std::string fonts = poppler(QStringLiteral("pdffonts"), {}, pdf);
    std::istringstream lines(fonts);
    bool embedded = false;
    for (std::string line; std::getline(lines, line);)
        embedded = embedded || (contains(line, "NotoSansCJK") && contains(line, " yes "));
    EXPECT_TRUE(embedded) << fonts;
}

// Figures inside Latin text ("N-1", "154 kV #1", the footer's page numbers) are real text, not
// only shapes on the page: copy, search and screen readers get them (they were lost when the
// CJK font drew Latin text; see report/Typeface.h).
TEST(Briefing, FiguresInLatinTextAreText)
{
    ScratchDirectory scratch("brief-figures");
    for (const auto& [language, footer] :
         {std::pair{QStringLiteral("ko"), "1/9쪽"}, std::pair{QStringLiteral("en"), "page1of9"}}) {
        const auto pdf = scratch / ("brief-" + language.toStdString() + ".pdf");
        ASSERT_EQ(brief(kNational, pdf, language).exitCode, 0);
        const std::string text = compactText(pdf);
        EXPECT_TRUE(contains(text, "N-1")) << language.toStdString();
        EXPECT_TRUE(contains(text, "154kV#1")) << language.toStdString();
        EXPECT_TRUE(contains(text, footer)) << language.toStdString();
    }
}

// The grid's lines are named in the briefing's language (maps/grid/branches.csv name_ko).
TEST(Briefing, LinesAreNamedInTheBriefingsLanguage)
{
    ScratchDirectory scratch("brief-lines");
    const auto korean = scratch / "ko.pdf";
    const auto english = scratch / "en.pdf";
    ASSERT_EQ(brief(kNational, korean).exitCode, 0);
    ASSERT_EQ(brief(kNational, english, QStringLiteral("en")).exitCode, 0);
    EXPECT_TRUE(contains(compactText(korean), "신강진-해남154kV#1"));
    EXPECT_FALSE(contains(compactText(korean), "Sin-Gangjin"));
    EXPECT_TRUE(contains(compactText(english), "Sin-Gangjin-Haenam154kV#1"));
}

TEST(Briefing, EnglishHasEnglishHeadingsAndNames)
{
    ScratchDirectory scratch("brief-en");
    const auto pdf = scratch / "brief.pdf";
    ASSERT_EQ(brief(kNational, pdf, QStringLiteral("en")).exitCode, 0);
    const std::string text = compactText(pdf);
    for (const char* heading :
         {"Nationalsummary", "Map", "Charts", "Sites", "Assumptionsandsources"})
        EXPECT_TRUE(contains(text, heading)) << heading;
    EXPECT_FALSE(contains(text, "국가요약"));
    const Scenario national = readScenario(kNational);
    for (const Site& site : national.sites())
        EXPECT_TRUE(contains(text, compact(site.nameEn.empty() ? site.nameKo : site.nameEn)))
            << site.nameEn;
}

TEST(Briefing, PageCountFollowsTheSiteCount)
{
    ScratchDirectory scratch("brief-pages");
    const auto national = scratch / "national.pdf";
    const auto many = scratch / "many.pdf";
    ASSERT_EQ(brief(kNational, national).exitCode, 0);
    const auto result = brief(withMoreSites(scratch, 120), many);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_GT(pageCount(many), pageCount(national));
    EXPECT_TRUE(contains(compactText(many), compact("추가 부지 119")));
}

TEST(Briefing, NoViolationsIsSaidInEitherLanguage)
{
    ScratchDirectory scratch("brief-none");
    const auto scenario = withoutAllocations(scratch);
    ASSERT_EQ(brief(scenario, scratch / "ko.pdf").exitCode, 0);
    ASSERT_EQ(brief(scenario, scratch / "en.pdf", QStringLiteral("en")).exitCode, 0);
    EXPECT_TRUE(contains(compactText(scratch / "ko.pdf"), "위반없음"));
    EXPECT_TRUE(contains(compactText(scratch / "en.pdf"), "Noviolations"));
}

TEST(Briefing, UnwritablePathFailsAndLeavesNothing)
{
    ScratchDirectory scratch("brief-unwritable");
    const auto missingFolder = scratch / "no-such-folder" / "brief.pdf";
    const auto result = brief(kNational, missingFolder);
    EXPECT_NE(result.exitCode, 0);
    EXPECT_TRUE(contains(result.err, "cannot write")) << result.err;
    EXPECT_FALSE(std::filesystem::exists(missingFolder));
    // A folder where the file should go: the temporary file is removed again.
    std::filesystem::create_directory(scratch / "taken.pdf");
    EXPECT_NE(brief(kNational, scratch / "taken.pdf").exitCode, 0);
    const auto entries = std::distance(std::filesystem::directory_iterator(scratch.path()),
                                       std::filesystem::directory_iterator());
    EXPECT_EQ(entries, 1);
}

TEST(Briefing, BrokenScenarioFailsWithoutOutput)
{
    ScratchDirectory scratch("brief-broken");
    const auto broken = scratch / "broken.gpkg";
    std::ofstream(broken) << "not a geopackage";
    const auto pdf = scratch / "brief.pdf";
    const auto result = brief(broken, pdf);
    EXPECT_NE(result.exitCode, 0);
    EXPECT_FALSE(result.err.empty());
    EXPECT_FALSE(std::filesystem::exists(pdf));
}

TEST(Snapshot, WritesAPngOfTheRequestedSize)
{
    ScratchDirectory scratch("snapshot");
    const auto png = scratch / "map.png";
    const auto result =
        runGpuplan({QStringLiteral("snapshot"), qpath(kNational), QStringLiteral("-o"), qpath(png),
                    QStringLiteral("--width"), QStringLiteral("640"), QStringLiteral("--height"),
                    QStringLiteral("480")});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const QImage image(qpath(png));
    EXPECT_EQ(image.size(), QSize(640, 480));
}

TEST(Snapshot, UnwritablePathFails)
{
    ScratchDirectory scratch("snapshot-unwritable");
    const auto png = scratch / "no-such-folder" / "map.png";
    const auto result = runGpuplan({QStringLiteral("snapshot"), QStringLiteral("-o"), qpath(png)});
    EXPECT_NE(result.exitCode, 0);
    EXPECT_FALSE(std::filesystem::exists(png));
}

} // namespace
} // namespace gpuplan
