// SPDX-License-Identifier: MIT
#include "EvaluationService.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMetaObject>

namespace gpuplan {

EvaluationService::EvaluationService(QObject* parent) : QObject(parent)
{
    // The engine calls back on its worker thread; hop to ours before touching anything.
    auto onResult = [this](std::uint64_t ticket, const Evaluation& evaluation) {
        QMetaObject::invokeMethod(
            this, [this, ticket, evaluation] { deliver(ticket, evaluation); },
            Qt::QueuedConnection);
    };
    auto onError = [this](std::uint64_t ticket, const std::string& message) {
        QMetaObject::invokeMethod(
            this,
            [this, ticket, text = QString::fromStdString(message)] { deliverError(ticket, text); },
            Qt::QueuedConnection);
    };
    m_evaluator = std::make_unique<AsyncEvaluator>(onResult, ProgressCallback{}, onError);
}

// The evaluator joins its worker first, so no callback reaches a half-destroyed service.
EvaluationService::~EvaluationService()
{
    m_evaluator.reset();
}

void EvaluationService::submit(const Scenario& scenario, int year, Purpose purpose)
{
    const bool wasIdle = isIdle();
    m_latestPurpose = purpose;
    m_sinceRequest.start();
    // A preview under the planner's hand takes the engine's interactive mode: hosting capacity
    // exact wherever it decides a status, a bound elsewhere (CapacityEngine.h); a committed plan
    // gets exact figures everywhere.
    m_latest = m_evaluator->submit(
        scenario, EvaluationOptions{.year = year, .exactHosting = purpose == Purpose::Committed});
    if (wasIdle)
        emit busyChanged(true);
}

bool EvaluationService::waitUntilIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!isIdle() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return isIdle();
}

void EvaluationService::deliver(std::uint64_t ticket, const Evaluation& evaluation)
{
    if (ticket != m_latest)
        return;
    m_delivered = ticket;
    m_lastEvaluation = evaluation;
    m_lastLatencyMs = static_cast<double>(m_sinceRequest.nsecsElapsed()) / 1.0e6;
    emit evaluated(m_lastEvaluation, m_latestPurpose);
    emit busyChanged(false);
}

void EvaluationService::deliverError(std::uint64_t ticket, const QString& message)
{
    if (ticket != m_latest)
        return;
    m_delivered = ticket;
    emit failed(message);
    emit busyChanged(false);
}

} // namespace gpuplan
