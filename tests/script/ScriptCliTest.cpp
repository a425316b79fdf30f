// SPDX-License-Identifier: MIT
// `gpuplan script` from the command line: every example with its output checked, errors with
// their file and line, exit codes, and plan.evaluate() equal to `gpuplan evaluate --json`.
#include "cli/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <fstream>
#include <gtest/gtest.h>
#include <regex>
#include <sstream>

namespace gpuplan {
namespace {

using testing::CliResult;
using testing::qpath;
using testing::runGpuplan;
using testing::ScratchDirectory;

const std::filesystem::path kExamples = GPUPLAN_EXAMPLES_DIR;
const std::filesystem::path kScripts = std::filesystem::path(GPUPLAN_TEST_DATA_DIR) / "script";

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

CliResult runScript(const std::filesystem::path& script, QStringList more = {})
{
    QStringList args{QStringLiteral("script"), qpath(script), QStringLiteral("--headless")};
    return runGpuplan(args + more);
}

QJsonObject parseObject(const std::string& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << json.substr(0, 200);
    return document.object();
}

QJsonObject evaluateJson(QStringList more = {})
{
    const CliResult result =
        runGpuplan(QStringList{QStringLiteral("evaluate"), QStringLiteral("--json")} + more);
    EXPECT_EQ(result.exitCode, 0) << result.err;
    return parseObject(result.out);
}

std::string fileStart(const std::filesystem::path& path, std::size_t bytes)
{
    std::ifstream file(path, std::ios::binary);
    std::string start(bytes, '\0');
    file.read(start.data(), static_cast<std::streamsize>(bytes));
    return start;
}

TEST(ScriptCli, EvaluateEqualsEvaluateJson)
{
    const CliResult result = runScript(kScripts / "print-evaluation.js");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(parseObject(result.out), evaluateJson());
}

TEST(ScriptCli, EvaluateInAnotherYearEqualsEvaluateJsonOfThatYear)
{
    const CliResult result =
        runScript(kScripts / "print-evaluation.js", {QStringLiteral("--"), QStringLiteral("2028")});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const QJsonObject scripted = parseObject(result.out);
    EXPECT_EQ(scripted, evaluateJson({QStringLiteral("--year"), QStringLiteral("2028")}));
    EXPECT_EQ(scripted[QStringLiteral("scenario")][QStringLiteral("year")].toInt(), 2028);
}

TEST(ScriptCli, AnUncaughtErrorGivesFileAndLineAndFails)
{
    const std::filesystem::path script = kScripts / "error-on-line-4.js";
    const CliResult result = runScript(script);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.out, "before the error\n");
    EXPECT_TRUE(contains(result.err, script.string() + ":4: RangeError: move: no site "
                                                       "'no_such_site'"))
        << result.err;
}

TEST(ScriptCli, AThrownValueThatIsNotAnErrorAlsoGivesFileAndLine)
{
    const std::filesystem::path script = kScripts / "throw-a-string.js";
    const CliResult result = runScript(script);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(
        contains(result.err, script.string() + ":4: uncaught exception: sites to look at: 21"))
        << result.err;
}

TEST(ScriptCli, QuitEndsTheRunWithItsExitCode)
{
    const CliResult result = runScript(kScripts / "quit-with-3.js");
    EXPECT_EQ(result.exitCode, 3) << result.err;
    EXPECT_EQ(result.out, "");
}

// With a window (offscreen here) the run ends at plan.quit() or at an uncaught error, as headless.
TEST(ScriptCli, WithAWindowQuitAndErrorsEndTheRun)
{
    const CliResult quit =
        runGpuplan({QStringLiteral("script"), qpath(kScripts / "quit-with-3.js")});
    EXPECT_EQ(quit.exitCode, 3) << quit.err;
    const std::filesystem::path failing = kScripts / "error-on-line-4.js";
    const CliResult error = runGpuplan({QStringLiteral("script"), qpath(failing)});
    EXPECT_EQ(error.exitCode, 1);
    EXPECT_TRUE(contains(error.err, failing.string() + ":4: RangeError")) << error.err;
}

TEST(ScriptCli, AMissingScriptIsNamed)
{
    const CliResult result = runScript(kScripts / "no-such-script.js");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err, "no-such-script.js: cannot read the script")) << result.err;
}

TEST(ScriptCli, NoScriptIsAUsageError)
{
    const CliResult result = runGpuplan({QStringLiteral("script"), QStringLiteral("--headless")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(contains(result.err, "usage: gpuplan script")) << result.err;
}

TEST(ScriptCli, WithoutADisplayItAsksForHeadless)
{
    auto environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    const CliResult result =
        runGpuplan({QStringLiteral("script"), qpath(kScripts / "quit-with-3.js")}, environment);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err, "--headless")) << result.err;
}

TEST(ScriptCli, ABrokenScenarioIsNamedBeforeTheScriptRuns)
{
    ScratchDirectory scratch("script-broken");
    const auto broken = scratch / "broken.gpkg";
    std::ofstream(broken) << "not a geopackage";
    const CliResult result = runScript(kScripts / "quit-with-3.js", {qpath(broken)});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err, broken.string())) << result.err;
}

TEST(ScriptExamples, MeetingRehearsalComparesAndWritesBothBriefings)
{
    ScratchDirectory scratch("rehearsal");
    const CliResult result = runScript(kExamples / "meeting-rehearsal.js",
                                       {QStringLiteral("--"), qpath(scratch.path())});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    // Chuncheon is at risk with 14,000 GPUs (connection and building within 10%); with 10,000
    // it is feasible, and Sejong takes the 4,000.
    EXPECT_TRUE(contains(result.out, "before  naver_gak_chuncheon: 14000 GPUs")) << result.out;
    EXPECT_TRUE(contains(result.out, "after   naver_gak_chuncheon: 10000 GPUs, 16.0 MW, feasible"))
        << result.out;
    EXPECT_TRUE(contains(result.out, "after   naver_gak_sejong: 56000 GPUs")) << result.out;
    EXPECT_TRUE(contains(result.out, "national after:  260000 GPUs")) << result.out;
    for (const char* name : {"rehearsal-ko.pdf", "rehearsal-en.pdf"}) {
        EXPECT_EQ(fileStart(scratch / name, 5), "%PDF-") << name;
        EXPECT_GT(std::filesystem::file_size(scratch / name), 100000u) << name;
    }
}

// Every site's facility power is its IT power times its PUE, so at one PUE everywhere the
// national facility MW is the national IT MW times that PUE (printed to 0.1 MW).
TEST(ScriptExamples, PueSweepPrintsItPowerTimesEachPue)
{
    const CliResult result = runScript(kExamples / "pue-sweep.js");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const double itMw =
        evaluateJson()[QStringLiteral("totals")][QStringLiteral("it_mw")].toDouble();
    const std::regex row(R"((\d\.\d\d)\s+(\d+\.\d)\s+(\d+)\s+(\d+))");
    std::istringstream lines(result.out);
    std::string line;
    int rows = 0;
    while (std::getline(lines, line)) {
        std::smatch match;
        if (!std::regex_match(line, match, row))
            continue;
        ++rows;
        EXPECT_NEAR(std::stod(match[2]), itMw * std::stod(match[1]), 0.051) << line;
    }
    EXPECT_EQ(rows, 5) << result.out;
}

TEST(ScriptExamples, CheckFeasibleFailsLoudlyOnTheNationalPlan)
{
    const std::filesystem::path script = kExamples / "check-feasible.js";
    const CliResult result = runScript(script);
    EXPECT_EQ(result.exitCode, 1);
    const QJsonArray sites = evaluateJson()[QStringLiteral("sites")].toArray();
    int infeasible = 0;
    for (const QJsonValue& site : sites) {
        if (site[QStringLiteral("status")].toString() != QStringLiteral("infeasible"))
            continue;
        ++infeasible;
        EXPECT_TRUE(contains(result.err, site[QStringLiteral("id")].toString().toStdString()));
    }
    ASSERT_GT(infeasible, 0);
    EXPECT_TRUE(contains(result.err, script.string() + ":")) << result.err;
    EXPECT_TRUE(contains(result.err, std::to_string(infeasible) + " of " +
                                         std::to_string(sites.size()) + " sites are infeasible"))
        << result.err;
}

TEST(ScriptExamples, CheckFeasiblePassesAPlanWithoutInfeasibleSites)
{
    ScratchDirectory scratch("feasible");
    const auto plan = scratch / "feasible.gpkg";
    const CliResult made =
        runScript(kScripts / "make-feasible.js", {QStringLiteral("--"), qpath(plan)});
    ASSERT_EQ(made.exitCode, 0) << made.err;
    const CliResult result = runScript(kExamples / "check-feasible.js", {qpath(plan)});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(contains(result.out, "sites feasible in 2030")) << result.out;
}

} // namespace
} // namespace gpuplan
