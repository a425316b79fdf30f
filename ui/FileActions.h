// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QMainWindow;

namespace gpuplan {

class Autosave;
class BackgroundWork;
class PlanDocument;

// File menu work for the window: new from the national scenario, open (in the background),
// save, save as, and recovery of an autosaved plan after a crash. Failures leave the open plan
// as it was and say what went wrong, naming the file.
class FileActions : public QObject {
    Q_OBJECT

public:
    FileActions(QMainWindow* window, PlanDocument* document, BackgroundWork* background,
                Autosave* autosave);

    void setNationalScenarioPath(const QString& path) { m_nationalPath = path; }
    const QString& nationalScenarioPath() const { return m_nationalPath; }

    void newFromNational();
    void open();                           // asks for a file
    void openFile(const QString& path);    // reads in the background
    bool openFileNow(const QString& path); // reads at once (scripts, tests)
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    // A real grid model (MATPOWER case, optional bus coordinates) in place of the plan's grid,
    // read in the background; one undo step.
    void importGrid();
    void importGridFile(const QString& casePath, const QString& coordinatesPath);
    // Offers the autosaved plan of a crashed session, without blocking.
    void offerRecovery();
    bool recover();
    // True when the plan may be closed: saved, or the planner chose to discard it.
    bool maySafelyClose();

signals:
    void opened(const QString& path);
    void message(const QString& text);

private:
    void showError(const QString& text);

    QMainWindow* m_window;
    PlanDocument* m_document;
    BackgroundWork* m_background;
    Autosave* m_autosave;
    QString m_nationalPath;
};

} // namespace gpuplan
