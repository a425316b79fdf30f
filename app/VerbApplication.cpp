// SPDX-License-Identifier: MIT
#include "VerbApplication.h"

#include "report/Typeface.h"

#include <QFont>
#include <cstdlib>
#include <iostream>

namespace gpuplan::cli {
namespace {

// Offscreen, Qt warns that the platform has no window-size hints and that no runtime directory
// is set: true of every headless run and nothing a user can act on, so kept off standard error,
// where a script's own errors go. Every other message passes.
void quietOffscreenMessages(QtMsgType type, const QMessageLogContext& context,
                            const QString& message)
{
    if (message.contains(QStringLiteral("propagateSizeHints")) ||
        message.startsWith(QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    std::cerr << qFormatLogMessage(type, context, message).toStdString() << '\n';
}

} // namespace

bool displayAvailable()
{
    return std::getenv("QT_QPA_PLATFORM") || std::getenv("DISPLAY") ||
           std::getenv("WAYLAND_DISPLAY");
}

VerbApplication::VerbApplication(Screen screen)
{
    if (screen == Screen::Offscreen && !std::getenv("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (screen == Screen::Offscreen)
        qInstallMessageHandler(quietOffscreenMessages);
    m_application.emplace(m_argc, m_argv);
    QApplication::setApplicationName(QStringLiteral("gpuplan"));
    // Offscreen there is no desktop font size to keep: the briefing's 9 pt.
    QApplication::setFont(
        typeface(screen == Screen::Offscreen ? 9.0 : QApplication::font().pointSizeF()));
}

} // namespace gpuplan::cli
