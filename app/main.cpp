// SPDX-License-Identifier: MIT
// gpuplan: the window and the command-line verbs, one binary.
#include "Commands.h"

#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace gpuplan::cli;

constexpr std::string_view kUsage =
    R"(gpuplan — where Korea's 260,000 GPUs can run: grid power, water and sites

Usage:
  gpuplan                              open the dashboard on the shipped national scenario
  gpuplan open SCENARIO.gpkg           open the dashboard on a scenario
  gpuplan new OUT.gpkg                 write the shipped national scenario to a new file
  gpuplan import-sites FILE --into SCENARIO.gpkg
                                       add or replace sites from CSV (UTF-8 or CP949) or any
                                       vector format GDAL reads (GeoJSON, Shapefile, ...)
  gpuplan evaluate [SCENARIO.gpkg] [--year Y] [--json]
                                       evaluate a scenario (the national one by default)
  gpuplan brief [SCENARIO.gpkg] -o OUT.pdf [--lang ko|en] [--year Y]
                                       the briefing: an A4 PDF (Korean by default)
  gpuplan snapshot [SCENARIO.gpkg] -o OUT.png [--width W --height H]
                                       the map alone as a PNG
  gpuplan script FILE.js [SCENARIO.gpkg] [--headless] [-- ARGS...]
                                       run a JavaScript file driving the dashboard (plan.*);
                                       --headless: no window, the run ends with the script
  gpuplan grid dcpf CASE.m -o DIR      DC power flow of a MATPOWER case
  gpuplan grid n1 CASE.m -o DIR        N-1 screening of every branch outage
  gpuplan grid hosting CASE.m [--buses 1,2,3] -o DIR
                                       hosting capacity of buses under N-1
  gpuplan grid synth --buses N --seed S -o CASE.m
                                       write a synthetic meshed grid
  gpuplan --help | --version

Every grid verb takes --slack single|distributed (default: the case's single slack).
Errors go to standard error; the exit status is 0 on success, non-zero otherwise.
)";

int dispatch(int argc, char** argv)
{
    const std::vector<std::string> words(argv + 1, argv + argc);
    if (words.empty())
        return runWindow(argc, argv, {});
    const std::string& verb = words.front();
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    if (verb == "--help" || verb == "-h" || verb == "help") {
        std::cout << kUsage;
        return kExitOk;
    }
    if (verb == "--version") {
        std::cout << "gpuplan " << GPUPLAN_VERSION << '\n';
        return kExitOk;
    }
    if (verb == "open" && rest.size() == 1)
        return runWindow(argc, argv, rest.front());
    if (verb == "new")
        return runNewCommand(rest);
    if (verb == "import-sites")
        return runImportSitesCommand(rest);
    if (verb == "evaluate")
        return runEvaluateCommand(rest);
    if (verb == "brief")
        return runBriefCommand(rest);
    if (verb == "snapshot")
        return runSnapshotCommand(rest);
    if (verb == "grid")
        return runGridCommand(rest);
    if (verb == "script")
        return runScriptCommand(rest);
    std::cerr << "gpuplan: unknown command '" << verb << "'; see gpuplan --help\n";
    return kExitUsage;
}

} // namespace

int main(int argc, char** argv)
{
    return dispatch(argc, argv);
}
