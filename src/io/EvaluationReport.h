// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Evaluation.h"

#include <string>

namespace gpuplan {

// The evaluation of a scenario as JSON (UTF-8, indented): `scenario` {name, year, slack_policy},
// `organisations` [{id, name, quota, placed}], `sites` [{id, name, bus, gpus, allocations
// [{organisation, model, gpus, year}], it_mw, facility_mw, water_m3_per_day, hosting_mw,
// hosting_at_least, status, reasons [text], reason_kinds [kind]}], `water_sources`, `grid`
// {worst_loading_pct, worst_branch, worst_outage, n1_violations, base_violations, separations,
// error}, `totals` {gpus, it_mw, facility_mw, water_m3_per_day, infeasible_sites, at_risk_sites},
// `warnings`. Unlimited values (hosting without a rated branch) are null.
std::string evaluationJson(const Evaluation& evaluation);

// The same as a readable text table for a terminal.
std::string evaluationTable(const Evaluation& evaluation);

// "connection_limit", "grid_overload", ...: stable names of reason kinds for files and the UI.
std::string_view reasonKindName(ReasonKind kind);

} // namespace gpuplan
