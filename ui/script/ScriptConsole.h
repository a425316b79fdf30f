// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QWidget>

class QColor;
class QLineEdit;
class QPlainTextEdit;

namespace gpuplan {

class MainWindow;
class ScriptSession;

// The window's script console, after QGIS's Python console: type a line of JavaScript and see
// its value or its error; Up and Down walk the history. `plan` acts on this window, so what a
// line does shows on the map and can be undone like any other edit.
class ScriptConsole : public QWidget {
    Q_OBJECT

public:
    explicit ScriptConsole(MainWindow* window, QWidget* parent = nullptr);

    // What Enter does with the typed line.
    void runLine(const QString& line);
    QPlainTextEdit* output() const { return m_output; }
    QLineEdit* input() const { return m_input; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void append(const QString& text, bool isError);
    void write(const QString& text, const QColor& colour);
    void stepHistory(int step);
    void retranslate();

    ScriptSession* m_session;
    QPlainTextEdit* m_output;
    QLineEdit* m_input;
    QStringList m_history;
    qsizetype m_historyIndex = 0; // == m_history.size(): the line being typed
    int m_nextLine = 1;
};

} // namespace gpuplan
