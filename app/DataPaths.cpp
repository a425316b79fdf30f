// SPDX-License-Identifier: MIT
#include "DataPaths.h"

#include "io/IoError.h"

#include <cstdlib>
#include <system_error>

namespace gpuplan::cli {
namespace {

constexpr const char* kNationalScenarioFile = "national.gpkg";

std::filesystem::path executableDirectory()
{
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::filesystem::path() : self.parent_path();
}

} // namespace

std::filesystem::path dataDirectory()
{
    if (const char* fromEnvironment = std::getenv("GPUPLAN_DATA_DIR"))
        return fromEnvironment;
    const std::filesystem::path built = GPUPLAN_BUILD_DATA_DIR;
    if (std::filesystem::exists(built / kNationalScenarioFile))
        return built;
    return executableDirectory().parent_path() / "data";
}

std::filesystem::path nationalScenarioPath()
{
    const auto path = dataDirectory() / kNationalScenarioFile;
    if (!std::filesystem::exists(path))
        throw IoError(path.string() +
                      ": the national scenario has not been built (run the build, or set "
                      "GPUPLAN_DATA_DIR)");
    return path;
}

} // namespace gpuplan::cli
