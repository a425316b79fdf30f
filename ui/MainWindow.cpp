// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "BackgroundWork.h"
#include "BriefingExport.h"
#include "DisplayNames.h"
#include "EvaluationPresenter.h"
#include "FileActions.h"
#include "Language.h"
#include "commands/EditSite.h"
#include "commands/GpuCommands.h"
#include "document/Autosave.h"
#include "document/PlanDocument.h"
#include "engine/BusHosting.h"
#include "io/CityLabels.h"
#include "map/LayerPanel.h"
#include "map/MapCanvas.h"
#include "map/MapLegend.h"
#include "panels/ChartsPanel.h"
#include "panels/NationalTiles.h"
#include "panels/OrganisationPools.h"
#include "panels/SiteInspector.h"
#include "panels/ViolationsList.h"
#include "script/ScriptConsole.h"
#include "tools/AllocateTool.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSlider>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace gpuplan {
namespace {

constexpr int kMessageMs = 8000;
constexpr double kPresentationFontScale = 1.4;

// An action with the stable objectName UI tests find it by (ui/OBJECT_NAMES.md).
QAction* named(QAction* action, const char* name)
{
    action->setObjectName(QString::fromLatin1(name));
    return action;
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_normalFont = font();
    m_document = new PlanDocument(this);
    m_language = new Language(this);
    m_language->setKorean(interfaceIsKorean());
    buildCentre();
    buildDocks();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_background = new BackgroundWork(statusBar(), this);
    m_autosave = new Autosave(m_document, Autosave::defaultRecoveryPath(), this);
    m_files = new FileActions(this, m_document, m_background, m_autosave);
    m_presenter = new EvaluationPresenter(
        m_document, {m_canvas, m_tiles, m_charts, m_violations, m_inspector, m_pools}, this);
    buildToolBar();
    buildMenus();
    connectParts();
    resize(1920, 1080);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildCentre()
{
    m_canvas = new MapCanvas;
    m_tool = new AllocateTool(m_canvas, m_document);
    m_canvas->setMapTool(m_tool);
    m_tiles = new NationalTiles;
    auto* centre = new QWidget;
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tiles);
    layout->addWidget(m_canvas, 1);
    setCentralWidget(centre);
}

QDockWidget* MainWindow::addDock(QWidget* widget, const char* title, const QString& name,
                                 Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(tr(title));
    dock->setObjectName(name);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    m_docks.emplace_back(dock, title);
    return dock;
}

void MainWindow::buildDocks()
{
    m_pools = new OrganisationPools;
    m_inspector = new SiteInspector;
    m_charts = new ChartsPanel;
    m_violations = new ViolationsList;
    m_tool->setPoolWidget(m_pools->dragSurface());
    auto* pools = addDock(m_pools, QT_TR_NOOP("GPU pools"), QStringLiteral("poolDock"),
                          Qt::LeftDockWidgetArea);
    // The legend sits under the layer list, so the map keeps all of Korea in view.
    auto* layersAndLegend = new QWidget;
    auto* layerLayout = new QVBoxLayout(layersAndLegend);
    layerLayout->setContentsMargins(0, 0, 0, 0);
    layerLayout->addWidget(new LayerPanel(m_canvas));
    layerLayout->addWidget(new MapLegend);
    auto* layers = addDock(layersAndLegend, QT_TR_NOOP("Layers"), QStringLiteral("layerDock"),
                           Qt::LeftDockWidgetArea);
    auto* inspector = addDock(m_inspector, QT_TR_NOOP("Site"), QStringLiteral("inspectorDock"),
                              Qt::RightDockWidgetArea);
    auto* charts = addDock(m_charts, QT_TR_NOOP("Charts"), QStringLiteral("chartDock"),
                           Qt::RightDockWidgetArea);
    auto* violations = addDock(m_violations, QT_TR_NOOP("Violations"),
                               QStringLiteral("violationDock"), Qt::BottomDockWidgetArea);
    // Hidden until asked for (View → Script console), as QGIS keeps its Python console; then a
    // tab beside the violations, full width, ready to type into.
    m_console = new ScriptConsole(this);
    m_consoleDock = addDock(m_console, QT_TR_NOOP("Script console"),
                            QStringLiteral("scriptConsoleDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(violations, m_consoleDock);
    m_consoleDock->hide();
    connect(m_consoleDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_console->input()->setFocus();
    });
    splitDockWidget(pools, layers, Qt::Vertical);
    splitDockWidget(inspector, charts, Qt::Vertical);
    resizeDocks({pools, inspector}, {330, 520}, Qt::Horizontal);
    resizeDocks({violations}, {170}, Qt::Vertical);
}

void MainWindow::buildToolBar()
{
    auto* bar = addToolBar(tr("Planning year"));
    bar->setObjectName(QStringLiteral("yearToolBar"));
    m_yearLabel = new QLabel;
    m_yearLabel->setObjectName(QStringLiteral("yearLabel"));
    m_yearSlider = new QSlider(Qt::Horizontal);
    m_yearSlider->setObjectName(QStringLiteral("yearSlider"));
    m_yearSlider->setRange(kFirstPlanningYear, kLastPlanningYear);
    m_yearSlider->setPageStep(1);
    m_yearSlider->setTickPosition(QSlider::TicksBelow);
    m_yearSlider->setFixedWidth(220);
    m_yearSlider->setValue(m_presenter->planningYear());
    bar->addWidget(m_yearLabel);
    bar->addWidget(m_yearSlider);
    m_engineStatus = new QLabel;
    m_engineStatus->setObjectName(QStringLiteral("engineStatus"));
    statusBar()->addPermanentWidget(m_engineStatus);
}

void MainWindow::buildMenus()
{
    // Rebuilt on a language switch, maybe from inside one of these menus: later, not now.
    for (QMenu* menu : m_menus)
        menu->deleteLater();
    m_menus.clear();
    menuBar()->clear();
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    QMenu* file = addMenu(tr("&File"), "fileMenu");
    named(file->addAction(tr("&New from national scenario"), QKeySequence::New, m_files,
                          &FileActions::newFromNational),
          "newAction");
    named(file->addAction(tr("&Open…"), QKeySequence::Open, m_files, &FileActions::open),
          "openAction");
    named(file->addAction(tr("&Save"), QKeySequence::Save, m_files, &FileActions::save),
          "saveAction");
    named(file->addAction(tr("Save &As…"), QKeySequence::SaveAs, m_files, &FileActions::saveAs),
          "saveAsAction");
    file->addSeparator();
    named(file->addAction(tr("&Import grid (MATPOWER)…"), m_files, &FileActions::importGrid),
          "importGridAction");
    named(file->addAction(tr("&Export briefing…"), this, &MainWindow::exportBriefingAs),
          "exportBriefingAction");
    file->addSeparator();
    named(file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close), "quitAction");

    QMenu* edit = addMenu(tr("&Edit"), "editMenu");
    QAction* undo = m_document->undoStack()->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(edit, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addActions({named(undo, "undoAction"), named(redo, "redoAction")});

    QMenu* view = addMenu(tr("&View"), "viewMenu");
    named(view->addAction(tr("&Fit Korea"), Qt::Key_Home, m_canvas, &MapCanvas::fitKorea),
          "fitKoreaAction");
    QAction* presentation = named(view->addAction(tr("&Presentation mode")), "presentationAction");
    presentation->setCheckable(true);
    presentation->setChecked(m_presentation);
    presentation->setShortcut(Qt::Key_F11);
    connect(presentation, &QAction::toggled, this, &MainWindow::setPresentationMode);
    QAction* console = named(m_consoleDock->toggleViewAction(), "scriptConsoleAction");
    connect(console, &QAction::triggered, m_consoleDock, &QDockWidget::raise);
    console->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
    view->addAction(console);
    QMenu* languages = view->addMenu(tr("&Language"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    named(languages->addAction(QStringLiteral("한국어"), [this] { m_language->setKorean(true); }),
          "koreanAction");
    named(languages->addAction(QStringLiteral("English"), [this] { m_language->setKorean(false); }),
          "englishAction");

    QMenu* tools = addMenu(tr("&Tools"), "toolsMenu");
    named(tools->addAction(tr("&Hosting capacity of every bus"), this,
                           &MainWindow::computeHostingOfEveryBus),
          "hostingAction");
}

QMenu* MainWindow::addMenu(const QString& title, const char* name)
{
    QMenu* menu = menuBar()->addMenu(title);
    menu->setObjectName(QString::fromLatin1(name));
    m_menus.push_back(menu);
    return menu;
}

void MainWindow::connectParts()
{
    const auto showMessage = [this](const QString& text) {
        statusBar()->showMessage(text, kMessageMs);
    };
    connect(m_tool, &AllocateTool::statusMessage, this, showMessage);
    connect(m_files, &FileActions::message, this, showMessage);
    connect(m_tool, &AllocateTool::previewRequested, m_presenter,
            &EvaluationPresenter::showPreview);
    connect(m_tool, &AllocateTool::previewCleared, m_presenter, &EvaluationPresenter::clearPreview);
    connect(m_pools, &OrganisationPools::organisationSelected, m_tool,
            &AllocateTool::setActiveOrganisation);
    connect(m_pools, &OrganisationPools::modelSelected, m_tool, &AllocateTool::setPoolModel);
    connect(m_pools, &OrganisationPools::dragStarted, m_tool, &AllocateTool::beginPoolDrag);
    connect(m_pools, &OrganisationPools::dragMoved, m_tool, &AllocateTool::dragTo);
    connect(m_pools, &OrganisationPools::dragDropped, m_tool, &AllocateTool::dropAt);
    connect(m_canvas, &MapCanvas::siteSelected, m_inspector, &SiteInspector::setSite);
    connect(m_violations, &ViolationsList::branchActivated, this, [this](int branch) {
        m_canvas->selectBranch(branch);
        m_canvas->frameBranch(branch);
    });
    connect(m_violations, &ViolationsList::siteActivated, this, [this](const QString& site) {
        m_canvas->selectSite(site);
        m_canvas->frameSite(site);
    });
    connect(m_inspector, &SiteInspector::siteEditRequested, this,
            [this](const QString&, const Site& edited) {
                m_document->undoStack()->push(new EditSite(m_document, edited));
            });
    connect(m_inspector, &SiteInspector::modelChangeRequested, this,
            [this, showMessage](const QString& site, const QString& model) {
                GpuEdit edit = changeSiteModelCommand(m_document, site, model);
                if (edit.command)
                    m_document->undoStack()->push(edit.command.release());
                else
                    showMessage(edit.refusal);
            });
    connect(m_yearSlider, &QSlider::valueChanged, m_presenter,
            &EvaluationPresenter::setPlanningYear);
    connect(m_presenter, &EvaluationPresenter::planningYearChanged, this,
            [this] { updateTitle(); });
    connect(m_presenter->service(), &EvaluationService::evaluated, this, [this] {
        m_engineStatus->setText(
            tr("Engine %1 ms").arg(m_presenter->service()->lastLatencyMs(), 0, 'f', 1));
    });
    connect(m_presenter->service(), &EvaluationService::failed, this, showMessage);
    connect(m_document, &PlanDocument::modifiedChanged, this, [this] { updateTitle(); });
    connect(m_document, &PlanDocument::filePathChanged, this, [this] { updateTitle(); });
    connect(m_language, &Language::changed, this, [this] {
        m_canvas->setCityLabels(m_cities);
        m_presenter->refresh();
    });
}

void MainWindow::setDataDirectory(const QString& directory)
{
    const QDir folder(directory);
    QStringList problems;
    QString error;
    if (!m_canvas->setBasemap(folder.filePath(QStringLiteral("countries-10m.json")), &error))
        problems << tr("No basemap: %1").arg(error);
    try {
        m_cities = readCityLabels(folder.filePath(QStringLiteral("cities.csv")).toStdString());
        m_canvas->setCityLabels(m_cities);
    } catch (const std::exception& failure) {
        problems << tr("No city labels: %1").arg(QString::fromStdString(failure.what()));
    }
    if (!problems.isEmpty())
        statusBar()->showMessage(problems.join(QStringLiteral("; ")));
}

void MainWindow::setNationalScenarioPath(const QString& path)
{
    m_files->setNationalScenarioPath(path);
}

void MainWindow::openScenario(const Scenario& scenario, const QString& path)
{
    m_document->reset(scenario, path);
    m_yearSlider->setValue(scenario.settings().planningYear);
    m_canvas->fitKorea();
}

void MainWindow::computeHostingOfEveryBus()
{
    const Scenario scenario = m_document->scenario();
    const int year = m_presenter->planningYear();
    m_background->run<std::vector<double>>(
        tr("Hosting capacity of every bus"),
        [scenario, year](const StudyControl& control) {
            return busHostingMw(scenario, year, control);
        },
        [this](std::vector<double> hosting) { m_presenter->setBusHosting(std::move(hosting)); },
        [this](const QString& error) { statusBar()->showMessage(error, kMessageMs); });
}

void MainWindow::exportBriefingAs()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export briefing"), {}, tr("PDF (*.pdf)"));
    QString error;
    if (path.isEmpty())
        return;
    if (exportBriefing(*this, path, m_language->isKorean(), &error))
        statusBar()->showMessage(tr("Briefing written to %1").arg(path), kMessageMs);
    else
        QMessageBox::warning(this, tr("Export briefing"), error);
}

void MainWindow::setPresentationMode(bool on)
{
    m_presentation = on;
    QFont font = m_normalFont;
    if (on)
        font.setPointSizeF(m_normalFont.pointSizeF() * kPresentationFontScale);
    setFont(font);
    if (on)
        showFullScreen();
    else
        showNormal();
}

void MainWindow::updateTitle()
{
    const QString file = m_document->filePath().isEmpty()
                             ? tr("untitled")
                             : QFileInfo(m_document->filePath()).fileName();
    setWindowTitle(tr("%1 [*] — %2 — gpuplan")
                       .arg(QString::fromStdString(m_document->scenario().settings().name), file));
    setWindowModified(m_document->isModified());
    m_yearLabel->setText(tr("Planning year %1 ").arg(m_presenter->planningYear()));
}

void MainWindow::retranslate()
{
    for (const auto& [dock, title] : m_docks)
        dock->setWindowTitle(tr(title));
    buildMenus();
    updateTitle();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_presenter)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_files->maySafelyClose()) {
        event->ignore();
        return;
    }
    m_autosave->discardRecovery();
    event->accept();
}

} // namespace gpuplan
