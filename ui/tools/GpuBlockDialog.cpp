// SPDX-License-Identifier: MIT
#include "GpuBlockDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace gpuplan {
namespace {

constexpr int kMaxBlockGpus = 260000; // the whole national programme
constexpr int kBlockStep = 1000;

} // namespace

GpuBlockDialog::GpuBlockDialog(const Scenario& scenario, const GpuBlock& block, QWidget* parent)
    : QDialog(parent), m_block(block)
{
    setObjectName(QStringLiteral("gpuBlockDialog"));
    setWindowTitle(tr("GPUs to move"));
    m_count = new QSpinBox;
    m_count->setObjectName(QStringLiteral("gpuBlockCount"));
    m_count->setRange(1, kMaxBlockGpus);
    m_count->setSingleStep(kBlockStep);
    m_count->setGroupSeparatorShown(true);
    m_count->setValue(block.count);
    m_model = new QComboBox;
    m_model->setObjectName(QStringLiteral("gpuBlockModel"));
    m_model->addItem(tr("Any model"), QString());
    for (const GpuModel& model : scenario.gpuModels())
        m_model->addItem(QString::fromStdString(model.name), QString::fromStdString(model.id));
    m_model->setCurrentIndex(std::max(0, m_model->findData(QString::fromStdString(block.modelId))));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("GPUs"), m_count);
    form->addRow(tr("Model"), m_model);
    form->addRow(buttons);
}

GpuBlock GpuBlockDialog::block() const
{
    GpuBlock chosen = m_block;
    chosen.count = m_count->value();
    chosen.modelId = m_model->currentData().toString().toStdString();
    return chosen;
}

} // namespace gpuplan
