// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace gpuplan {
class MainWindow;
}

namespace gpuplan::cli {

// The dashboard on a scenario: the shipped data (basemap, city labels, national scenario) wired
// into `window`, and `scenarioPath` opened in it, or the national scenario as a new plan when it
// is empty (the shipped file is a template: edits to it are saved to a new file). Throws IoError
// naming a file that cannot be read.
void openDashboard(MainWindow& window, const std::string& scenarioPath);

} // namespace gpuplan::cli
