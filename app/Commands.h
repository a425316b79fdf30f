// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

// The command-line verbs. Each takes the words after its verb, prints results on standard
// output and errors on standard error, and returns the process exit code.
namespace gpuplan::cli {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

int runNewCommand(const std::vector<std::string>& args);
int runImportSitesCommand(const std::vector<std::string>& args);
int runGridCommand(const std::vector<std::string>& args);
int runEvaluateCommand(const std::vector<std::string>& args);
int runBriefCommand(const std::vector<std::string>& args);
int runSnapshotCommand(const std::vector<std::string>& args);
int runScriptCommand(const std::vector<std::string>& args);
int runWindow(int argc, char** argv, const std::string& scenarioPath);

} // namespace gpuplan::cli
