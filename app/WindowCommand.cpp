// SPDX-License-Identifier: MIT
// `gpuplan` and `gpuplan open FILE`: the dashboard window.
#include "Commands.h"
#include "Dashboard.h"
#include "VerbApplication.h"
#include "io/IoError.h"
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
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gpuplan"));
    QApplication::setFont(typeface(QApplication::font().pointSizeF()));
    MainWindow window;
    try {
        openDashboard(window, scenarioPath);
    } catch (const IoError& error) {
        std::cerr << "gpuplan: " << error.what() << '\n';
        return kExitFailure;
    }
    window.show();
    window.fileActions()->offerRecovery();
    return QApplication::exec();
}

} // namespace gpuplan::cli
