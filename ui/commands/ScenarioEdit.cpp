// SPDX-License-Identifier: MIT
#include "ScenarioEdit.h"

#include "ui/document/PlanDocument.h"

namespace gpuplan {

ScenarioEdit::ScenarioEdit(PlanDocument* document, Scenario after, const QString& text)
    : QUndoCommand(text), m_document(document), m_before(document->scenario()),
      m_after(std::move(after))
{
}

void ScenarioEdit::undo()
{
    m_document->setScenario(m_before);
}

void ScenarioEdit::redo()
{
    m_document->setScenario(m_after);
}

} // namespace gpuplan
