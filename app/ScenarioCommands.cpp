// SPDX-License-Identifier: MIT
// `gpuplan new` and `gpuplan import-sites`.
#include "Commands.h"
#include "DataPaths.h"
#include "io/IoError.h"
#include "io/ScenarioStore.h"
#include "io/SiteImport.h"

#include <filesystem>
#include <iostream>

namespace gpuplan::cli {
namespace {

int fail(const std::string& message)
{
    std::cerr << "gpuplan: " << message << '\n';
    return kExitFailure;
}

int usage(const std::string& message)
{
    std::cerr << "gpuplan: " << message << "; see gpuplan --help\n";
    return kExitUsage;
}

} // namespace

int runNewCommand(const std::vector<std::string>& args)
{
    if (args.size() != 1)
        return usage("new takes one argument, the file to write");
    const std::filesystem::path target = args.front();
    if (std::filesystem::exists(target))
        return fail(target.string() + ": already exists; choose a new file name");
    try {
        writeScenario(readScenario(nationalScenarioPath()), target);
    } catch (const IoError& error) {
        return fail(error.what());
    }
    std::cout << "wrote the national scenario to " << target.string() << '\n';
    return kExitOk;
}

int runImportSitesCommand(const std::vector<std::string>& args)
{
    if (args.size() != 3 || args[1] != "--into")
        return usage("import-sites takes FILE --into SCENARIO.gpkg");
    const std::filesystem::path source = args[0];
    const std::filesystem::path scenarioPath = args[2];
    try {
        const std::vector<Site> sites = importSites(source);
        writeScenario(withImportedSites(readScenario(scenarioPath), sites), scenarioPath);
        std::cout << "imported " << sites.size() << " sites from " << source.string() << " into "
                  << scenarioPath.string() << '\n';
    } catch (const IoError& error) {
        return fail(error.what());
    }
    return kExitOk;
}

} // namespace gpuplan::cli
