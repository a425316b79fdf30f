// SPDX-License-Identifier: MIT
#include "FileActions.h"

#include "io/GridImport.h"
#include "io/IoError.h"
#include "io/ScenarioStore.h"
#include "ui/BackgroundWork.h"
#include "ui/commands/ScenarioEdit.h"
#include "ui/document/Autosave.h"
#include "ui/document/PlanDocument.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace gpuplan {
namespace {

const QString kFilter = QStringLiteral("GeoPackage (*.gpkg)");

} // namespace

FileActions::FileActions(QMainWindow* window, PlanDocument* document, BackgroundWork* background,
                         Autosave* autosave)
    : QObject(window), m_window(window), m_document(document), m_background(background),
      m_autosave(autosave)
{
}

void FileActions::showError(const QString& text)
{
    emit message(text);
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("gpuplan"), text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void FileActions::newFromNational()
{
    if (!maySafelyClose())
        return;
    // The shipped file is a template: the new plan has no file until it is saved.
    if (openFileNow(m_nationalPath))
        m_document->reset(m_document->scenario(), QString());
}

void FileActions::open()
{
    if (!maySafelyClose())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open scenario"), {}, kFilter);
    if (!path.isEmpty())
        openFile(path);
}

void FileActions::openFile(const QString& path)
{
    m_background->run<Scenario>(
        tr("Opening %1").arg(path),
        [file = path.toStdString()](const StudyControl&) { return readScenario(file); },
        [this, path](Scenario scenario) {
            m_document->reset(std::move(scenario), path);
            emit opened(path);
        },
        [this](const QString& error) { showError(error); });
}

bool FileActions::openFileNow(const QString& path)
{
    try {
        m_document->reset(readScenario(path.toStdString()), path);
    } catch (const IoError& error) {
        showError(QString::fromStdString(error.what()));
        return false;
    }
    emit opened(path);
    return true;
}

bool FileActions::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool FileActions::saveAs()
{
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Save scenario as"), {}, kFilter);
    return !path.isEmpty() && saveTo(path);
}

bool FileActions::saveTo(const QString& path)
{
    QString error;
    if (!m_document->save(path, &error)) {
        showError(error);
        return false;
    }
    emit message(tr("Saved %1").arg(path));
    return true;
}

void FileActions::importGrid()
{
    const QString casePath = QFileDialog::getOpenFileName(
        m_window, tr("Import grid (MATPOWER case)"), {}, tr("MATPOWER case (*.m)"));
    if (casePath.isEmpty())
        return;
    const QString coordinates = QFileDialog::getOpenFileName(
        m_window, tr("Bus coordinates (optional: bus_i,lon,lat)"), {}, tr("CSV (*.csv)"));
    importGridFile(casePath, coordinates);
}

void FileActions::importGridFile(const QString& casePath, const QString& coordinatesPath)
{
    m_background->run<Scenario>(
        tr("Importing %1").arg(casePath),
        [scenario = m_document->scenario(), casePath = casePath.toStdString(),
         coordinates = coordinatesPath.toStdString()](const StudyControl&) {
            return withImportedGrid(scenario, casePath, coordinates);
        },
        [this, casePath](Scenario imported) {
            m_document->undoStack()->push(
                new ScenarioEdit(m_document, std::move(imported),
                                 tr("Import grid %1").arg(QFileInfo(casePath).fileName())));
            emit message(tr("Imported the grid of %1").arg(casePath));
        },
        [this](const QString& error) { showError(error); });
}

void FileActions::offerRecovery()
{
    if (!m_autosave->hasRecovery())
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Recover unsaved plan"),
                                tr("gpuplan did not close normally. Recover the plan it saved "
                                   "automatically?"),
                                QMessageBox::Yes | QMessageBox::No, m_window);
    box->setObjectName(QStringLiteral("recoveryMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Yes)
            recover();
        else
            m_autosave->discardRecovery();
    });
    box->open();
}

bool FileActions::recover()
{
    QString originalPath;
    QString error;
    auto scenario = m_autosave->readRecovery(&originalPath, &error);
    if (!scenario) {
        showError(error);
        return false;
    }
    m_document->reset(std::move(*scenario), originalPath);
    m_document->undoStack()->resetClean(); // recovered work is unsaved work
    emit message(tr("Recovered the autosaved plan"));
    return true;
}

bool FileActions::maySafelyClose()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved changes"), tr("The plan has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

} // namespace gpuplan
