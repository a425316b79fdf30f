// SPDX-License-Identifier: MIT
#pragma once

#include "CapacityEngine.h"

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace gpuplan {

// Evaluates scenario snapshots on a worker thread, newest first: a submission cancels the
// evaluation running (through its atomic flag) and replaces any waiting one, and a result is
// delivered only if no newer submission existed when it finished, so a stale result is never
// delivered. Callbacks run on the worker thread; the UI hops to its own thread (no Qt here).
class AsyncEvaluator {
public:
    using ResultCallback = std::function<void(std::uint64_t ticket, const Evaluation& result)>;
    using ErrorCallback = std::function<void(std::uint64_t ticket, const std::string& message)>;

    explicit AsyncEvaluator(ResultCallback onResult, ProgressCallback onProgress = {},
                            ErrorCallback onError = {});
    ~AsyncEvaluator(); // cancels what runs and joins

    AsyncEvaluator(const AsyncEvaluator&) = delete;
    AsyncEvaluator& operator=(const AsyncEvaluator&) = delete;

    // Returns the submission's ticket (increasing from 1).
    std::uint64_t submit(Scenario scenario, EvaluationOptions options = {});
    // Blocks until nothing runs and nothing waits (tests, the command line).
    void waitIdle();

    int topologyBuilds() const { return m_engine.topologyBuilds(); }

private:
    struct Request {
        std::uint64_t ticket = 0;
        Scenario scenario;
        EvaluationOptions options;
    };

    void work(std::stop_token stop);
    void runOne(Request request, const std::atomic<bool>& cancel);

    CapacityEngine m_engine;
    ResultCallback m_onResult;
    ProgressCallback m_onProgress;
    ErrorCallback m_onError;

    std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::condition_variable m_idle;
    std::optional<Request> m_pending;
    std::uint64_t m_latest = 0;
    std::shared_ptr<std::atomic<bool>> m_cancelRunning;
    bool m_busy = false;
    std::jthread m_worker; // last: starts once everything above exists
};

} // namespace gpuplan
