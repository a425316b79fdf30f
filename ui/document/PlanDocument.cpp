// SPDX-License-Identifier: MIT
#include "PlanDocument.h"

#include "io/IoError.h"
#include "io/ScenarioStore.h"

namespace gpuplan {

PlanDocument::PlanDocument(QObject* parent) : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

void PlanDocument::reset(Scenario scenario, const QString& filePath)
{
    m_undoStack.clear();
    m_scenario = std::move(scenario);
    m_filePath = filePath;
    emit filePathChanged(m_filePath);
    emit scenarioChanged();
}

bool PlanDocument::save(const QString& filePath, QString* error)
{
    try {
        writeScenario(m_scenario, filePath.toStdString());
    } catch (const IoError& failure) {
        if (error)
            *error = QString::fromStdString(failure.what());
        return false;
    }
    m_undoStack.setClean();
    if (filePath != m_filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    emit saved(m_filePath);
    return true;
}

void PlanDocument::setScenario(Scenario scenario)
{
    m_scenario = std::move(scenario);
    emit scenarioChanged();
}

} // namespace gpuplan
