// SPDX-License-Identifier: MIT
#include "ViolationsModel.h"

#include "DisplayNames.h"
#include "PanelFormat.h"
#include "ReasonText.h"

namespace gpuplan {

ViolationsModel::ViolationsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ViolationsModel::setEvaluation(const Scenario& scenario, const Evaluation& evaluation)
{
    m_scenario = scenario;
    std::vector<Row> rows;
    rows.reserve(evaluation.violations.size() + evaluation.sites.size());
    for (const Violation& violation : evaluation.violations) {
        Row& row = rows.emplace_back();
        row.branchCaseIndex = violation.branchCaseIndex;
        row.violation = violation;
    }
    for (const SiteEvaluation& site : evaluation.sites) {
        if (site.status != FeasibilityStatus::Infeasible)
            continue;
        Row& row = rows.emplace_back();
        row.siteId = site.siteId;
        for (const Reason& reason : site.reasons) {
            if (reason.severity == FeasibilityStatus::Infeasible)
                row.reasons.push_back(reason);
        }
    }
    replaceRows(std::move(rows));
}

void ViolationsModel::retranslate()
{
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ViolationsModel::replaceRows(std::vector<Row> rows)
{
    const int before = rowCount();
    const int after = int(rows.size());
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_rows = std::move(rows);
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_rows = std::move(rows);
        endRemoveRows();
    } else {
        m_rows = std::move(rows);
    }
    if (after > 0)
        emit dataChanged(index(0, 0), index(after - 1, ColumnCount - 1));
}

int ViolationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ViolationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ViolationsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() == Kind ? kindText(row) : descriptionText(row);
    case Qt::DecorationRole:
        return index.column() == Kind
                   ? QVariant(PanelFormat::statusColour(FeasibilityStatus::Infeasible))
                   : QVariant();
    case BranchCaseIndexRole:
        return row.branchCaseIndex;
    case SiteIdRole:
        return QString::fromStdString(row.siteId);
    default:
        return {};
    }
}

QVariant ViolationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Kind ? tr("Problem") : tr("Where and why");
}

QString ViolationsModel::kindText(const Row& row) const
{
    if (row.branchCaseIndex < 0)
        return tr("Site infeasible");
    return row.violation.outageCaseIndex < 0 ? tr("Overload") : tr("N-1 overload");
}

QString ViolationsModel::descriptionText(const Row& row) const
{
    if (row.branchCaseIndex >= 0) {
        const Violation& v = row.violation;
        return ReasonText::overload(ReasonText::branchName(v.branchKo, v.branch), v.loadingPct,
                                    ReasonText::branchName(v.outageKo, v.outage));
    }
    QStringList reasons;
    for (const Reason& reason : row.reasons)
        reasons << ReasonText::describe(reason);
    return tr("%1: %2").arg(siteName(m_scenario, row.siteId), reasons.join(tr("; ")));
}

} // namespace gpuplan
