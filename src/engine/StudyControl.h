// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <functional>
#include <stdexcept>

namespace gpuplan {

// How a long study reports progress (0..1) and learns it should stop. Both are passed in by the
// caller; the engine never owns a thread or a signal (STYLE "Follow" 6). Parallel studies call
// `progress` from their worker threads, so it must be thread-safe (an atomic store is enough).
using ProgressCallback = std::function<void(double fraction)>;

struct StudyControl {
    ProgressCallback progress;                 // may be empty
    const std::atomic<bool>* cancel = nullptr; // may be null

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(double fraction) const
    {
        if (progress)
            progress(fraction);
    }
};

// Thrown when a study is stopped through its cancel flag.
class StudyCancelled : public std::runtime_error {
public:
    StudyCancelled() : std::runtime_error("study cancelled") {}
};

// A grid the DC power flow cannot take: zero reactance, an unknown bus, islands, a singular B.
class GridError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace gpuplan
