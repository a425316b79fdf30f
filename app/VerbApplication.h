// SPDX-License-Identifier: MIT
#pragma once

#include <QApplication>
#include <optional>

namespace gpuplan::cli {

// True when a window can be shown: a display, or a Qt platform named by QT_QPA_PLATFORM.
bool displayAvailable();

// The Qt application of a verb that draws: on the display, or offscreen without one (unless
// QT_QPA_PLATFORM names another platform), in the briefing's typeface (report/Typeface.h).
class VerbApplication {
public:
    enum class Screen { Display, Offscreen };
    explicit VerbApplication(Screen screen);

private:
    int m_argc = 1;
    char m_name[8] = "gpuplan";
    char* m_argv[2] = {m_name, nullptr};
    std::optional<QApplication> m_application;
};

} // namespace gpuplan::cli
