// SPDX-License-Identifier: MIT
#include "ReasonText.h"

#include "DisplayNames.h"
#include "PanelFormat.h"

namespace gpuplan {
namespace {

constexpr double kPercent = 100.0;

QString text(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

} // namespace

QString ReasonText::describe(const Reason& reason)
{
    switch (reason.kind) {
    case ReasonKind::ConnectionLimit:
        return connectionLimit(reason);
    case ReasonKind::Space:
        return space(reason);
    case ReasonKind::HostingCapacity:
        return hostingCapacity(reason);
    case ReasonKind::GridOverload:
        return overload(branchName(reason.branchKo, reason.branch), reason.value,
                        branchName(reason.outageKo, reason.outage));
    case ReasonKind::Water:
        return water(reason);
    case ReasonKind::Timeline:
        return tr("%1 GPUs placed for %2 but the site is energised in %3")
            .arg(PanelFormat::count(reason.count))
            .arg(reason.year)
            .arg(reason.otherYear);
    case ReasonKind::Cooling:
        return tr("%1 GPUs of %2 need liquid cooling")
            .arg(PanelFormat::count(reason.count), text(reason.subject));
    case ReasonKind::UnknownBus:
        return tr("bus %1 is not in the grid").arg(reason.year);
    }
    return {};
}

QString ReasonText::overload(const QString& branch, double loadingPct, const QString& outage)
{
    if (outage.isEmpty())
        return tr("%1 %2 with all lines in service").arg(branch, PanelFormat::percent(loadingPct));
    return tr("%1 %2 when %3 is out").arg(branch, PanelFormat::percent(loadingPct), outage);
}

QString ReasonText::branchName(const std::string& korean, const std::string& english)
{
    return localName(korean, english, english);
}

QString ReasonText::connectionLimit(const Reason& reason)
{
    const QString value = PanelFormat::megawatts(reason.value);
    const QString limit = PanelFormat::megawatts(reason.limit);
    if (reason.severity == FeasibilityStatus::Infeasible)
        return tr("facility %1 over the connection limit of %2").arg(value, limit);
    return tr("facility %1 within %2 of the connection limit of %3")
        .arg(value, margin(reason), limit);
}

QString ReasonText::space(const Reason& reason)
{
    const QString value = PanelFormat::megawatts(reason.value);
    const QString limit = PanelFormat::megawatts(reason.limit);
    if (reason.severity == FeasibilityStatus::Infeasible)
        return tr("IT %1 over the land and building limit of %2").arg(value, limit);
    return tr("IT %1 within %2 of the land and building limit of %3")
        .arg(value, margin(reason), limit);
}

QString ReasonText::hostingCapacity(const Reason& reason)
{
    const QString bus = text(reason.subject);
    const QString value = PanelFormat::megawatts(reason.value);
    const QString limit = PanelFormat::megawatts(reason.limit);
    if (reason.severity == FeasibilityStatus::Infeasible)
        return tr("datacentres at %1 draw %2, over its hosting capacity of %3")
                   .arg(bus, value, limit) +
               limitedBy(reason);
    return tr("datacentres at %1 draw %2, within %3 of its hosting capacity of %4")
               .arg(bus, value, margin(reason), limit) +
           limitedBy(reason);
}

QString ReasonText::water(const Reason& reason)
{
    const QString source = text(reason.subject);
    const QString value = PanelFormat::cubicMetresPerDay(reason.value);
    const QString limit = PanelFormat::cubicMetresPerDay(reason.limit);
    if (reason.severity == FeasibilityStatus::Infeasible)
        return tr("water %1 over the %2 available at %3").arg(value, limit, source);
    return tr("water %1 within %2 of the %3 available at %4")
        .arg(value, margin(reason), limit, source);
}

QString ReasonText::limitedBy(const Reason& reason)
{
    if (reason.branch.empty())
        return {};
    const QString branch = branchName(reason.branchKo, reason.branch);
    if (reason.outage.empty())
        return tr(" (limited by %1)").arg(branch);
    return tr(" (limited by %1 when %2 is out)")
        .arg(branch, branchName(reason.outageKo, reason.outage));
}

QString ReasonText::margin(const Reason& reason)
{
    return PanelFormat::percent(reason.marginShare * kPercent);
}

} // namespace gpuplan
