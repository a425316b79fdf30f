// SPDX-License-Identifier: MIT
#include "Types.h"

#include <array>
#include <utility>

namespace gpuplan {
namespace {

template <typename Enum, std::size_t N>
std::string_view nameOf(const std::array<std::pair<Enum, std::string_view>, N>& names, Enum value)
{
    for (const auto& [candidate, name] : names) {
        if (candidate == value)
            return name;
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, std::string_view>, N>& names,
                            std::string_view text)
{
    for (const auto& [value, name] : names) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<CoolingType, std::string_view>, 3> kCoolingNames{{
    {CoolingType::Air, "air"},
    {CoolingType::Hybrid, "hybrid"},
    {CoolingType::Liquid, "liquid"},
}};

constexpr std::array<std::pair<SiteStatus, std::string_view>, 3> kSiteStatusNames{{
    {SiteStatus::Existing, "existing"},
    {SiteStatus::Announced, "announced"},
    {SiteStatus::Candidate, "candidate"},
}};

constexpr std::array<std::pair<SlackPolicy, std::string_view>, 2> kSlackNames{{
    {SlackPolicy::Single, "single"},
    {SlackPolicy::Distributed, "distributed"},
}};

} // namespace

std::string_view toString(CoolingType cooling)
{
    return nameOf(kCoolingNames, cooling);
}
std::string_view toString(SiteStatus status)
{
    return nameOf(kSiteStatusNames, status);
}
std::string_view toString(SlackPolicy policy)
{
    return nameOf(kSlackNames, policy);
}

std::optional<CoolingType> coolingTypeFromString(std::string_view text)
{
    return valueOf(kCoolingNames, text);
}

std::optional<SiteStatus> siteStatusFromString(std::string_view text)
{
    return valueOf(kSiteStatusNames, text);
}

std::optional<SlackPolicy> slackPolicyFromString(std::string_view text)
{
    return valueOf(kSlackNames, text);
}

bool coolingSupports(CoolingType siteCooling, CoolingType required)
{
    if (required == CoolingType::Air)
        return true;
    return siteCooling == CoolingType::Hybrid || siteCooling == CoolingType::Liquid;
}

} // namespace gpuplan
