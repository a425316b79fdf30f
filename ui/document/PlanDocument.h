// SPDX-License-Identifier: MIT
#pragma once

#include "model/Scenario.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace gpuplan {

// The open plan: one scenario snapshot, its file and its undo history. Views listen to
// scenarioChanged and redraw from scenario(); every edit goes through an undo command.
class PlanDocument : public QObject {
    Q_OBJECT

public:
    explicit PlanDocument(QObject* parent = nullptr);

    const Scenario& scenario() const { return m_scenario; }
    QUndoStack* undoStack() { return &m_undoStack; }
    const QString& filePath() const { return m_filePath; }
    bool isModified() const { return !m_undoStack.isClean(); }

    // Replaces the whole plan (open, new) and forgets the undo history.
    void reset(Scenario scenario, const QString& filePath);
    // Saves atomically; on failure returns false with the reason and keeps everything as it was.
    bool save(const QString& filePath, QString* error);

    // Only undo commands call this.
    void setScenario(Scenario scenario);

signals:
    void scenarioChanged();
    void filePathChanged(const QString& filePath);
    void modifiedChanged(bool modified);
    void saved(const QString& filePath);

private:
    Scenario m_scenario;
    QString m_filePath;
    QUndoStack m_undoStack;
};

} // namespace gpuplan
