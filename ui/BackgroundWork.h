// SPDX-License-Identifier: MIT
#pragma once

#include "engine/StudyControl.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtConcurrent>
#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;

namespace gpuplan {

// Long work (opening a big file, hosting capacity of every bus) on a worker thread, shown in the
// status bar with a progress bar and a cancel button while the map stays usable. One task at a
// time: starting another cancels the first, whose result is then dropped.
class BackgroundWork : public QObject {
    Q_OBJECT

public:
    explicit BackgroundWork(QStatusBar* statusBar, QObject* parent = nullptr);

    bool isRunning() const { return m_running; }
    void cancel();

    // `work` runs on a worker thread; `done` gets its result, or `failed` the exception's text,
    // on the GUI thread, unless the task was cancelled.
    template <typename Result>
    void run(const QString& label, std::function<Result(const StudyControl&)> work,
             std::function<void(Result)> done, std::function<void(QString)> failed);

signals:
    void finished();

private:
    struct Shared {
        std::atomic<bool> cancel{false};
        std::atomic<double> progress{0.0};
    };

    void begin(const QString& label);
    void end();
    void showProgress();

    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer m_poll;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
};

template <typename Result>
void BackgroundWork::run(const QString& label, std::function<Result(const StudyControl&)> work,
                         std::function<void(Result)> done, std::function<void(QString)> failed)
{
    cancel();
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    begin(label);
    struct Outcome {
        std::optional<Result> value;
        QString error;
    };
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [=, this] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (shared->cancel.load())
            return;
        end();
        if (outcome.value)
            done(*outcome.value);
        else
            failed(outcome.error);
    });
    watcher->setFuture(QtConcurrent::run([shared, work]() -> Outcome {
        const StudyControl control{[shared](double f) { shared->progress.store(f); },
                                   &shared->cancel};
        try {
            return {work(control), {}};
        } catch (const std::exception& error) {
            return {std::nullopt, QString::fromStdString(error.what())};
        }
    }));
}

} // namespace gpuplan
