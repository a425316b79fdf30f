// SPDX-License-Identifier: MIT
#pragma once

#include "ScenarioEdit.h"

namespace gpuplan {

// Changes one site's figures (PUE, cooling, connection limit, ...). Consecutive edits of the same
// site merge into one undo step, as a planner nudging a spin box expects.
class EditSite : public ScenarioEdit {
public:
    EditSite(PlanDocument* document, const Site& edited);

    int id() const override { return static_cast<int>(CommandId::EditSite); }
    bool mergeWith(const QUndoCommand* other) override;

private:
    std::string m_siteId;
};

} // namespace gpuplan
