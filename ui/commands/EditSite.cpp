// SPDX-License-Identifier: MIT
#include "EditSite.h"

#include "ui/DisplayNames.h"
#include "ui/document/PlanDocument.h"

#include <QCoreApplication>

namespace gpuplan {
namespace {

Scenario withSite(const Scenario& scenario, const Site& edited)
{
    Scenario result = scenario;
    auto sites = scenario.sites();
    for (Site& site : sites) {
        if (site.id == edited.id)
            site = edited;
    }
    result.setSites(std::move(sites));
    return result;
}

} // namespace

EditSite::EditSite(PlanDocument* document, const Site& edited)
    : ScenarioEdit(document, withSite(document->scenario(), edited),
                   QCoreApplication::translate("EditSite", "Edit %1")
                       .arg(siteName(document->scenario(), edited.id))),
      m_siteId(edited.id)
{
}

bool EditSite::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const EditSite*>(other);
    if (!next || next->m_siteId != m_siteId)
        return false;
    setAfter(next->after());
    return true;
}

} // namespace gpuplan
