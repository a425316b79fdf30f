// SPDX-License-Identifier: MIT
#pragma once

#include "model/Scenario.h"

#include <QUndoCommand>

namespace gpuplan {

class PlanDocument;

// Merge ids of the commands that merge with their predecessor (repeated edits of one field).
enum class CommandId { EditSite = 1 };

// An edit of the plan as two snapshots: redo shows `after`, undo shows `before`. Because a
// Scenario shares its unchanged parts, keeping both costs little, and undo is exact.
class ScenarioEdit : public QUndoCommand {
public:
    ScenarioEdit(PlanDocument* document, Scenario after, const QString& text);

    void undo() override;
    void redo() override;

protected:
    PlanDocument* document() const { return m_document; }
    const Scenario& after() const { return m_after; }
    void setAfter(Scenario after) { m_after = std::move(after); }

private:
    PlanDocument* m_document;
    Scenario m_before;
    Scenario m_after;
};

} // namespace gpuplan
