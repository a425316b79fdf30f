// SPDX-License-Identifier: MIT
#pragma once

#include "BriefingTexts.h"
#include "engine/Evaluation.h"

namespace gpuplan {

class PdfPages;

// The national summary: organisations against quota, tiles of the totals and the worst N-1
// loading, and the headline in one paragraph.
void drawSummaryPage(PdfPages& pages, const Scenario& scenario, const Evaluation& evaluation,
                     const BriefingTexts& texts);

// The headline in plain language, e.g. "In 2030 the plan places 260000 GPUs ...".
QString headline(const Evaluation& evaluation, const BriefingTexts& texts);

} // namespace gpuplan
