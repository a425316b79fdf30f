// SPDX-License-Identifier: MIT
// `gpuplan` and `gpuplan open FILE`: the dashboard window.
#include "Commands.h"
#include "DataPaths.h"
#include "VerbApplication.h"
#include "io/IoError.h"
#include "io/ScenarioStore.h"
#include "report/Typeface.h"
#include "ui/FileActions.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <iostream>

namespace gpuplan::cli {

int runWindow(int argc, char** argv, const std::string& scenarioPath)
{
    // Qt aborts when it cannot reach a display; say so in one line instead.
    if (!displayAvailable()) {
        std::cerr << "gpuplan: no display (DISPLAY is not set); the headless verbs work without "
                     "one: gpuplan evaluate, gpuplan grid …, gpuplan new — see gpuplan --help\n";
        return kExitFailure;
    }
    Scenario scenario;
    std::filesystem::path path;
    std::filesystem::path national;
    try {
        national = nationalScenarioPath();
        path = scenarioPath.empty() ? national : std::filesystem::path(scenarioPath);
        scenario = readScenario(path);
    } catch (const IoError& error) {
        std::cerr << "gpuplan: " << error.what() << '\n';
        return kExitFailure;
    }
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gpuplan"));
    QApplication::setFont(typeface(QApplication::font().pointSizeF()));
    MainWindow window;
    window.setDataDirectory(QString::fromStdString(dataDirectory().string()));
    window.setNationalScenarioPath(QString::fromStdString(national.string()));
    // The shipped scenario is a template: edits to it are saved to a new file.
    window.openScenario(scenario,
                        scenarioPath.empty() ? QString() : QString::fromStdString(path.string()));
    window.show();
    window.fileActions()->offerRecovery();
    return QApplication::exec();
}

} // namespace gpuplan::cli
