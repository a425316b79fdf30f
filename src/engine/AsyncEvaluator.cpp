// SPDX-License-Identifier: MIT
#include "AsyncEvaluator.h"

namespace gpuplan {

AsyncEvaluator::AsyncEvaluator(ResultCallback onResult, ProgressCallback onProgress,
                               ErrorCallback onError)
    : m_onResult(std::move(onResult)), m_onProgress(std::move(onProgress)),
      m_onError(std::move(onError)), m_worker([this](std::stop_token stop) { work(stop); })
{
}

AsyncEvaluator::~AsyncEvaluator()
{
    {
        std::lock_guard lock(m_mutex);
        m_pending.reset();
        if (m_cancelRunning)
            m_cancelRunning->store(true);
    }
    m_worker.request_stop();
    m_wake.notify_all();
}

std::uint64_t AsyncEvaluator::submit(Scenario scenario, EvaluationOptions options)
{
    std::uint64_t ticket = 0;
    {
        std::lock_guard lock(m_mutex);
        ticket = ++m_latest;
        m_pending = Request{ticket, std::move(scenario), options};
        if (m_cancelRunning)
            m_cancelRunning->store(true);
    }
    m_wake.notify_all();
    return ticket;
}

void AsyncEvaluator::waitIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return !m_busy && !m_pending; });
}

void AsyncEvaluator::work(std::stop_token stop)
{
    while (true) {
        Request request;
        auto cancel = std::make_shared<std::atomic<bool>>(false);
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, stop, [this] { return m_pending.has_value(); });
            if (stop.stop_requested())
                return;
            request = std::move(*m_pending);
            m_pending.reset();
            m_cancelRunning = cancel;
            m_busy = true;
        }
        runOne(std::move(request), *cancel);
        {
            std::lock_guard lock(m_mutex);
            m_cancelRunning.reset();
            m_busy = false;
        }
        m_idle.notify_all();
    }
}

void AsyncEvaluator::runOne(Request request, const std::atomic<bool>& cancel)
{
    auto isLatest = [&] {
        std::lock_guard lock(m_mutex);
        return request.ticket == m_latest;
    };
    try {
        const Evaluation result =
            m_engine.evaluate(request.scenario, request.options, {m_onProgress, &cancel});
        if (!cancel.load() && isLatest() && m_onResult)
            m_onResult(request.ticket, result);
    } catch (const StudyCancelled&) {
        // a newer submission took over
    } catch (const std::exception& error) {
        if (isLatest() && m_onError)
            m_onError(request.ticket, error.what());
    }
}

} // namespace gpuplan
