// SPDX-License-Identifier: MIT
#pragma once

#include "model/Edits.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace gpuplan {

// Asks for an exact number of GPUs and their model (Ctrl while dropping).
class GpuBlockDialog : public QDialog {
    Q_OBJECT

public:
    GpuBlockDialog(const Scenario& scenario, const GpuBlock& block, QWidget* parent = nullptr);

    GpuBlock block() const;

private:
    GpuBlock m_block;
    QSpinBox* m_count = nullptr;
    QComboBox* m_model = nullptr;
};

} // namespace gpuplan
