// SPDX-License-Identifier: MIT
#include "Dashboard.h"

#include "DataPaths.h"
#include "io/ScenarioStore.h"
#include "ui/MainWindow.h"

namespace gpuplan::cli {

void openDashboard(MainWindow& window, const std::string& scenarioPath)
{
    const std::filesystem::path national = nationalScenarioPath();
    const std::filesystem::path path =
        scenarioPath.empty() ? national : std::filesystem::path(scenarioPath);
    const Scenario scenario = readScenario(path);
    window.setDataDirectory(QString::fromStdString(dataDirectory().string()));
    window.setNationalScenarioPath(QString::fromStdString(national.string()));
    window.openScenario(scenario,
                        scenarioPath.empty() ? QString() : QString::fromStdString(path.string()));
}

} // namespace gpuplan::cli
