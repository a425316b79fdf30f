// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Evaluation.h"
#include "model/Scenario.h"

#include <QAbstractTableModel>

namespace gpuplan {

// The problems of an evaluation as table rows: the grid's violations, worst first (a branch
// over its rating in the base case or after one outage), then the infeasible sites with their
// reasons. Texts are worded when a view asks for them, in the interface language.
class ViolationsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Kind, Description, ColumnCount };
    enum Role {
        BranchCaseIndexRole = Qt::UserRole + 1, // int; -1 on site rows
        SiteIdRole,                             // QString; empty on branch rows
    };

    explicit ViolationsModel(QObject* parent = nullptr);

    // Cheap: changes the rows in place, inserting or removing only at the end.
    void setEvaluation(const Scenario& scenario, const Evaluation& evaluation);
    // Re-words every row (after a language switch).
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int branchCaseIndex = -1;
        Violation violation;
        std::string siteId;
        std::vector<Reason> reasons; // the site's infeasible reasons
    };

    void replaceRows(std::vector<Row> rows);
    QString kindText(const Row& row) const;
    QString descriptionText(const Row& row) const;

    Scenario m_scenario;
    std::vector<Row> m_rows;
};

} // namespace gpuplan
