// SPDX-License-Identifier: MIT
#include "ScriptSession.h"

#include "PlanApi.h"

#include <QFile>
#include <QMetaMethod>
#include <QRegularExpression>
#include <QUrl>

namespace gpuplan {
namespace {

// console.log and friends: each call's arguments shown like ScriptSession::display, joined by
// spaces, and handed to the sink as one line.
constexpr auto kConsoleFactory = R"js(
(function (sink) {
    function shown(value) {
        if (typeof value === 'string') return value;
        if (value instanceof Error) return String(value);
        if (value === undefined || typeof value === 'function') return String(value);
        try {
            return JSON.stringify(value);
        } catch (error) {
            return String(value);
        }
    }
    function writer(isError) {
        return function () {
            sink.write(Array.prototype.map.call(arguments, shown).join(' '), isError);
        };
    }
    return { log: writer(false), info: writer(false), warn: writer(true), error: writer(true) };
})
)js";

// The names of PlanApi's calls, for the message of a call it does not have.
QString callNames(const QMetaObject& meta)
{
    QStringList names;
    for (int i = meta.methodOffset(); i < meta.methodCount(); ++i) {
        const QMetaMethod method = meta.method(i);
        if (method.methodType() == QMetaMethod::Method &&
            !names.contains(QString::fromLatin1(method.name())))
            names.append(QString::fromLatin1(method.name()));
    }
    return names.join(QStringLiteral(", "));
}

// The engine's message for a call `plan` does not have (a typo) names the object by its
// address; say instead which calls there are.
QString readable(const QString& message)
{
    static const QRegularExpression unknownCall(
        QStringLiteral("Property '(\\w+)' of object gpuplan::PlanApi\\(.*\\) is not a function"));
    const QRegularExpressionMatch match = unknownCall.match(message);
    if (!match.hasMatch())
        return message;
    return QStringLiteral("TypeError: plan has no call '%1'; its calls are %2")
        .arg(match.captured(1), callNames(PlanApi::staticMetaObject));
}

// The receiving end of `console`: a plain object the engine can call.
class ConsoleSink : public QObject {
    Q_OBJECT

public:
    explicit ConsoleSink(ScriptSession* session) : QObject(session), m_session(session) {}
    Q_INVOKABLE void write(const QString& line, bool isError)
    {
        emit m_session->printed(line, isError);
    }

private:
    ScriptSession* m_session;
};

} // namespace

ScriptSession::ScriptSession(MainWindow* window, QStringList args, QObject* parent)
    : QObject(parent)
{
    m_plan = new PlanApi(window, std::move(args), this);
    installPlan();
    installConsole();
}

ScriptSession::~ScriptSession() = default;

void ScriptSession::installPlan()
{
    m_plan->setObjectName(QStringLiteral("plan"));
    m_engine.globalObject().setProperty(QStringLiteral("plan"), m_engine.newQObject(m_plan));
}

void ScriptSession::installConsole()
{
    const QJSValue factory =
        m_engine.evaluate(QString::fromUtf8(kConsoleFactory), QStringLiteral("<gpuplan console>"));
    const QJSValue console = factory.call({m_engine.newQObject(new ConsoleSink(this))});
    m_engine.globalObject().setProperty(QStringLiteral("console"), console);
}

ScriptOutcome ScriptSession::run(const QString& program, const QString& fileName, int firstLine)
{
    m_engine.setInterrupted(false);
    QStringList trace;
    const QJSValue result = m_engine.evaluate(program, fileName, firstLine, &trace);
    return outcomeOf(result, trace);
}

ScriptOutcome ScriptSession::runFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {.ok = false,
                .text =
                    QStringLiteral("%1: cannot read the script: %2").arg(path, file.errorString())};
    return run(QString::fromUtf8(file.readAll()), path);
}

ScriptOutcome ScriptSession::outcomeOf(const QJSValue& result, const QStringList& trace)
{
    if (m_plan->quitCode())
        return {.ok = true, .quitCode = m_plan->quitCode()};
    if (!result.isError() && trace.isEmpty())
        return {.ok = true, .text = display(result)};
    // An Error knows where it was made; any other thrown value only the stack trace does
    // ("function:line:column:file").
    const QStringList where =
        trace.isEmpty() ? QStringList() : trace.front().split(QLatin1Char(':'));
    QString file = result.isError() ? result.property(QStringLiteral("fileName")).toString()
                                    : where.mid(3).join(QLatin1Char(':'));
    const int line = result.isError() ? result.property(QStringLiteral("lineNumber")).toInt()
                                      : where.value(1).toInt();
    // The engine reports the file as a URL ("file:examples/x.js"); scripts' users know paths.
    if (file.startsWith(QStringLiteral("file:")))
        file = QUrl(file).toLocalFile();
    const QString message = result.isError()
                                ? readable(result.toString())
                                : QStringLiteral("uncaught exception: %1").arg(display(result));
    return {.ok = false, .text = QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)};
}

QString ScriptSession::display(const QJSValue& value)
{
    if (!value.isObject() || value.isCallable() || value.isError() || value.isQObject())
        return value.toString();
    const QJSValue stringify = m_engine.globalObject()
                                   .property(QStringLiteral("JSON"))
                                   .property(QStringLiteral("stringify"));
    return stringify.call({value, QJSValue(QJSValue::NullValue), QJSValue(2)}).toString();
}

} // namespace gpuplan

#include "ScriptSession.moc"
