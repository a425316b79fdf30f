// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Evaluation.h"
#include "model/Scenario.h"

#include <QTranslator>

namespace gpuplan::test {

// The national scenario (maps/) and the engine's evaluation of it in its planning year, made
// once per test executable.
const Scenario& nationalScenario();
const Evaluation& nationalEvaluation();

// Switches the interface to Korean the way the application does, for the life of the object:
// the DisplayNames flag, and a catalogue that marks every text it translates ("«GPUs placed»"),
// installed so that every widget gets a LanguageChange event.
class KoreanInterface {
public:
    KoreanInterface();
    ~KoreanInterface();
    KoreanInterface(const KoreanInterface&) = delete;
    KoreanInterface& operator=(const KoreanInterface&) = delete;

    static QString marked(const QString& text); // what the catalogue makes of `text`

private:
    class MarkingTranslator : public QTranslator {
    public:
        bool isEmpty() const override { return false; }
        QString translate(const char* context, const char* sourceText, const char* disambiguation,
                          int n) const override;
    };

    MarkingTranslator m_translator;
};

} // namespace gpuplan::test
