// SPDX-License-Identifier: MIT
#include "BriefingTexts.h"

#include <QLocale>

namespace gpuplan {

QString BriefingTexts::pick(const char* korean, const char* english) const
{
    return QString::fromUtf8(m_korean ? korean : english);
}

QString BriefingTexts::name(const std::string& korean, const std::string& english,
                            const std::string& id) const
{
    const std::string& preferred = m_korean ? korean : english;
    const std::string& other = m_korean ? english : korean;
    return QString::fromStdString(!preferred.empty() ? preferred : !other.empty() ? other : id);
}

QString BriefingTexts::siteName(const Scenario& scenario, const std::string& id) const
{
    const Site* site = scenario.findSite(id);
    return site ? name(site->nameKo, site->nameEn, id) : QString::fromStdString(id);
}

QString BriefingTexts::organisationName(const Scenario& scenario, const std::string& id) const
{
    const Organisation* organisation = scenario.findOrganisation(id);
    return organisation ? name(organisation->nameKo, organisation->nameEn, id)
                        : QString::fromStdString(id);
}

QString BriefingTexts::status(FeasibilityStatus status) const
{
    switch (status) {
    case FeasibilityStatus::Feasible:
        return pick("가능", "Feasible");
    case FeasibilityStatus::AtRisk:
        return pick("주의", "At risk");
    case FeasibilityStatus::Infeasible:
        return pick("불가", "Infeasible");
    }
    return {};
}

QString BriefingTexts::cooling(CoolingType cooling) const
{
    switch (cooling) {
    case CoolingType::Air:
        return pick("공랭", "Air");
    case CoolingType::Hybrid:
        return pick("하이브리드", "Hybrid");
    case CoolingType::Liquid:
        return pick("액체 냉각", "Liquid");
    }
    return {};
}

namespace {

// Figures with thousands separators, 260,000 and 13,317: Korean writes them as English does.
const QLocale& figures()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

} // namespace

QString BriefingTexts::mw(double value)
{
    return figures().toString(value, 'f', 1);
}

QString BriefingTexts::waterM3(double value)
{
    return figures().toString(value, 'f', 0);
}

QString BriefingTexts::percent(double value)
{
    return figures().toString(value, 'f', 1);
}

QString BriefingTexts::count(long long value)
{
    return figures().toString(value);
}

} // namespace gpuplan
