// SPDX-License-Identifier: MIT
// `gpuplan brief [SCENARIO.gpkg] -o OUT.pdf [--lang ko|en] [--year Y]`: the briefing PDF, and
// `gpuplan snapshot [SCENARIO.gpkg] -o OUT.png [--width W --height H]`: the map as a PNG. Both
// run headless: the dashboard's map canvas and charts are built offscreen and rendered.
#include "Commands.h"
#include "DataPaths.h"
#include "VerbApplication.h"
#include "engine/CapacityEngine.h"
#include "io/CityLabels.h"
#include "io/ScenarioStore.h"
#include "ui/BriefingExport.h"
#include "ui/EvaluationPresenter.h"
#include "ui/Language.h"
#include "ui/map/MapCanvas.h"
#include "ui/panels/ChartsPanel.h"

#include <iostream>
#include <optional>

namespace gpuplan::cli {
namespace {

constexpr std::string_view kBriefUsage =
    "usage: gpuplan brief [SCENARIO.gpkg] -o OUT.pdf [--lang ko|en] [--year Y]\n";
constexpr std::string_view kSnapshotUsage =
    "usage: gpuplan snapshot [SCENARIO.gpkg] -o OUT.png [--width W --height H] [--year Y]\n";
// The map's size on the briefing's map page (A4 landscape at 96 dpi, less margins), so the
// canvas frames Korea as the page will show it.
constexpr QSize kBriefMapSize(1040, 620);
constexpr int kMaxSnapshotSide = 16384;
// Korea framed a little smaller than fitKorea does, so that long site labels on the west and
// east coasts stay on the page.
constexpr double kOverviewZoom = 0.8;

struct BriefArgs {
    std::string scenario; // empty: the shipped national scenario
    std::string output;
    bool korean = true;
    int year = 0; // 0: the scenario's planning year
    QSize size{1600, 1200};
};

bool parseNumber(const std::string& word, int& value)
{
    try {
        std::size_t used = 0;
        value = std::stoi(word, &used);
        return used == word.size();
    } catch (const std::exception&) {
        return false;
    }
}

// One option of either verb; false (after printing why) when it is not valid.
bool parseOption(const std::string& verb, const std::string& word, const std::string& value,
                 BriefArgs& args)
{
    int number = 0;
    if (word == "-o") {
        args.output = value;
    } else if (word == "--lang" && verb == "brief" && (value == "ko" || value == "en")) {
        args.korean = value == "ko";
    } else if (word == "--year" && parseNumber(value, number)) {
        args.year = number;
    } else if (word == "--width" && verb == "snapshot" && parseNumber(value, number)) {
        args.size.setWidth(number);
    } else if (word == "--height" && verb == "snapshot" && parseNumber(value, number)) {
        args.size.setHeight(number);
    } else {
        std::cerr << "gpuplan " << verb << ": invalid " << word << " '" << value << "'\n";
        return false;
    }
    return true;
}

std::optional<BriefArgs> parseArgs(const std::string& verb, const std::vector<std::string>& words)
{
    BriefArgs args;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (word.rfind("-", 0) == 0 && i + 1 < words.size()) {
            if (!parseOption(verb, word, words[i + 1], args))
                return std::nullopt;
            ++i;
        } else if (word.rfind("-", 0) != 0 && args.scenario.empty()) {
            args.scenario = word;
        } else {
            std::cerr << "gpuplan " << verb << ": unexpected '" << word << "'\n";
            return std::nullopt;
        }
    }
    const bool sizeValid = args.size.width() > 0 && args.size.height() > 0 &&
                           args.size.width() <= kMaxSnapshotSide &&
                           args.size.height() <= kMaxSnapshotSide;
    if (args.output.empty() || !sizeValid) {
        std::cerr << "gpuplan " << verb
                  << (args.output.empty() ? ": -o is required\n" : ": invalid image size\n");
        return std::nullopt;
    }
    return args;
}

// The map and charts of the dashboard, offscreen, showing one evaluated scenario.
class HeadlessDashboard {
public:
    HeadlessDashboard(const Scenario& scenario, const Evaluation& evaluation, QSize mapSize)
    {
        const std::filesystem::path data = dataDirectory();
        // Shown offscreen, so that the viewport takes its size before the map is framed.
        m_canvas.setAttribute(Qt::WA_DontShowOnScreen);
        m_canvas.resize(mapSize);
        m_canvas.show();
        m_canvas.setBasemap(QString::fromStdString((data / "countries-10m.json").string()));
        m_canvas.setScenario(scenario);
        m_canvas.setCityLabels(readCityLabels(data / "cities.csv"));
        m_canvas.setPlanningYear(evaluation.year);
        m_canvas.setOverlay(EvaluationPresenter::overlayOf(scenario, evaluation));
        m_canvas.fitKorea();
        m_canvas.zoomBy(kOverviewZoom, QPointF(mapSize.width() / 2.0, mapSize.height() / 2.0));
        m_charts.setEvaluation(scenario, evaluation);
    }

    MapCanvas& canvas() { return m_canvas; }
    ChartsPanel& charts() { return m_charts; }

private:
    MapCanvas m_canvas;
    ChartsPanel m_charts;
};

// Builds the offscreen application, reads and evaluates the scenario and hands both to `write`.
template <typename Write>
int runHeadless(const std::string& verb, const BriefArgs& args, Write write)
{
    const VerbApplication application(VerbApplication::Screen::Offscreen);
    Language language;
    if (!language.setKorean(args.korean)) {
        std::cerr << "gpuplan " << verb << ": the Korean translation could not be loaded\n";
        return kExitFailure;
    }
    try {
        const std::filesystem::path path =
            args.scenario.empty() ? nationalScenarioPath() : std::filesystem::path(args.scenario);
        const Scenario scenario = readScenario(path);
        const Evaluation evaluation = CapacityEngine().evaluate(scenario, {.year = args.year}, {});
        QString error;
        if (!write(scenario, evaluation, QString::fromStdString(path.string()), &error)) {
            std::cerr << "gpuplan " << verb << ": " << error.toStdString() << '\n';
            return kExitFailure;
        }
        return kExitOk;
    } catch (const std::exception& error) {
        std::cerr << "gpuplan " << verb << ": " << error.what() << '\n';
        return kExitFailure;
    }
}

} // namespace

int runBriefCommand(const std::vector<std::string>& words)
{
    const std::optional<BriefArgs> args = parseArgs("brief", words);
    if (!args) {
        std::cerr << kBriefUsage;
        return kExitUsage;
    }
    return runHeadless("brief", *args,
                       [&](const Scenario& scenario, const Evaluation& evaluation,
                           const QString& path, QString* error) {
                           HeadlessDashboard dashboard(scenario, evaluation, kBriefMapSize);
                           return writeDashboardBriefing(
                               {scenario, evaluation, path, args->korean}, dashboard.canvas(),
                               dashboard.charts(), QString::fromStdString(args->output), error);
                       });
}

int runSnapshotCommand(const std::vector<std::string>& words)
{
    const std::optional<BriefArgs> args = parseArgs("snapshot", words);
    if (!args) {
        std::cerr << kSnapshotUsage;
        return kExitUsage;
    }
    return runHeadless("snapshot", *args,
                       [&](const Scenario& scenario, const Evaluation& evaluation, const QString&,
                           QString* error) {
                           HeadlessDashboard dashboard(scenario, evaluation, args->size);
                           return writeMapSnapshot(dashboard.canvas(), args->size,
                                                   QString::fromStdString(args->output), error);
                       });
}

} // namespace gpuplan::cli
