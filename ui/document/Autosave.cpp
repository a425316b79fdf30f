// SPDX-License-Identifier: MIT
#include "Autosave.h"

#include "PlanDocument.h"
#include "io/IoError.h"
#include "io/ScenarioStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace gpuplan {

Autosave::Autosave(PlanDocument* document, QString recoveryPath, QObject* parent)
    : QObject(parent), m_document(document), m_recoveryPath(std::move(recoveryPath))
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    // Only an explicit save makes the copy needless: the undo stack also turns clean when the
    // document is torn down, which is exactly when the copy must stay.
    connect(document, &PlanDocument::saved, this, &Autosave::discardRecovery);
    m_timer.start();
}

QString Autosave::defaultRecoveryPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("recovery.gpkg"));
}

QString Autosave::notePath() const
{
    return m_recoveryPath + QStringLiteral(".source");
}

bool Autosave::hasRecovery() const
{
    return QFileInfo::exists(m_recoveryPath);
}

std::optional<Scenario> Autosave::readRecovery(QString* originalPath, QString* error) const
{
    QFile note(notePath());
    if (originalPath && note.open(QIODevice::ReadOnly))
        *originalPath = QString::fromUtf8(note.readAll());
    try {
        return readScenario(m_recoveryPath.toStdString());
    } catch (const IoError& failure) {
        if (error)
            *error = QString::fromStdString(failure.what());
        return std::nullopt;
    }
}

void Autosave::discardRecovery()
{
    QFile::remove(m_recoveryPath);
    QFile::remove(notePath());
}

void Autosave::saveNow()
{
    if (!m_document->isModified()) {
        discardRecovery(); // undone back to the saved plan
        return;
    }
    QDir().mkpath(QFileInfo(m_recoveryPath).absolutePath());
    try {
        writeScenario(m_document->scenario(), m_recoveryPath.toStdString());
    } catch (const IoError&) {
        return; // an unsaveable plan (it fails validation) keeps the last good recovery copy
    }
    QFile note(notePath());
    if (note.open(QIODevice::WriteOnly | QIODevice::Truncate))
        note.write(m_document->filePath().toUtf8());
}

void Autosave::setEnabled(bool enabled)
{
    if (enabled)
        m_timer.start();
    else
        m_timer.stop();
}

} // namespace gpuplan
