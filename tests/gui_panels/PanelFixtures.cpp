// SPDX-License-Identifier: MIT
#include "PanelFixtures.h"

#include "DisplayNames.h"
#include "engine/CapacityEngine.h"
#include "io/AuthoredScenario.h"

#include <QCoreApplication>

namespace gpuplan::test {

const Scenario& nationalScenario()
{
    static const Scenario scenario = readAuthoredScenario(GPUPLAN_MAPS_DIR);
    return scenario;
}

const Evaluation& nationalEvaluation()
{
    static const Evaluation evaluation = [] {
        CapacityEngine engine;
        return engine.evaluate(nationalScenario(), EvaluationOptions{}, StudyControl{});
    }();
    return evaluation;
}

KoreanInterface::KoreanInterface()
{
    setInterfaceKorean(true);
    QCoreApplication::installTranslator(&m_translator);
    QCoreApplication::processEvents(); // the LanguageChange events are posted to every window
}

KoreanInterface::~KoreanInterface()
{
    setInterfaceKorean(false);
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::processEvents();
}

QString KoreanInterface::marked(const QString& text)
{
    return QStringLiteral("«") + text + QStringLiteral("»");
}

QString KoreanInterface::MarkingTranslator::translate(const char* context, const char* sourceText,
                                                      const char*, int) const
{
    if (!QByteArrayView(context).startsWith("gpuplan::"))
        return {};
    return marked(QString::fromUtf8(sourceText));
}

} // namespace gpuplan::test
