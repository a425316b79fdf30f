// SPDX-License-Identifier: MIT
#pragma once

#include "model/Scenario.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace gpuplan {

// The organisations' pools: GPUs each still has to place, against its quota. A row is where a
// drag of GPUs onto a site starts; a drag from a site that ends here returns GPUs to the pool.
class OrganisationPools : public QWidget {
    Q_OBJECT

public:
    explicit OrganisationPools(QWidget* parent = nullptr);

    void setScenario(const Scenario& scenario);
    QString selectedOrganisation() const;
    QString selectedModel() const;
    // Viewport-relative centre of an organisation's row (tests drive drags from here).
    QPoint rowCentre(const QString& organisationId) const;
    QWidget* dragSurface() const;

signals:
    void organisationSelected(const QString& organisationId);
    void modelSelected(const QString& modelId);
    void dragStarted(const QString& organisationId);
    void dragMoved(QPoint globalPos, Qt::KeyboardModifiers modifiers);
    void dragDropped(QPoint globalPos, Qt::KeyboardModifiers modifiers);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    bool handleMouse(QEvent* event);
    void fillModels(const Scenario& scenario);
    void retranslate();

    QTableWidget* m_table = nullptr;
    QComboBox* m_model = nullptr;
    Scenario m_scenario;
    bool m_dragging = false;
    QPoint m_pressPos;
};

} // namespace gpuplan
