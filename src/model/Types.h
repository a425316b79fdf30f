// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gpuplan {

// How a site removes heat. A GPU model names the least it needs: `Liquid` racks (GB200/GB300
// NVL72) run only where the site has liquid loops (FACTS.md section 2, "cannot be air-cooled").
enum class CoolingType { Air, Hybrid, Liquid };

enum class SiteStatus { Existing, Announced, Candidate };

// Who pays for a change in load: one reference generator, or the whole fleet in proportion
// to headroom (the planning default, DESIGN section 4).
enum class SlackPolicy { Single, Distributed };

std::string_view toString(CoolingType cooling);
std::string_view toString(SiteStatus status);
std::string_view toString(SlackPolicy policy);

std::optional<CoolingType> coolingTypeFromString(std::string_view text);
std::optional<SiteStatus> siteStatusFromString(std::string_view text);
std::optional<SlackPolicy> slackPolicyFromString(std::string_view text);

// True when a site with `siteCooling` can host racks that need at least `required`.
bool coolingSupports(CoolingType siteCooling, CoolingType required);

} // namespace gpuplan
