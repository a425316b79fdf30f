// SPDX-License-Identifier: MIT
#pragma once

#include "ScenarioEdit.h"
#include "model/Edits.h"

#include <QString>
#include <memory>

namespace gpuplan {

// A GPU edit ready for the undo stack, or the reason it cannot be made, worded for the status bar.
struct GpuEdit {
    std::unique_ptr<QUndoCommand> command;
    QString refusal;
};

GpuEdit placeGpusCommand(PlanDocument* document, const QString& siteId, const GpuBlock& block);
GpuEdit removeGpusCommand(PlanDocument* document, const QString& siteId, const GpuBlock& block);
GpuEdit moveGpusCommand(PlanDocument* document, const QString& fromSiteId, const QString& toSiteId,
                        const GpuBlock& block);

GpuEdit changeSiteModelCommand(PlanDocument* document, const QString& siteId,
                               const QString& modelId);

// The planner-facing reason for a refused edit, translated.
QString refusalText(const Scenario& scenario, const EditResult& result, const GpuBlock& block);

} // namespace gpuplan
