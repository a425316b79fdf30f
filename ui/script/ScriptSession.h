// SPDX-License-Identifier: MIT
#pragma once

#include <QJSEngine>
#include <QObject>
#include <QStringList>
#include <optional>

namespace gpuplan {

class MainWindow;
class PlanApi;

// What running a piece of script came to.
struct ScriptOutcome {
    bool ok = true;
    QString text;                // the value as a line of text, or the error "file:line: …"
    std::optional<int> quitCode; // set when the script called plan.quit()
};

// One JavaScript engine (QJSEngine) with `plan` bound to a window and `console` writing
// through printed(): the engine of `gpuplan script` and of the window's script console.
class ScriptSession : public QObject {
    Q_OBJECT

public:
    ScriptSession(MainWindow* window, QStringList args, QObject* parent = nullptr);
    ~ScriptSession() override;

    ScriptOutcome run(const QString& program, const QString& fileName, int firstLine = 1);
    // Reads the file (UTF-8) and runs it; a file that cannot be read is an error naming it.
    ScriptOutcome runFile(const QString& path);
    PlanApi* plan() const { return m_plan; }

    // A value as the console shows it: strings as they are, objects and arrays as JSON.
    QString display(const QJSValue& value);

signals:
    // One line of console.log (isError false) or console.warn / console.error (true).
    void printed(const QString& line, bool isError);

private:
    void installPlan();
    void installConsole();
    ScriptOutcome outcomeOf(const QJSValue& result, const QStringList& trace);

    QJSEngine m_engine;
    PlanApi* m_plan = nullptr;
};

} // namespace gpuplan
