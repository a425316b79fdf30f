// SPDX-License-Identifier: MIT
#pragma once

#include "model/Scenario.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <optional>

namespace gpuplan {

class PlanDocument;

// Keeps a recovery copy of a modified plan (a GeoPackage beside a note of the file it came
// from), so a crash loses at most one interval of work. A save or a clean exit removes it; the
// next start offers to recover what is left.
class Autosave : public QObject {
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 30000;

    Autosave(PlanDocument* document, QString recoveryPath, QObject* parent = nullptr);

    // <application data>/recovery.gpkg
    static QString defaultRecoveryPath();

    bool hasRecovery() const;
    // The recovered scenario and the file it had been opened from; nullopt with a reason when
    // the recovery file is unreadable.
    std::optional<Scenario> readRecovery(QString* originalPath, QString* error) const;
    void discardRecovery();
    // Writes the recovery copy now if the plan has unsaved changes.
    void saveNow();
    // Off for a scripted run without a window: nobody is there to lose work to a crash.
    void setEnabled(bool enabled);

private:
    QString notePath() const;

    PlanDocument* m_document;
    QString m_recoveryPath;
    QTimer m_timer;
};

} // namespace gpuplan
