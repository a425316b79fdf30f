// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Evaluation.h"
#include "model/Scenario.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace gpuplan {

class LimitGauge;

// The selected site: its names and province, its status and why, what it draws against its
// connection limit, its bus's hosting capacity, its water source and its space, its timeline and
// its GPUs by organisation and model. PUE and cooling are editable: the inspector asks for the
// edit (siteEditRequested) and never changes the scenario itself.
class SiteInspector : public QWidget {
    Q_OBJECT

public:
    explicit SiteInspector(QWidget* parent = nullptr);

    // An id the scenario does not know (or empty) shows a prompt to select a site.
    void setSite(const QString& siteId);
    QString site() const { return m_siteId; }
    // Cheap: updates the texts, gauges and table in place.
    void setEvaluation(const Scenario& scenario, const Evaluation& evaluation);
    void retranslate();

signals:
    // The site as the planner edited it (PUE or cooling); the window turns it into an undo
    // command.
    void siteEditRequested(const QString& siteId, const gpuplan::Site& edited);
    // Every GPU at the site to run on another model.
    void modelChangeRequested(const QString& siteId, const QString& modelId);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildLimits();
    QWidget* buildEdits();
    QWidget* buildGpuTable();
    void refresh();
    const SiteEvaluation* selectedEvaluation() const;
    void showHeader(const Site& site, const SiteEvaluation* evaluation);
    void showLimits(const Site& site, const SiteEvaluation* evaluation);
    void showWater(const Site& site);
    void showTimeline(const Site& site);
    void showEdits(const Site& site);
    void showModel(const Site& site);
    void showGpus(const Site& site);
    void requestEdit(const std::function<void(Site&)>& change);

    QString m_siteId;
    Scenario m_scenario;
    std::vector<SiteEvaluation> m_sites;
    std::vector<WaterSourceTotal> m_waterSources;
    bool m_hasScenario = false;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_prompt = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_reasons = nullptr;
    QLabel* m_demand = nullptr;
    QLabel* m_connectionCaption = nullptr;
    QLabel* m_hostingCaption = nullptr;
    QLabel* m_waterCaption = nullptr;
    QLabel* m_spaceCaption = nullptr;
    LimitGauge* m_connection = nullptr;
    LimitGauge* m_hosting = nullptr;
    LimitGauge* m_waterGauge = nullptr;
    LimitGauge* m_space = nullptr;
    QLabel* m_timeline = nullptr;
    QLabel* m_pueCaption = nullptr;
    QLabel* m_coolingCaption = nullptr;
    QDoubleSpinBox* m_pue = nullptr;
    QComboBox* m_cooling = nullptr;
    QLabel* m_modelCaption = nullptr;
    QComboBox* m_model = nullptr;
    QLabel* m_gpusCaption = nullptr;
    QStandardItemModel* m_gpus = nullptr;
    QTableView* m_gpuTable = nullptr;
};

} // namespace gpuplan
