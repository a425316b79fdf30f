// SPDX-License-Identifier: MIT
#include "ScriptConsole.h"

#include "ScriptSession.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QVBoxLayout>

namespace gpuplan {
namespace {

const QColor kErrorColour(0xb0, 0x20, 0x20);
const QColor kEchoColour(0x60, 0x60, 0x60);

} // namespace

ScriptConsole::ScriptConsole(MainWindow* window, QWidget* parent)
    : QWidget(parent), m_session(new ScriptSession(window, {}, this)), m_output(new QPlainTextEdit),
      m_input(new QLineEdit)
{
    setObjectName(QStringLiteral("scriptConsole"));
    m_output->setObjectName(QStringLiteral("scriptConsoleOutput"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setObjectName(QStringLiteral("scriptConsoleInput"));
    m_input->setFont(m_output->font());
    m_input->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_output);
    layout->addWidget(m_input);
    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        const QString line = m_input->text();
        m_input->clear();
        runLine(line);
    });
    connect(m_session, &ScriptSession::printed, this, &ScriptConsole::append);
    retranslate();
}

void ScriptConsole::retranslate()
{
    m_input->setPlaceholderText(tr("JavaScript, e.g. plan.evaluate().totals — Up/Down: history"));
}

void ScriptConsole::runLine(const QString& line)
{
    if (line.trimmed().isEmpty())
        return;
    if (m_history.isEmpty() || m_history.last() != line)
        m_history.append(line);
    m_historyIndex = m_history.size();
    write(QStringLiteral("> %1").arg(line), kEchoColour);
    const ScriptOutcome outcome = m_session->run(line, QStringLiteral("<console>"), m_nextLine++);
    if (outcome.quitCode) {
        window()->close(); // plan.quit() typed here: the planner is asked to save as usual
        return;
    }
    if (!outcome.ok || outcome.text != QStringLiteral("undefined"))
        append(outcome.text, !outcome.ok);
}

void ScriptConsole::append(const QString& text, bool isError)
{
    write(text, isError ? kErrorColour : palette().color(QPalette::Text));
}

void ScriptConsole::write(const QString& text, const QColor& colour)
{
    QTextCursor cursor = m_output->textCursor();
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat format;
    format.setForeground(colour);
    cursor.insertText(text + QLatin1Char('\n'), format);
    m_output->setTextCursor(cursor);
    m_output->ensureCursorVisible();
}

void ScriptConsole::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ScriptConsole::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            stepHistory(key == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ScriptConsole::stepHistory(int step)
{
    m_historyIndex = std::clamp<qsizetype>(m_historyIndex + step, 0, m_history.size());
    m_input->setText(m_historyIndex < m_history.size() ? m_history.at(m_historyIndex) : QString());
}

} // namespace gpuplan
