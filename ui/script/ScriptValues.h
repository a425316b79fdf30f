// SPDX-License-Identifier: MIT
#pragma once

#include <QJSValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace gpuplan::script {

// A call a script made that cannot be done: thrown inside the plan object and turned into a
// JavaScript exception of `type` at the call's boundary, so nothing is half done.
struct ScriptError {
    QJSValue::ErrorType type = QJSValue::GenericError;
    QString message;
};

// The fields of an options object such as move({org, from, to, count}), read with the call's
// name in every message: "move: 'count' must be a positive whole number, not 'abc'".
class ScriptFields {
public:
    // `value` must be an object (or undefined when `optional`) whose keys are all in `known`.
    ScriptFields(QString call, const QJSValue& value, const QStringList& known,
                 bool optional = false);

    bool has(const QString& key) const;
    QString text(const QString& key) const; // required
    QString textOr(const QString& key, const QString& fallback) const;
    int positiveInteger(const QString& key) const; // required
    int positiveIntegerOr(const QString& key, int fallback) const;
    std::optional<int> integer(const QString& key) const;   // when present
    std::optional<double> number(const QString& key) const; // when present

private:
    [[noreturn]] void fail(const QString& key, const QString& expected) const;

    QString m_call;
    QJSValue m_value;
};

// A whole number from a script argument, or a TypeError naming the call and what was given.
int requireInteger(const QString& call, const QJSValue& value);

} // namespace gpuplan::script
