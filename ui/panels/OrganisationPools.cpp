// SPDX-License-Identifier: MIT
#include "OrganisationPools.h"

#include "ui/DisplayNames.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMouseEvent>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gpuplan {
namespace {

enum Column { Name, Left, Quota, ColumnCount };

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

} // namespace

OrganisationPools::OrganisationPools(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("organisationPools"));
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("organisationPoolTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->viewport()->installEventFilter(this);
    m_model = new QComboBox;
    m_model->setObjectName(QStringLiteral("poolModelCombo"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table);
    layout->addWidget(m_model);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this] { emit organisationSelected(selectedOrganisation()); });
    connect(m_model, &QComboBox::currentIndexChanged, this,
            [this] { emit modelSelected(selectedModel()); });
    retranslate();
}

void OrganisationPools::setScenario(const Scenario& scenario)
{
    const QString selected = selectedOrganisation();
    m_scenario = scenario;
    const QLocale locale;
    m_table->setRowCount(static_cast<int>(scenario.organisations().size()));
    int row = 0;
    for (const Organisation& org : scenario.organisations()) {
        auto* name = cell(organisationName(scenario, org.id), Qt::AlignLeft);
        name->setData(Qt::UserRole, QString::fromStdString(org.id));
        name->setData(Qt::DecorationRole, QColor(QString::fromStdString(org.colour)));
        m_table->setItem(row, Name, name);
        m_table->setItem(
            row, Left,
            cell(locale.toString(org.quota - scenario.placedGpus(org.id)), Qt::AlignRight));
        m_table->setItem(row, Quota, cell(locale.toString(org.quota), Qt::AlignRight));
        if (QString::fromStdString(org.id) == selected)
            m_table->selectRow(row);
        ++row;
    }
    m_table->resizeColumnsToContents();
    if (m_model->count() != static_cast<int>(scenario.gpuModels().size()))
        fillModels(scenario);
}

void OrganisationPools::fillModels(const Scenario& scenario)
{
    m_model->clear();
    for (const GpuModel& model : scenario.gpuModels())
        m_model->addItem(QString::fromStdString(model.name), QString::fromStdString(model.id));
    // The NVL72 racks the programme mostly buys (FACTS.md §3: NVIDIA Blackwell).
    const int blackwell = m_model->findData(QStringLiteral("gb200_nvl72"));
    m_model->setCurrentIndex(std::max(0, blackwell));
}

QString OrganisationPools::selectedOrganisation() const
{
    const QTableWidgetItem* item = m_table->item(m_table->currentRow(), Name);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString OrganisationPools::selectedModel() const
{
    return m_model->currentData().toString();
}

QPoint OrganisationPools::rowCentre(const QString& organisationId) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Name)->data(Qt::UserRole).toString() == organisationId)
            return m_table->visualRect(m_table->model()->index(row, Name)).center();
    }
    return {};
}

QWidget* OrganisationPools::dragSurface() const
{
    return m_table->viewport();
}

bool OrganisationPools::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && handleMouse(event))
        return true;
    return QWidget::eventFilter(watched, event);
}

// Press on a row selects its organisation; moving past the drag distance starts a drag that the
// map's allocate tool follows; the release drops.
bool OrganisationPools::handleMouse(QEvent* event)
{
    const auto type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseMove &&
        type != QEvent::MouseButtonRelease)
        return false;
    auto* mouse = static_cast<QMouseEvent*>(event);
    const QPoint global = mouse->globalPosition().toPoint();
    if (type == QEvent::MouseButtonPress && mouse->button() == Qt::LeftButton) {
        m_pressPos = mouse->position().toPoint();
        m_table->selectRow(m_table->rowAt(m_pressPos.y()));
        return false;
    }
    if (type == QEvent::MouseMove && mouse->buttons().testFlag(Qt::LeftButton)) {
        if (!m_dragging && !selectedOrganisation().isEmpty() &&
            (mouse->position().toPoint() - m_pressPos).manhattanLength() >=
                QApplication::startDragDistance()) {
            m_dragging = true;
            emit dragStarted(selectedOrganisation());
        }
        if (m_dragging)
            emit dragMoved(global, mouse->modifiers());
        return m_dragging;
    }
    if (type == QEvent::MouseButtonRelease && m_dragging) {
        m_dragging = false;
        emit dragDropped(global, mouse->modifiers());
        return true;
    }
    return false;
}

void OrganisationPools::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setScenario(m_scenario);
    }
    QWidget::changeEvent(event);
}

void OrganisationPools::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Organisation"), tr("Left"), tr("Quota")});
    m_model->setToolTip(tr("GPU model placed by a drag from the pool"));
}

} // namespace gpuplan
