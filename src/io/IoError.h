// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>

namespace gpuplan {

// A file that cannot be read or written. The message names the file and, where known, the line,
// layer, feature and field, ready to show a planner.
class IoError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace gpuplan
