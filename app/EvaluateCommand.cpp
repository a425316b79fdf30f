// SPDX-License-Identifier: MIT
// `gpuplan evaluate [SCENARIO.gpkg] [--year Y] [--json]`: feasibility of every site and the
// national totals.
#include "Commands.h"
#include "DataPaths.h"
#include "engine/CapacityEngine.h"
#include "io/EvaluationReport.h"
#include "io/ScenarioStore.h"

#include <iostream>
#include <optional>

namespace gpuplan::cli {
namespace {

constexpr std::string_view kEvaluateUsage =
    "usage: gpuplan evaluate [SCENARIO.gpkg] [--year Y] [--slack single|distributed] [--json]\n";

struct EvaluateArgs {
    std::string scenario; // empty: the shipped national scenario
    EvaluationOptions options;
    bool json = false;
};

// Returns nullopt (after printing why) when the words are not a valid command line.
std::optional<EvaluateArgs> parseArgs(const std::vector<std::string>& words)
{
    EvaluateArgs args;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        const bool hasValue = i + 1 < words.size();
        if (word == "--json") {
            args.json = true;
        } else if (word == "--year" && hasValue) {
            try {
                args.options.year = std::stoi(words[++i]);
            } catch (const std::exception&) {
                std::cerr << "gpuplan evaluate: --year must be a year\n";
                return std::nullopt;
            }
        } else if (word == "--slack" && hasValue) {
            args.options.slack = slackPolicyFromString(words[++i]);
            if (!args.options.slack) {
                std::cerr << "gpuplan evaluate: --slack must be single or distributed\n";
                return std::nullopt;
            }
        } else if (word.rfind("-", 0) != 0 && args.scenario.empty()) {
            args.scenario = word;
        } else {
            std::cerr << "gpuplan evaluate: unexpected '" << word << "'\n";
            return std::nullopt;
        }
    }
    return args;
}

} // namespace

int runEvaluateCommand(const std::vector<std::string>& words)
{
    const std::optional<EvaluateArgs> args = parseArgs(words);
    if (!args) {
        std::cerr << kEvaluateUsage;
        return kExitUsage;
    }
    try {
        const Scenario scenario =
            readScenario(args->scenario.empty() ? nationalScenarioPath()
                                                : std::filesystem::path(args->scenario));
        CapacityEngine engine;
        const Evaluation evaluation = engine.evaluate(scenario, args->options, {});
        std::cout << (args->json ? evaluationJson(evaluation) : evaluationTable(evaluation));
        if (!evaluation.grid.solved)
            std::cerr << "gpuplan evaluate: the grid could not be studied: "
                      << evaluation.grid.error << '\n';
        return kExitOk;
    } catch (const std::exception& error) {
        std::cerr << "gpuplan evaluate: " << error.what() << '\n';
        return kExitFailure;
    }
}

} // namespace gpuplan::cli
