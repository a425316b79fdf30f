// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Evaluation.h"
#include "model/Scenario.h"

#include <QWidget>

class QLabel;
class QModelIndex;
class QStackedWidget;
class QTableView;

namespace gpuplan {

class ViolationsModel;

// The list of what is wrong, worst first: branches over their rating (in the base case or when
// one branch is out) and infeasible sites with their reasons. A click asks the window to show
// the branch or the site on the map. Says so when there is nothing wrong.
class ViolationsList : public QWidget {
    Q_OBJECT

public:
    explicit ViolationsList(QWidget* parent = nullptr);

    // Cheap: the model changes its rows in place.
    void setEvaluation(const Scenario& scenario, const Evaluation& evaluation);
    void retranslate();

    QTableView* view() const { return m_view; }
    ViolationsModel* model() const { return m_model; }

signals:
    void branchActivated(int caseIndex);
    void siteActivated(const QString& siteId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void activate(const QModelIndex& index);
    void showEmptyOrList();

    ViolationsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QStackedWidget* m_stack = nullptr;
    GridSummary m_grid;
    bool m_hasEvaluation = false;
};

} // namespace gpuplan
