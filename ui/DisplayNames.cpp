// SPDX-License-Identifier: MIT
#include "DisplayNames.h"

#include <QLocale>

namespace gpuplan {
namespace {

bool& koreanFlag()
{
    static bool korean = QLocale().language() == QLocale::Korean;
    return korean;
}

} // namespace

bool interfaceIsKorean()
{
    return koreanFlag();
}

void setInterfaceKorean(bool korean)
{
    koreanFlag() = korean;
}

QString localName(const std::string& korean, const std::string& english, const std::string& id)
{
    const std::string& preferred = interfaceIsKorean() ? korean : english;
    const std::string& other = interfaceIsKorean() ? english : korean;
    return QString::fromStdString(!preferred.empty() ? preferred : !other.empty() ? other : id);
}

QString organisationName(const Scenario& scenario, const std::string& id)
{
    const Organisation* organisation = scenario.findOrganisation(id);
    return organisation ? localName(organisation->nameKo, organisation->nameEn, id)
                        : QString::fromStdString(id);
}

QString siteName(const Scenario& scenario, const std::string& id)
{
    const Site* site = scenario.findSite(id);
    return site ? localName(site->nameKo, site->nameEn, id) : QString::fromStdString(id);
}

QString busName(const Bus& bus)
{
    return localName(bus.name, bus.nameEn, std::to_string(bus.id));
}

} // namespace gpuplan
