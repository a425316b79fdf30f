// SPDX-License-Identifier: MIT
// Briefing export speed (issue 5: the national scenario in under 3 s): evaluate, draw the map
// and charts offscreen, and write the PDF, as `gpuplan brief` does.
#include "engine/CapacityEngine.h"
#include "io/CityLabels.h"
#include "io/ScenarioStore.h"
#include "ui/BriefingExport.h"
#include "ui/EvaluationPresenter.h"
#include "ui/Language.h"
#include "ui/map/MapCanvas.h"
#include "ui/panels/ChartsPanel.h"

#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <filesystem>

namespace {

const std::filesystem::path kData(GPUPLAN_BUILD_DATA_DIR);

void exportNationalBriefing(benchmark::State& state)
{
    const gpuplan::Scenario scenario = gpuplan::readScenario(kData / "national.gpkg");
    const std::vector<gpuplan::CityLabel> cities = gpuplan::readCityLabels(kData / "cities.csv");
    gpuplan::Language language;
    language.setKorean(true);
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("brief.pdf"));
    for (auto _ : state) {
        const gpuplan::Evaluation evaluation = gpuplan::CapacityEngine().evaluate(scenario, {}, {});
        gpuplan::MapCanvas canvas;
        canvas.setAttribute(Qt::WA_DontShowOnScreen);
        canvas.resize(1040, 620);
        canvas.show();
        canvas.setBasemap(QString::fromStdString((kData / "countries-10m.json").string()));
        canvas.setScenario(scenario);
        canvas.setCityLabels(cities);
        canvas.setOverlay(gpuplan::EvaluationPresenter::overlayOf(scenario, evaluation));
        canvas.fitKorea();
        canvas.zoomBy(0.8, QPointF(520, 310));
        gpuplan::ChartsPanel charts;
        charts.setEvaluation(scenario, evaluation);
        QString error;
        if (!gpuplan::writeDashboardBriefing({scenario, evaluation, {}, true}, canvas, charts, pdf,
                                             &error))
            state.SkipWithError(error.toStdString().c_str());
    }
}
BENCHMARK(exportNationalBriefing)->Unit(benchmark::kMillisecond);

} // namespace
