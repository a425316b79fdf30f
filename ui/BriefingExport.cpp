// SPDX-License-Identifier: MIT
#include "BriefingExport.h"

#include "BriefingPainters.h"
#include "EvaluationPresenter.h"
#include "Language.h"
#include "MainWindow.h"
#include "document/PlanDocument.h"
#include "engine/CapacityEngine.h"
#include "panels/ChartsPanel.h"
#include "panels/ReasonText.h"
#include "report/BriefingWriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace gpuplan {

bool writeDashboardBriefing(const BriefingSubject& subject, MapCanvas& canvas, ChartsPanel& charts,
                            const QString& path, QString* error)
{
    const BriefingPainters painters(canvas, &charts);
    const BriefingInputs inputs{
        .scenario = subject.scenario,
        .evaluation = subject.evaluation,
        .scenarioPath = subject.scenarioPath,
        .korean = subject.korean,
        .paintMap = [&](QPainter& painter,
                        const QRectF& target) { painters.paintMap(painter, target); },
        .paintChart = [&](QPainter& painter, const QRectF& target,
                          int index) { painters.paintChart(painter, target, index); },
        .describeReason = [](const Reason& reason) { return ReasonText::describe(reason); },
        .describeViolation =
            [](const Violation& violation) {
                return ReasonText::overload(
                    ReasonText::branchName(violation.branchKo, violation.branch),
                    violation.loadingPct,
                    ReasonText::branchName(violation.outageKo, violation.outage));
            },
    };
    return writeBriefing(inputs, path, error);
}

bool exportBriefing(MainWindow& window, const QString& path, bool korean, QString* error)
{
    Language* language = window.language();
    const bool wasKorean = language->isKorean();
    if (korean != wasKorean && !language->setKorean(korean)) {
        if (error)
            *error = QCoreApplication::translate("gpuplan::BriefingExport",
                                                 "The Korean translation could not be loaded.");
        return false;
    }
    const Scenario& scenario = window.document()->scenario();
    const Evaluation evaluation =
        CapacityEngine().evaluate(scenario, {.year = window.presenter()->planningYear()}, {});
    window.charts()->setEvaluation(scenario, evaluation);
    const bool written =
        writeDashboardBriefing({scenario, evaluation, window.document()->filePath(), korean},
                               *window.mapCanvas(), *window.charts(), path, error);
    if (korean != wasKorean)
        language->setKorean(wasKorean);
    return written;
}

bool writeMapSnapshot(MapCanvas& canvas, QSize size, const QString& path, QString* error)
{
    const QImage image = BriefingPainters(canvas).mapImage(size);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace gpuplan
