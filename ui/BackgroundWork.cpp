// SPDX-License-Identifier: MIT
#include "BackgroundWork.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

namespace gpuplan {
namespace {

constexpr int kPollMs = 100;
constexpr int kProgressSteps = 1000;

} // namespace

BackgroundWork::BackgroundWork(QStatusBar* statusBar, QObject* parent) : QObject(parent)
{
    m_label = new QLabel;
    m_bar = new QProgressBar;
    m_bar->setObjectName(QStringLiteral("backgroundProgress"));
    m_bar->setRange(0, kProgressSteps);
    m_bar->setMaximumWidth(200);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("backgroundCancel"));
    for (QWidget* widget : {static_cast<QWidget*>(m_label), static_cast<QWidget*>(m_bar),
                            static_cast<QWidget*>(m_cancel)}) {
        statusBar->addPermanentWidget(widget);
        widget->hide();
    }
    connect(m_cancel, &QPushButton::clicked, this, &BackgroundWork::cancel);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &BackgroundWork::showProgress);
}

void BackgroundWork::cancel()
{
    if (!m_running)
        return;
    m_shared->cancel.store(true);
    end();
}

void BackgroundWork::begin(const QString& label)
{
    m_running = true;
    m_label->setText(label);
    m_bar->setValue(0);
    m_label->show();
    m_bar->show();
    m_cancel->show();
    m_poll.start();
}

void BackgroundWork::end()
{
    m_running = false;
    m_poll.stop();
    m_label->hide();
    m_bar->hide();
    m_cancel->hide();
    emit finished();
}

void BackgroundWork::showProgress()
{
    m_bar->setValue(static_cast<int>(m_shared->progress.load() * kProgressSteps));
}

} // namespace gpuplan
