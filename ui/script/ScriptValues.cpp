// SPDX-License-Identifier: MIT
#include "ScriptValues.h"

#include <QJSValueIterator>
#include <cmath>
#include <limits>

namespace gpuplan::script {
namespace {

bool isWholeNumber(const QJSValue& value)
{
    if (!value.isNumber())
        return false;
    const double number = value.toNumber();
    return std::isfinite(number) && std::floor(number) == number &&
           std::abs(number) <= std::numeric_limits<int>::max();
}

QString shown(const QJSValue& value)
{
    return value.isString() ? QStringLiteral("'%1'").arg(value.toString()) : value.toString();
}

} // namespace

ScriptFields::ScriptFields(QString call, const QJSValue& value, const QStringList& known,
                           bool optional)
    : m_call(std::move(call)), m_value(value)
{
    if (optional && (value.isUndefined() || value.isNull()))
        return;
    if (!value.isObject() || value.isArray() || value.isCallable())
        throw ScriptError{QJSValue::TypeError,
                          QStringLiteral("%1: expects an object {%2}, not %3")
                              .arg(m_call, known.join(QStringLiteral(", ")), shown(value))};
    QJSValueIterator keys(value);
    while (keys.hasNext()) {
        keys.next();
        if (!known.contains(keys.name()))
            throw ScriptError{QJSValue::TypeError,
                              QStringLiteral("%1: unknown field '%2' (known: %3)")
                                  .arg(m_call, keys.name(), known.join(QStringLiteral(", ")))};
    }
}

bool ScriptFields::has(const QString& key) const
{
    return m_value.isObject() && !m_value.property(key).isUndefined();
}

QString ScriptFields::text(const QString& key) const
{
    const QJSValue field = m_value.property(key);
    if (!field.isString() || field.toString().isEmpty())
        fail(key, QStringLiteral("an id (a non-empty string)"));
    return field.toString();
}

QString ScriptFields::textOr(const QString& key, const QString& fallback) const
{
    return has(key) ? text(key) : fallback;
}

int ScriptFields::positiveInteger(const QString& key) const
{
    const QJSValue field = m_value.property(key);
    if (!isWholeNumber(field) || field.toInt() <= 0)
        fail(key, QStringLiteral("a positive whole number"));
    return field.toInt();
}

int ScriptFields::positiveIntegerOr(const QString& key, int fallback) const
{
    return has(key) ? positiveInteger(key) : fallback;
}

std::optional<int> ScriptFields::integer(const QString& key) const
{
    if (!has(key))
        return std::nullopt;
    const QJSValue field = m_value.property(key);
    if (!isWholeNumber(field))
        fail(key, QStringLiteral("a whole number"));
    return field.toInt();
}

std::optional<double> ScriptFields::number(const QString& key) const
{
    if (!has(key))
        return std::nullopt;
    const QJSValue field = m_value.property(key);
    if (!field.isNumber() || !std::isfinite(field.toNumber()))
        fail(key, QStringLiteral("a finite number"));
    return field.toNumber();
}

void ScriptFields::fail(const QString& key, const QString& expected) const
{
    const QJSValue field = m_value.property(key);
    if (field.isUndefined())
        throw ScriptError{QJSValue::TypeError,
                          QStringLiteral("%1: '%2' is required: %3").arg(m_call, key, expected)};
    throw ScriptError{
        QJSValue::TypeError,
        QStringLiteral("%1: '%2' must be %3, not %4").arg(m_call, key, expected, shown(field))};
}

int requireInteger(const QString& call, const QJSValue& value)
{
    if (!isWholeNumber(value))
        throw ScriptError{
            QJSValue::TypeError,
            QStringLiteral("%1: expects a whole number, not %2").arg(call, shown(value))};
    return value.toInt();
}

} // namespace gpuplan::script
