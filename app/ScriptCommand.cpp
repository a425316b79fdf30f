// SPDX-License-Identifier: MIT
// `gpuplan script FILE.js [SCENARIO.gpkg] [--headless] [-- args…]`: JavaScript driving the
// dashboard through the `plan` object (ui/script/PlanApi.h). With a window the run can be
// watched and the window stays open afterwards unless the script calls plan.quit(); headless,
// the same window works offscreen and the run ends with the script.
#include "Commands.h"
#include "Dashboard.h"
#include "VerbApplication.h"
#include "io/IoError.h"
#include "ui/MainWindow.h"
#include "ui/document/Autosave.h"
#include "ui/script/ScriptSession.h"

#include <QStatusBar>
#include <QTimer>
#include <iostream>
#include <optional>

namespace gpuplan::cli {
namespace {

constexpr std::string_view kScriptUsage =
    "usage: gpuplan script FILE.js [SCENARIO.gpkg] [--headless] [-- args...]\n";

struct ScriptArgs {
    std::string file;
    std::string scenario; // empty: the shipped national scenario, as a new plan
    bool headless = false;
    QStringList args; // plan.args
};

std::optional<ScriptArgs> parseArgs(const std::vector<std::string>& words)
{
    ScriptArgs args;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (word == "--") {
            for (++i; i < words.size(); ++i)
                args.args.append(QString::fromStdString(words[i]));
        } else if (word == "--headless") {
            args.headless = true;
        } else if (word.rfind("-", 0) != 0 && args.file.empty()) {
            args.file = word;
        } else if (word.rfind("-", 0) != 0 && args.scenario.empty()) {
            args.scenario = word;
        } else {
            std::cerr << "gpuplan script: unexpected '" << word << "'\n";
            return std::nullopt;
        }
    }
    if (args.file.empty()) {
        std::cerr << "gpuplan script: the script file is required\n";
        return std::nullopt;
    }
    return args;
}

// The window the script drives, on the scenario it names (or the national one, unsaved).
void openWindow(MainWindow& window, const ScriptArgs& args)
{
    openDashboard(window, args.scenario);
    if (args.headless) {
        window.autosave()->setEnabled(false);
        window.setAttribute(Qt::WA_DontShowOnScreen);
    }
    window.show();
}

void printToStandardStreams(const QString& line, bool isError)
{
    std::ostream& stream = isError ? std::cerr : std::cout;
    stream << line.toStdString() << std::endl;
}

// The exit code of a finished run; an uncaught error goes to stderr with its file and line.
int exitCodeOf(const ScriptOutcome& outcome)
{
    if (outcome.quitCode)
        return *outcome.quitCode;
    if (outcome.ok)
        return kExitOk;
    std::cerr << outcome.text.toStdString() << '\n';
    return kExitFailure;
}

// With a window: the script runs once the window is up; an error or plan.quit() ends the run,
// otherwise the planner carries on from where the script left the plan.
int runWatched(MainWindow& window, ScriptSession& session, const QString& file)
{
    QTimer::singleShot(0, &window, [&] {
        const ScriptOutcome outcome = session.runFile(file);
        if (outcome.ok && !outcome.quitCode) {
            // Said without words, so it reads the same in Korean and English.
            window.statusBar()->showMessage(QStringLiteral("✓ %1").arg(file));
            return;
        }
        window.autosave()->discardRecovery();
        QApplication::exit(exitCodeOf(outcome));
    });
    return QApplication::exec();
}

} // namespace

int runScriptCommand(const std::vector<std::string>& words)
{
    const std::optional<ScriptArgs> args = parseArgs(words);
    if (!args) {
        std::cerr << kScriptUsage;
        return kExitUsage;
    }
    if (!args->headless && !displayAvailable()) {
        std::cerr << "gpuplan script: no display (DISPLAY is not set); add --headless to run "
                     "the script without a window\n";
        return kExitFailure;
    }
    const VerbApplication application(args->headless ? VerbApplication::Screen::Offscreen
                                                     : VerbApplication::Screen::Display);
    MainWindow window;
    try {
        openWindow(window, *args);
    } catch (const IoError& error) {
        std::cerr << "gpuplan script: " << error.what() << '\n';
        return kExitFailure;
    }
    ScriptSession session(&window, args->args);
    QObject::connect(&session, &ScriptSession::printed, &printToStandardStreams);
    const QString file = QString::fromStdString(args->file);
    if (args->headless)
        return exitCodeOf(session.runFile(file));
    return runWatched(window, session, file);
}

} // namespace gpuplan::cli
