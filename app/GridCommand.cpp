// SPDX-License-Identifier: MIT
// `gpuplan grid dcpf|n1|hosting|synth`: studies of a MATPOWER case, written as CSV.
#include "Commands.h"
#include "engine/ContingencyScreening.h"
#include "engine/HostingCapacity.h"
#include "engine/SyntheticGrid.h"
#include "io/GridStudyCsv.h"
#include "io/IoError.h"
#include "io/MatpowerCase.h"

#include <iomanip>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>

namespace gpuplan::cli {
namespace {

constexpr std::string_view kGridUsage =
    "usage: gpuplan grid dcpf|n1 CASE.m -o DIR [--slack single|distributed] [--year Y]\n"
    "       gpuplan grid hosting CASE.m [--buses 1,2,3] -o DIR [--slack ...] [--year Y]\n"
    "       gpuplan grid synth --buses N --seed S -o CASE.m\n";

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The words after the study name: one positional case file and --name value options.
struct GridArgs {
    std::string caseFile;
    std::map<std::string, std::string> options;

    std::optional<std::string> option(const std::string& name) const
    {
        auto it = options.find(name);
        return it == options.end() ? std::nullopt : std::optional(it->second);
    }
    std::string require(const std::string& name) const
    {
        if (auto value = option(name))
            return *value;
        throw UsageError("missing " + name);
    }
};

GridArgs parseArgs(const std::vector<std::string>& words)
{
    static const std::map<std::string, std::string> kAliases = {
        {"-o", "--output"},   {"--output", "--output"}, {"--slack", "--slack"},
        {"--year", "--year"}, {"--buses", "--buses"},   {"--seed", "--seed"}};
    GridArgs args;
    for (std::size_t i = 0; i < words.size(); ++i) {
        auto alias = kAliases.find(words[i]);
        if (alias != kAliases.end()) {
            if (i + 1 == words.size())
                throw UsageError(words[i] + " needs a value");
            args.options[alias->second] = words[++i];
        } else if (words[i].rfind("-", 0) == 0 || !args.caseFile.empty()) {
            throw UsageError("unexpected '" + words[i] + "'");
        } else {
            args.caseFile = words[i];
        }
    }
    return args;
}

int parseInt(const std::string& text, const std::string& what)
{
    std::size_t used = 0;
    try {
        const int value = std::stoi(text, &used);
        if (used == text.size())
            return value;
    } catch (const std::exception&) {
    }
    throw UsageError(what + " must be an integer, not '" + text + "'");
}

SlackPolicy slackPolicy(const GridArgs& args)
{
    const std::string text = args.option("--slack").value_or("single");
    if (auto policy = slackPolicyFromString(text))
        return *policy;
    throw UsageError("--slack must be single or distributed, not '" + text + "'");
}

// A grid case compiled for the planning year, with its base-case flow.
struct CaseStudy {
    Grid grid;
    DcNetwork network;
    DcSolver solver;
    DcFlowResult flow;
};

CaseStudy loadCase(const GridArgs& args)
{
    if (args.caseFile.empty())
        throw UsageError("missing CASE.m");
    const int year = args.option("--year") ? parseInt(*args.option("--year"), "--year") : 0;
    MatpowerCase mpc = readMatpowerCase(args.caseFile);
    try {
        DcNetwork network = compileDcNetwork(mpc.grid, year);
        for (const std::string& warning : mpc.warnings)
            std::cerr << args.caseFile << ": warning: " << warning << '\n';
        for (const std::string& warning : network.warnings)
            std::cerr << args.caseFile << ": warning: " << warning << '\n';
        DcSolver solver(network);
        DcFlowResult flow = solveDcFlow(network, solver, {}, slackPolicy(args));
        return {std::move(mpc.grid), std::move(network), std::move(solver), std::move(flow)};
    } catch (const GridError& error) {
        throw IoError(args.caseFile + ": " + error.what());
    }
}

std::vector<int> hostingBuses(const GridArgs& args, const DcNetwork& network)
{
    std::vector<int> positions;
    if (!args.option("--buses")) {
        for (int i = 0; i < network.busCount(); ++i)
            positions.push_back(i);
        return positions;
    }
    std::istringstream list(*args.option("--buses"));
    for (std::string item; std::getline(list, item, ',');) {
        const int position = network.busPosition(parseInt(item, "--buses"));
        if (position < 0)
            throw UsageError("--buses: no bus " + item + " in the network");
        positions.push_back(position);
    }
    return positions;
}

int runDcpf(const GridArgs& args)
{
    const CaseStudy study = loadCase(args);
    writeDcFlowCsv(args.require("--output"), study.grid, study.network, study.flow);
    std::cout << "dcpf: " << study.network.busCount() << " buses, " << study.network.branchCount()
              << " branches in service; the slack takes up " << std::fixed << std::setprecision(1)
              << study.flow.slackMw + 0.0 // + 0.0: no "-0"
              << " MW beyond the case's dispatch\n";
    return kExitOk;
}

int runN1(const GridArgs& args)
{
    const CaseStudy study = loadCase(args);
    const Lodf lodf = computeLodf(study.network, study.solver, {});
    const ContingencyResult n1 = screenN1(study.network, lodf, study.flow.flowMw, {});
    writeN1Csv(args.require("--output"), study.network, n1);
    std::cout << "n1: " << study.network.branchCount() - n1.separations.size()
              << " outages screened, " << n1.overloads.size() << " overloads, "
              << n1.separations.size() << " separations\n";
    return kExitOk;
}

int runHosting(const GridArgs& args)
{
    const CaseStudy study = loadCase(args);
    const std::vector<int> buses = hostingBuses(args, study.network);
    const Lodf lodf = computeLodf(study.network, study.solver, {});
    const std::vector<HostingResult> hosting =
        hostingCapacities(study.network, study.solver, lodf, study.flow.flowMw,
                          slackWeights(study.network, slackPolicy(args)), buses, {});
    writeHostingCsv(args.require("--output"), study.network, hosting);
    std::cout << "hosting: " << hosting.size() << " buses\n";
    return kExitOk;
}

int runSynth(const GridArgs& args)
{
    SyntheticGridOptions options;
    options.buses = parseInt(args.require("--buses"), "--buses");
    options.seed =
        static_cast<std::uint64_t>(parseInt(args.option("--seed").value_or("1"), "--seed"));
    if (options.buses < 2)
        throw UsageError("--buses must be at least 2");
    const std::string output = args.require("--output");
    writeMatpowerCase(syntheticGrid(options), "synthetic", output);
    std::cout << "synth: wrote " << options.buses << " buses to " << output << '\n';
    return kExitOk;
}

} // namespace

int runGridCommand(const std::vector<std::string>& args)
{
    static const std::map<std::string, int (*)(const GridArgs&)> kStudies = {
        {"dcpf", runDcpf}, {"n1", runN1}, {"hosting", runHosting}, {"synth", runSynth}};
    if (args.empty() || !kStudies.count(args.front())) {
        std::cerr << kGridUsage;
        return kExitUsage;
    }
    try {
        return kStudies.at(args.front())(parseArgs({args.begin() + 1, args.end()}));
    } catch (const UsageError& error) {
        std::cerr << "gpuplan grid " << args.front() << ": " << error.what() << '\n' << kGridUsage;
        return kExitUsage;
    } catch (const std::exception& error) {
        std::cerr << "gpuplan grid " << args.front() << ": " << error.what() << '\n';
        return kExitFailure;
    }
}

} // namespace gpuplan::cli
