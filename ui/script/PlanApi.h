// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CapacityEngine.h"
#include "model/Edits.h"

#include <QJSValue>
#include <QObject>
#include <QStringList>
#include <QUndoStack>
#include <optional>

namespace gpuplan {

class MainWindow;
class PlanDocument;
struct GpuEdit;

// The `plan` object of gpuplan scripts: the dashboard driven through the window's own document,
// undo stack and views, as a planner's hand would drive it, so a watched run shows every step.
// Organisations, sites and GPU models are named by id, as evaluate() reports them. A call that
// cannot be done throws a JavaScript error saying why and changes nothing.
class PlanApi : public QObject {
    Q_OBJECT
    Q_PROPERTY(QStringList args READ args CONSTANT)

public:
    PlanApi(MainWindow* window, QStringList args, QObject* parent = nullptr);

    // The words after `--` on the command line.
    QStringList args() const { return m_args; }
    // Set by quit(): the exit code the script asked for.
    std::optional<int> quitCode() const { return m_quitCode; }

    Q_INVOKABLE void open(const QString& path);
    Q_INVOKABLE void newFromDefault();
    Q_INVOKABLE void place(const QJSValue& spec);
    Q_INVOKABLE void remove(const QJSValue& spec);
    Q_INVOKABLE void move(const QJSValue& spec);
    Q_INVOKABLE void setSite(const QString& siteId, const QJSValue& fields);
    Q_INVOKABLE void setYear(const QJSValue& year);
    Q_INVOKABLE int year() const;
    Q_INVOKABLE QJSValue evaluate();
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    Q_INVOKABLE void save(const QString& path);
    Q_INVOKABLE void exportBriefing(const QString& path, const QJSValue& options = {});
    Q_INVOKABLE void snapshot(const QString& path, const QJSValue& options = {});
    Q_INVOKABLE void select(const QJSValue& siteId);
    Q_INVOKABLE QJSValue selectedSite() const;
    Q_INVOKABLE QJSValue mapState();
    Q_INVOKABLE void wait();
    Q_INVOKABLE void pause(const QJSValue& milliseconds);
    Q_INVOKABLE void quit(const QJSValue& exitCode = {});

private:
    using SiteEdit = EditResult (*)(const Scenario&, const std::string&, const GpuBlock&);
    using SiteCommand = GpuEdit (*)(PlanDocument*, const QString&, const GpuBlock&);

    template <typename Body> auto guarded(Body body) -> decltype(body());
    void stepUndoStack(const QString& call, bool (QUndoStack::*canStep)() const,
                       void (QUndoStack::*step)());
    void editAtSite(const QString& call, const QJSValue& spec, const QStringList& extraKeys,
                    SiteEdit edit, SiteCommand command);
    void applyGpuEdit(const QString& call, GpuEdit edit);
    void checkSiteExists(const QString& call, const QString& siteId) const;
    void waitForEngine();
    void showProgress();
    QJSValue fromJson(const std::string& json);

    MainWindow* m_window;
    QStringList m_args;
    CapacityEngine m_engine;
    std::optional<int> m_quitCode;
};

} // namespace gpuplan
