// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "io/CityLabels.h"
#include "map/LayerPanel.h"
#include "map/MapCanvas.h"
#include "map/MapLegend.h"

#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLocale>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>

namespace gpuplan {
namespace {

constexpr int kLayerDockWidth = 190;
constexpr int kTableDockHeight = 170;

QString text(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

QTableWidget* makeTable(const QStringList& headers, const QString& objectName)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells[column]));
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_canvas = new MapCanvas;
    setCentralWidget(m_canvas);
    m_canvas->addOverlayWidget(new MapLegend, Qt::BottomRightCorner);
    // The map takes the room: the panels start narrow and short.
    resizeDocks({addLayerDock()}, {kLayerDockWidth}, Qt::Horizontal);
    resizeDocks({addTableDock()}, {kTableDockHeight}, Qt::Vertical);
    resize(1280, 800);
    const QString fromEnvironment = qEnvironmentVariable("GPUPLAN_DATA_DIR");
    setDataDirectory(fromEnvironment.isEmpty() ? QStringLiteral(GPUPLAN_BUILD_DATA_DIR)
                                               : fromEnvironment);
}

QDockWidget* MainWindow::addLayerDock()
{
    auto* layers = new QDockWidget(tr("Layers"));
    layers->setObjectName(QStringLiteral("layerDock"));
    layers->setWidget(new LayerPanel(m_canvas));
    addDockWidget(Qt::LeftDockWidgetArea, layers);
    return layers;
}

QDockWidget* MainWindow::addTableDock()
{
    m_sites = makeTable({tr("Site"), tr("Province"), tr("Status"), tr("GPUs"), tr("Bus"),
                         tr("Connection limit (MW)")},
                        QStringLiteral("siteTable"));
    m_organisations = makeTable({tr("Organisation"), tr("Placed"), tr("Quota")},
                                QStringLiteral("organisationTable"));
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_organisations);
    splitter->addWidget(m_sites);
    splitter->setStretchFactor(1, 3);
    auto* tables = new QDockWidget(tr("Sites and organisations"));
    tables->setObjectName(QStringLiteral("tableDock"));
    tables->setWidget(splitter);
    addDockWidget(Qt::BottomDockWidgetArea, tables);
    return tables;
}

void MainWindow::setDataDirectory(const QString& directory)
{
    const QDir folder(directory);
    QStringList problems;
    QString error;
    if (!m_canvas->setBasemap(folder.filePath(QStringLiteral("countries-10m.json")), &error))
        problems << tr("No basemap: %1").arg(error);
    try {
        m_canvas->setCityLabels(
            readCityLabels(folder.filePath(QStringLiteral("cities.csv")).toStdString()));
    } catch (const std::exception& e) {
        problems << tr("No city labels: %1").arg(QString::fromStdString(e.what()));
    }
    if (!problems.isEmpty())
        statusBar()->showMessage(problems.join(QStringLiteral("; ")));
}

void MainWindow::showScenario(const Scenario& scenario, const QString& fileName)
{
    setWindowTitle(tr("gpuplan — %1").arg(text(scenario.settings().name)));
    m_canvas->setScenario(scenario);
    fillSites(scenario);
    fillOrganisations(scenario);
    const QLocale locale;
    statusBar()->showMessage(tr("%1 — %2 sites, %3 buses, %4 branches, %5 GPUs placed")
                                 .arg(fileName)
                                 .arg(scenario.sites().size())
                                 .arg(scenario.grid().buses.size())
                                 .arg(scenario.grid().branches.size())
                                 .arg(locale.toString(scenario.totalPlacedGpus())));
}

void MainWindow::fillSites(const Scenario& scenario)
{
    const QLocale locale;
    m_sites->setRowCount(static_cast<int>(scenario.sites().size()));
    int row = 0;
    for (const Site& site : scenario.sites()) {
        setRow(m_sites, row++,
               {text(site.nameKo), text(site.province), text(std::string(toString(site.status))),
                locale.toString(scenario.siteGpus(site.id)), QString::number(site.busId),
                locale.toString(site.connectionLimitMw, 'f', 0)});
    }
    m_sites->resizeColumnsToContents();
}

void MainWindow::fillOrganisations(const Scenario& scenario)
{
    const QLocale locale;
    m_organisations->setRowCount(static_cast<int>(scenario.organisations().size()));
    int row = 0;
    for (const Organisation& org : scenario.organisations()) {
        setRow(m_organisations, row++,
               {text(org.nameKo), locale.toString(scenario.placedGpus(org.id)),
                locale.toString(org.quota)});
    }
    m_organisations->resizeColumnsToContents();
}

} // namespace gpuplan
