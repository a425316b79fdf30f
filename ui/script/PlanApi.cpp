// SPDX-License-Identifier: MIT
#include "PlanApi.h"

#include "BriefingExport.h"
#include "EvaluationPresenter.h"
#include "FileActions.h"
#include "MainWindow.h"
#include "ScriptValues.h"
#include "commands/EditSite.h"
#include "commands/GpuCommands.h"
#include "document/PlanDocument.h"
#include "io/EvaluationReport.h"
#include "io/ScenarioStore.h"
#include "map/MapCanvas.h"
#include "model/Edits.h"
#include "model/Validation.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJSEngine>
#include <QJsonArray>
#include <QJsonObject>
#include <QSlider>
#include <QTimer>
#include <QUndoStack>
#include <type_traits>

namespace gpuplan {
namespace {

using script::ScriptError;
using script::ScriptFields;

constexpr int kEngineWaitMs = 60000;
constexpr int kLongestPauseMs = 600000;

std::string utf8(const QString& text)
{
    return text.toStdString();
}

QString siteStateName(SiteState state)
{
    switch (state) {
    case SiteState::Feasible:
        return QStringLiteral("feasible");
    case SiteState::AtRisk:
        return QStringLiteral("at_risk");
    case SiteState::Infeasible:
        return QStringLiteral("infeasible");
    case SiteState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

// The GPU block an options object names.
GpuBlock blockFrom(const ScriptFields& fields)
{
    return GpuBlock{.organisationId = utf8(fields.text(QStringLiteral("org"))),
                    .modelId = utf8(fields.textOr(QStringLiteral("model"), {})),
                    .count = fields.positiveInteger(QStringLiteral("count")),
                    .year = fields.integer(QStringLiteral("year")).value_or(0)};
}

// The site with the figures of `fields` applied; a RangeError names the first one out of range.
Site editedSite(const Scenario& scenario, const Site& site, const ScriptFields& fields)
{
    Site edited = site;
    edited.pue = fields.number(QStringLiteral("pue")).value_or(site.pue);
    edited.connectionLimitMw =
        fields.number(QStringLiteral("connectionMw")).value_or(site.connectionLimitMw);
    edited.maxItMw = fields.number(QStringLiteral("maxItMw")).value_or(site.maxItMw);
    edited.wueLPerKwh = fields.number(QStringLiteral("wue")).value_or(site.wueLPerKwh);
    edited.energisationYear =
        fields.integer(QStringLiteral("energisationYear")).value_or(site.energisationYear);
    if (fields.has(QStringLiteral("cooling"))) {
        const QString cooling = fields.text(QStringLiteral("cooling"));
        const auto type = coolingTypeFromString(utf8(cooling));
        if (!type)
            throw ScriptError{QJSValue::RangeError,
                              QStringLiteral("setSite: 'cooling' must be air, hybrid or liquid, "
                                             "not '%1'")
                                  .arg(cooling)};
        edited.cooling = *type;
    }
    Scenario candidate = scenario;
    std::vector<Site> sites = candidate.sites();
    for (Site& each : sites)
        if (each.id == site.id)
            each = edited;
    candidate.setSites(std::move(sites));
    for (const ValidationIssue& issue : validate(candidate))
        if (issue.layer == "sites" && issue.featureId == site.id)
            throw ScriptError{
                QJSValue::RangeError,
                QStringLiteral("setSite: %1").arg(QString::fromStdString(issue.toString()))};
    return edited;
}

QJsonObject siteMapState(const MapCanvas& canvas, const Scenario& scenario, const Site& site)
{
    const QString id = QString::fromStdString(site.id);
    const QPoint at = canvas.mapFromScene(canvas.scenePosition(site.lon, site.lat));
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), siteStateName(canvas.siteState(id))},
        {QStringLiteral("gpus"), static_cast<double>(scenario.siteGpus(site.id))},
        {QStringLiteral("ringColour"), canvas.siteRingColour(id).name()},
        {QStringLiteral("opacity"), canvas.siteOpacity(id)},
        {QStringLiteral("x"), at.x()},
        {QStringLiteral("y"), at.y()},
        {QStringLiteral("visible"), canvas.viewport()->rect().contains(at)},
    };
}

// A refused edit as the script's exception, worded by the model for scripts.
void requireAllowed(const QString& call, const EditResult& check, const GpuBlock& block)
{
    if (!check)
        throw ScriptError{
            QJSValue::GenericError,
            QStringLiteral("%1: %2").arg(call, QString::fromStdString(describe(check, block)))};
}

} // namespace

PlanApi::PlanApi(MainWindow* window, QStringList args, QObject* parent)
    : QObject(parent), m_window(window), m_args(std::move(args))
{
}

// Runs one call: a ScriptError or an error of the lower layers becomes a JavaScript exception.
template <typename Body> auto PlanApi::guarded(Body body) -> decltype(body())
{
    using Result = decltype(body());
    try {
        return body();
    } catch (const ScriptError& error) {
        qjsEngine(this)->throwError(error.type, error.message);
    } catch (const std::exception& error) {
        qjsEngine(this)->throwError(QJSValue::GenericError, QString::fromStdString(error.what()));
    }
    if constexpr (!std::is_void_v<Result>)
        return Result{};
}

void PlanApi::open(const QString& path)
{
    guarded([&] {
        m_window->openScenario(readScenario(utf8(path)), path);
        showProgress();
    });
}

void PlanApi::newFromDefault()
{
    guarded([&] {
        const QString national = m_window->fileActions()->nationalScenarioPath();
        m_window->openScenario(readScenario(utf8(national)), QString());
        showProgress();
    });
}

void PlanApi::place(const QJSValue& spec)
{
    guarded([&] {
        editAtSite(QStringLiteral("place"), spec, {QStringLiteral("year")}, &placeGpus,
                   &placeGpusCommand);
    });
}

void PlanApi::remove(const QJSValue& spec)
{
    guarded(
        [&] { editAtSite(QStringLiteral("remove"), spec, {}, &removeGpus, &removeGpusCommand); });
}

// place() and remove(): a block of one organisation's GPUs at one site, checked by the model
// (`edit`) for the script's message, then pushed as the window's undo command (`command`).
void PlanApi::editAtSite(const QString& call, const QJSValue& spec, const QStringList& extraKeys,
                         SiteEdit edit, SiteCommand command)
{
    const ScriptFields fields(call, spec,
                              QStringList{QStringLiteral("org"), QStringLiteral("site"),
                                          QStringLiteral("count"), QStringLiteral("model")} +
                                  extraKeys);
    const GpuBlock block = blockFrom(fields);
    const QString site = fields.text(QStringLiteral("site"));
    checkSiteExists(call, site);
    requireAllowed(call, edit(m_window->document()->scenario(), utf8(site), block), block);
    applyGpuEdit(call, command(m_window->document(), site, block));
}

void PlanApi::move(const QJSValue& spec)
{
    guarded([&] {
        const ScriptFields fields(QStringLiteral("move"), spec,
                                  {QStringLiteral("org"), QStringLiteral("from"),
                                   QStringLiteral("to"), QStringLiteral("count"),
                                   QStringLiteral("model")});
        const GpuBlock block = blockFrom(fields);
        const QString from = fields.text(QStringLiteral("from"));
        const QString to = fields.text(QStringLiteral("to"));
        checkSiteExists(QStringLiteral("move"), from);
        checkSiteExists(QStringLiteral("move"), to);
        requireAllowed(QStringLiteral("move"),
                       moveGpus(m_window->document()->scenario(), utf8(from), utf8(to), block),
                       block);
        applyGpuEdit(QStringLiteral("move"),
                     moveGpusCommand(m_window->document(), from, to, block));
    });
}

void PlanApi::setSite(const QString& siteId, const QJSValue& fieldsValue)
{
    guarded([&] {
        checkSiteExists(QStringLiteral("setSite"), siteId);
        const ScriptFields fields(QStringLiteral("setSite"), fieldsValue,
                                  {QStringLiteral("pue"), QStringLiteral("cooling"),
                                   QStringLiteral("connectionMw"), QStringLiteral("maxItMw"),
                                   QStringLiteral("wue"), QStringLiteral("energisationYear"),
                                   QStringLiteral("model")});
        PlanDocument* document = m_window->document();
        const Site& site = *document->scenario().findSite(utf8(siteId));
        const Site edited = editedSite(document->scenario(), site, fields);
        const QString model = fields.textOr(QStringLiteral("model"), {});
        if (!model.isEmpty()) // checked before anything changes, so a refusal changes nothing
            requireAllowed(QStringLiteral("setSite"),
                           changeSiteModel(document->scenario(), site.id, utf8(model)),
                           GpuBlock{.modelId = utf8(model)});
        if (!(edited == site))
            document->undoStack()->push(new EditSite(document, edited));
        if (!model.isEmpty())
            applyGpuEdit(QStringLiteral("setSite"),
                         changeSiteModelCommand(document, siteId, model));
        showProgress();
    });
}

void PlanApi::setYear(const QJSValue& yearValue)
{
    guarded([&] {
        const int year = script::requireInteger(QStringLiteral("setYear"), yearValue);
        if (year < MainWindow::kFirstPlanningYear || year > MainWindow::kLastPlanningYear)
            throw ScriptError{QJSValue::RangeError,
                              QStringLiteral("setYear: the planning years are %1–%2, not %3")
                                  .arg(MainWindow::kFirstPlanningYear)
                                  .arg(MainWindow::kLastPlanningYear)
                                  .arg(year)};
        m_window->yearSlider()->setValue(year);
        showProgress();
    });
}

int PlanApi::year() const
{
    return m_window->presenter()->planningYear();
}

QJSValue PlanApi::evaluate()
{
    return guarded([&] {
        const Evaluation evaluation =
            m_engine.evaluate(m_window->document()->scenario(), {.year = year()}, {});
        return fromJson(evaluationJson(evaluation));
    });
}

void PlanApi::undo()
{
    guarded(
        [&] { stepUndoStack(QStringLiteral("undo"), &QUndoStack::canUndo, &QUndoStack::undo); });
}

void PlanApi::redo()
{
    guarded(
        [&] { stepUndoStack(QStringLiteral("redo"), &QUndoStack::canRedo, &QUndoStack::redo); });
}

// undo() and redo(): one step of the window's undo stack, as Ctrl+Z and Ctrl+Shift+Z take it.
void PlanApi::stepUndoStack(const QString& call, bool (QUndoStack::*canStep)() const,
                            void (QUndoStack::*step)())
{
    QUndoStack* stack = m_window->document()->undoStack();
    if (!(stack->*canStep)())
        throw ScriptError{QJSValue::GenericError, QStringLiteral("%1: nothing to %1").arg(call)};
    (stack->*step)();
    showProgress();
}

void PlanApi::save(const QString& path)
{
    guarded([&] {
        QString error;
        if (!m_window->document()->save(path, &error))
            throw ScriptError{QJSValue::GenericError, QStringLiteral("save: %1").arg(error)};
    });
}

void PlanApi::exportBriefing(const QString& path, const QJSValue& options)
{
    guarded([&] {
        const ScriptFields fields(QStringLiteral("exportBriefing"), options,
                                  {QStringLiteral("lang")}, true);
        const QString lang = fields.textOr(QStringLiteral("lang"), QStringLiteral("ko"));
        if (lang != QStringLiteral("ko") && lang != QStringLiteral("en"))
            throw ScriptError{QJSValue::RangeError,
                              QStringLiteral("exportBriefing: 'lang' must be 'ko' or 'en', "
                                             "not '%1'")
                                  .arg(lang)};
        QString error;
        if (!gpuplan::exportBriefing(*m_window, path, lang == QStringLiteral("ko"), &error))
            throw ScriptError{QJSValue::GenericError,
                              QStringLiteral("exportBriefing: %1").arg(error)};
    });
}

void PlanApi::snapshot(const QString& path, const QJSValue& options)
{
    guarded([&] {
        const ScriptFields fields(QStringLiteral("snapshot"), options,
                                  {QStringLiteral("width"), QStringLiteral("height")}, true);
        waitForEngine(); // the map as drawn from the newest answer, at its size after that
        const QSize shown = m_window->mapCanvas()->viewport()->size();
        const QSize size(fields.positiveIntegerOr(QStringLiteral("width"), shown.width()),
                         fields.positiveIntegerOr(QStringLiteral("height"), shown.height()));
        QString error;
        if (!writeMapSnapshot(*m_window->mapCanvas(), size, path, &error))
            throw ScriptError{QJSValue::GenericError, QStringLiteral("snapshot: %1").arg(error)};
    });
}

void PlanApi::select(const QJSValue& siteId)
{
    guarded([&] {
        MapCanvas* canvas = m_window->mapCanvas();
        if (siteId.isNull() || siteId.isUndefined()) {
            canvas->clearSelection();
        } else {
            checkSiteExists(QStringLiteral("select"), siteId.toString());
            canvas->selectSite(siteId.toString());
        }
        showProgress();
    });
}

QJSValue PlanApi::selectedSite() const
{
    const QString id = m_window->mapCanvas()->selectedSite();
    return id.isEmpty() ? QJSValue(QJSValue::NullValue) : QJSValue(id);
}

QJSValue PlanApi::mapState()
{
    return guarded([&] {
        waitForEngine();
        const MapCanvas& canvas = *m_window->mapCanvas();
        const Scenario& scenario = m_window->document()->scenario();
        QJsonArray sites;
        for (const Site& site : scenario.sites())
            sites.append(siteMapState(canvas, scenario, site));
        const QString selected = canvas.selectedSite();
        const QJsonObject state{
            {QStringLiteral("year"), year()},
            {QStringLiteral("selectedSite"),
             selected.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(selected)},
            {QStringLiteral("selectedBranch"), canvas.selectedBranch() < 0
                                                   ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(canvas.selectedBranch() + 1)},
            {QStringLiteral("sites"), sites},
        };
        return qjsEngine(this)->toScriptValue(state);
    });
}

void PlanApi::wait()
{
    guarded([&] { waitForEngine(); });
}

void PlanApi::pause(const QJSValue& milliseconds)
{
    guarded([&] {
        const int ms = script::requireInteger(QStringLiteral("pause"), milliseconds);
        if (ms < 0 || ms > kLongestPauseMs)
            throw ScriptError{
                QJSValue::RangeError,
                QStringLiteral("pause: 0 to %1 ms, not %2").arg(kLongestPauseMs).arg(ms)};
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    });
}

void PlanApi::quit(const QJSValue& exitCode)
{
    guarded([&] {
        m_quitCode =
            exitCode.isUndefined() ? 0 : script::requireInteger(QStringLiteral("quit"), exitCode);
        qjsEngine(this)->setInterrupted(true);
    });
}

void PlanApi::applyGpuEdit(const QString& call, GpuEdit edit)
{
    if (!edit.command)
        throw ScriptError{QJSValue::GenericError, QStringLiteral("%1: %2").arg(call, edit.refusal)};
    m_window->document()->undoStack()->push(edit.command.release());
    showProgress();
}

void PlanApi::checkSiteExists(const QString& call, const QString& siteId) const
{
    if (!m_window->document()->scenario().findSite(utf8(siteId)))
        throw ScriptError{QJSValue::RangeError,
                          QStringLiteral("%1: no site '%2'").arg(call, siteId)};
}

void PlanApi::waitForEngine()
{
    if (!m_window->presenter()->service()->waitUntilIdle(kEngineWaitMs))
        throw ScriptError{
            QJSValue::GenericError,
            QStringLiteral("the engine did not answer within %1 s").arg(kEngineWaitMs / 1000)};
    showProgress();
}

// Lets a watched window redraw after each step; offscreen (a headless run) nobody watches, and
// the views catch up at the next wait().
void PlanApi::showProgress()
{
    if (!m_window->testAttribute(Qt::WA_DontShowOnScreen))
        QCoreApplication::processEvents();
}

QJSValue PlanApi::fromJson(const std::string& json)
{
    const QJSValue parse = qjsEngine(this)
                               ->globalObject()
                               .property(QStringLiteral("JSON"))
                               .property(QStringLiteral("parse"));
    return parse.call({QJSValue(QString::fromStdString(json))});
}

} // namespace gpuplan
