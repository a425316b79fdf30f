// SPDX-License-Identifier: MIT
#include "GpuCommands.h"

#include "ui/DisplayNames.h"
#include "ui/document/PlanDocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace gpuplan {
namespace {

// The translation context of these texts.
class GpuCommands {
    Q_DECLARE_TR_FUNCTIONS(GpuCommands)
};

QString count(long long gpus)
{
    return QLocale().toString(gpus);
}

GpuEdit makeEdit(PlanDocument* document, EditResult result, const GpuBlock& block,
                 const QString& text)
{
    if (!result)
        return {nullptr, refusalText(document->scenario(), result, block)};
    return {std::make_unique<ScenarioEdit>(document, std::move(*result.scenario), text), {}};
}

} // namespace

QString refusalText(const Scenario& scenario, const EditResult& result, const GpuBlock& block)
{
    const QString organisation = organisationName(scenario, block.organisationId);
    switch (result.refusal) {
    case EditRefusal::None:
        return {};
    case EditRefusal::UnknownOrganisation:
        return GpuCommands::tr("There is no organisation '%1'.").arg(organisation);
    case EditRefusal::UnknownSite:
        return GpuCommands::tr("Drop the GPUs on a site.");
    case EditRefusal::UnknownModel:
        return GpuCommands::tr("Choose a GPU model.");
    case EditRefusal::NonPositiveCount:
        return GpuCommands::tr("The number of GPUs must be positive.");
    case EditRefusal::SameSite:
        return GpuCommands::tr("The GPUs are already at this site.");
    case EditRefusal::OverQuota:
        return GpuCommands::tr("%1 has only %2 GPUs left in its pool; %3 would exceed its quota.")
            .arg(organisation, count(result.available), count(block.count));
    case EditRefusal::NotEnoughGpus:
        return GpuCommands::tr("%1 has only %2 GPUs at this site, not %3.")
            .arg(organisation, count(result.available), count(block.count));
    }
    return {};
}

GpuEdit placeGpusCommand(PlanDocument* document, const QString& siteId, const GpuBlock& block)
{
    const Scenario& scenario = document->scenario();
    const std::string site = siteId.toStdString();
    return makeEdit(document, placeGpus(scenario, site, block), block,
                    GpuCommands::tr("Place %1 %2 GPUs at %3")
                        .arg(count(block.count), organisationName(scenario, block.organisationId),
                             siteName(scenario, site)));
}

GpuEdit removeGpusCommand(PlanDocument* document, const QString& siteId, const GpuBlock& block)
{
    const Scenario& scenario = document->scenario();
    const std::string site = siteId.toStdString();
    return makeEdit(document, removeGpus(scenario, site, block), block,
                    GpuCommands::tr("Return %1 %2 GPUs from %3 to the pool")
                        .arg(count(block.count), organisationName(scenario, block.organisationId),
                             siteName(scenario, site)));
}

GpuEdit moveGpusCommand(PlanDocument* document, const QString& fromSiteId, const QString& toSiteId,
                        const GpuBlock& block)
{
    const Scenario& scenario = document->scenario();
    const std::string from = fromSiteId.toStdString();
    const std::string to = toSiteId.toStdString();
    return makeEdit(document, moveGpus(scenario, from, to, block), block,
                    GpuCommands::tr("Move %1 %2 GPUs from %3 to %4")
                        .arg(count(block.count), organisationName(scenario, block.organisationId),
                             siteName(scenario, from), siteName(scenario, to)));
}

GpuEdit changeSiteModelCommand(PlanDocument* document, const QString& siteId,
                               const QString& modelId)
{
    const Scenario& scenario = document->scenario();
    const GpuModel* model = scenario.findGpuModel(modelId.toStdString());
    const QString modelName = model ? QString::fromStdString(model->name) : modelId;
    return makeEdit(document,
                    changeSiteModel(scenario, siteId.toStdString(), modelId.toStdString()), {},
                    GpuCommands::tr("Equip %1 with %2")
                        .arg(siteName(scenario, siteId.toStdString()), modelName));
}

} // namespace gpuplan
