// SPDX-License-Identifier: MIT
#include "ViolationsList.h"

#include "PanelFormat.h"
#include "ViolationsModel.h"
#include "report/Typeface.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace gpuplan {
namespace {

constexpr int kListPt = 11;
constexpr int kEmptyPt = 13;

} // namespace

ViolationsList::ViolationsList(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("violationsList"));
    m_model = new ViolationsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("violationsView"));
    m_view->setModel(m_model);
    m_view->setFont(typeface(kListPt));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ViolationsModel::Kind,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("noViolationsLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setFont(typeface(kEmptyPt));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Styles that activate on a single click report it through activated() as well.
    connect(m_view, &QAbstractItemView::activated, this, &ViolationsList::activate);
    if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_view))
        connect(m_view, &QAbstractItemView::clicked, this, &ViolationsList::activate);
    retranslate();
}

void ViolationsList::setEvaluation(const Scenario& scenario, const Evaluation& evaluation)
{
    m_model->setEvaluation(scenario, evaluation);
    m_grid = evaluation.grid;
    m_hasEvaluation = true;
    showEmptyOrList();
}

void ViolationsList::retranslate()
{
    m_model->retranslate();
    showEmptyOrList();
}

void ViolationsList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ViolationsList::activate(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const int caseIndex = index.data(ViolationsModel::BranchCaseIndexRole).toInt();
    if (caseIndex >= 0)
        emit branchActivated(caseIndex);
    else
        emit siteActivated(index.data(ViolationsModel::SiteIdRole).toString());
}

void ViolationsList::showEmptyOrList()
{
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    if (!m_hasEvaluation)
        m_empty->setText(tr("Waiting for the first evaluation"));
    else if (!m_grid.solved)
        m_empty->setText(tr("No site violations; the grid was not studied: %1")
                             .arg(QString::fromStdString(m_grid.error)));
    else
        m_empty->setText(tr("No violations: every site fits and no branch is over its "
                            "rating under N-1"));
    m_stack->setCurrentWidget(m_empty);
}

} // namespace gpuplan
