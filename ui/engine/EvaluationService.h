// SPDX-License-Identifier: MIT
#pragma once

#include "engine/AsyncEvaluator.h"

#include <QElapsedTimer>
#include <QObject>
#include <cstdint>
#include <memory>

namespace gpuplan {

// The capacity engine for the window: evaluates snapshots off the GUI thread and delivers the
// answer on it. The newest request wins: an older one is cancelled in the engine, and an answer
// that arrives after a newer request was made is dropped here, so a stale result is never drawn.
class EvaluationService : public QObject {
    Q_OBJECT

public:
    // A committed scenario, or a preview of an edit still under the planner's hand.
    enum class Purpose { Committed, Preview };

    explicit EvaluationService(QObject* parent = nullptr);
    ~EvaluationService() override;

    void submit(const Scenario& scenario, int year, Purpose purpose);

    bool isIdle() const { return m_delivered == m_latest; }
    // Processes events until the newest request is answered (tests, scripts); false on timeout.
    bool waitUntilIdle(int timeoutMs);
    const Evaluation& lastEvaluation() const { return m_lastEvaluation; }
    // Milliseconds from the newest request to its answer reaching the GUI thread.
    double lastLatencyMs() const { return m_lastLatencyMs; }

signals:
    void evaluated(const gpuplan::Evaluation& evaluation,
                   gpuplan::EvaluationService::Purpose purpose);
    void failed(const QString& message);
    void busyChanged(bool busy);

private:
    void deliver(std::uint64_t ticket, const Evaluation& evaluation);
    void deliverError(std::uint64_t ticket, const QString& message);

    std::unique_ptr<AsyncEvaluator> m_evaluator;
    std::uint64_t m_latest = 0;
    std::uint64_t m_delivered = 0;
    Purpose m_latestPurpose = Purpose::Committed;
    Evaluation m_lastEvaluation;
    QElapsedTimer m_sinceRequest;
    double m_lastLatencyMs = 0.0;
};

} // namespace gpuplan
