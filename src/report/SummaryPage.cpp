// SPDX-License-Identifier: MIT
#include "SummaryPage.h"

#include "PdfPages.h"
#include "Typeface.h"

#include <QPainter>
#include <algorithm>

namespace gpuplan {
namespace {

constexpr double kGap = 12.0;
constexpr double kTileHeight = 120.0;
const QColor kTileFill(0xf3, 0xf6, 0xf9);
const QColor kInfeasible(0xc6, 0x28, 0x28);
const QColor kAtRisk(0xd9, 0x77, 0x06);
const QColor kQuotaRemainder(0xd5, 0xd9, 0xde);

struct Tile {
    QString title;
    QString value;
    QString detail;
    QColor colour = PdfPages::kAccent;
};

void drawTile(PdfPages& pages, const QRectF& rect, const Tile& tile)
{
    QPainter& painter = pages.painter();
    painter.fillRect(rect, kTileFill);
    painter.fillRect(QRectF(rect.topLeft(), QSizeF(4, rect.height())), tile.colour);
    const QRectF inner = rect.adjusted(14, 8, -8, -6);
    pages.drawParagraph(inner, tile.title, typeface(10), PdfPages::kMuted);
    pages.drawParagraph(inner.adjusted(0, 22, 0, 0), tile.value, typeface(26, true), tile.colour);
    pages.drawParagraph(inner.adjusted(0, 68, 0, 0), tile.detail, typeface(8), PdfPages::kMuted);
}

QString worstDetail(const GridSummary& grid, const BriefingTexts& texts)
{
    if (!grid.solved)
        return texts.pick("전력망을 해석하지 못함: ", "Grid not studied: ") +
               QString::fromStdString(grid.error);
    const QString branch = texts.name(grid.worstBranchKo, grid.worstBranch, grid.worstBranch);
    if (grid.worstOutage.empty())
        return branch + texts.pick(" (정상 상태)", " (base case)");
    const QString outage = texts.name(grid.worstOutageKo, grid.worstOutage, grid.worstOutage);
    return texts.isKorean()
               ? branch + QStringLiteral(", ") + outage + QStringLiteral(" 고장 시")
               : branch + QStringLiteral(" when ") + outage + QStringLiteral(" is out");
}

std::vector<Tile> totalTiles(const Evaluation& evaluation, const BriefingTexts& texts)
{
    const EvaluationTotals& t = evaluation.totals;
    return {
        {texts.pick("배치 GPU", "GPUs placed"), BriefingTexts::count(t.gpus),
         texts.pick("전체 기관", "all organisations")},
        {texts.pick("IT 전력 (MW)", "IT power (MW)"), BriefingTexts::mw(t.itMw),
         texts.pick("GPU와 서버", "GPUs and servers")},
        {texts.pick("시설 전력 (MW)", "Facility power (MW)"), BriefingTexts::mw(t.facilityMw),
         texts.pick("IT × PUE, 전력망 수요", "IT × PUE, drawn from the grid")},
        {texts.pick("용수 (m³/일)", "Water (m³/day)"), BriefingTexts::waterM3(t.waterM3PerDay),
         texts.pick("냉각 용수", "cooling water")},
        {texts.pick("불가 부지", "Infeasible sites"), BriefingTexts::count(t.infeasibleSites),
         texts.pick("한계를 넘는 부지", "over a limit"), kInfeasible},
        {texts.pick("주의 부지", "At-risk sites"), BriefingTexts::count(t.atRiskSites),
         texts.pick("한계에 근접", "close to a limit"), kAtRisk},
        {texts.pick("N-1 최대 부하율 (%)", "Worst N-1 loading (%)"),
         BriefingTexts::percent(evaluation.grid.worstLoadingPct),
         worstDetail(evaluation.grid, texts),
         evaluation.grid.worstLoadingPct > 100.0 ? kInfeasible : PdfPages::kAccent},
    };
}

// One row per organisation: its name, placed / quota and a bar.
void drawQuotas(PdfPages& pages, const QRectF& area, const Scenario& scenario,
                const Evaluation& evaluation, const BriefingTexts& texts)
{
    QPainter& painter = pages.painter();
    double y = area.top();
    y += pages.drawParagraph(QRectF(area.left(), y, area.width(), 30),
                             texts.pick("기관별 GPU 배치 / 할당량", "GPUs placed against quota"),
                             typeface(11, true), PdfPages::kAccent) +
         6;
    constexpr double kRow = 40.0;
    for (const OrganisationTotal& org : evaluation.organisations) {
        const QRectF row(area.left(), y, area.width(), kRow);
        pages.drawParagraph(row, texts.organisationName(scenario, org.id), typeface(9));
        painter.drawText(row, Qt::AlignRight | Qt::AlignTop,
                         BriefingTexts::count(org.placed) + QStringLiteral(" / ") +
                             BriefingTexts::count(org.quota));
        const QRectF bar(row.left(), y + 17, row.width(), 8);
        painter.fillRect(bar, kQuotaRemainder);
        const double share = org.quota > 0 ? std::min(1.0, double(org.placed) / org.quota) : 0.0;
        painter.fillRect(QRectF(bar.topLeft(), QSizeF(bar.width() * share, bar.height())),
                         org.placed > org.quota ? kInfeasible : PdfPages::kAccent);
        y += kRow;
    }
}

} // namespace

// The worst N-1 loading in one sentence, naming the branch and the outage.
QString worstSentence(const Evaluation& evaluation, const BriefingTexts& texts)
{
    const GridSummary& grid = evaluation.grid;
    const QString branch = texts.name(grid.worstBranchKo, grid.worstBranch, grid.worstBranch);
    const QString percent = BriefingTexts::percent(grid.worstLoadingPct);
    const QString sentence =
        grid.worstOutage.empty()
            ? texts
                  .pick("가장 부하가 큰 선로는 정상 상태의 %1로 %2%이며, ",
                        "The most loaded line is %1 at %2% with every line in service; ")
                  .arg(branch, percent)
            : texts
                  .pick("N-1 기준 가장 부하가 큰 선로는 %1로, %3 고장 시 %2%에 이르며, ",
                        "The most loaded line under N-1 is %1 at %2% when %3 is out; ")
                  .arg(branch, percent,
                       texts.name(grid.worstOutageKo, grid.worstOutage, grid.worstOutage));
    return sentence + texts.pick("N-1 위반은 %1건입니다.", "there are %1 N-1 violations.")
                          .arg(grid.n1Violations);
}

QString headline(const Evaluation& evaluation, const BriefingTexts& texts)
{
    long long quota = 0;
    for (const OrganisationTotal& org : evaluation.organisations)
        quota += org.quota;
    const auto used =
        std::count_if(evaluation.sites.begin(), evaluation.sites.end(),
                      [](const SiteEvaluation& site) { return site.demand.gpus > 0; });
    const EvaluationTotals& t = evaluation.totals;
    const QString text =
        texts
            .pick("%1년 계획은 할당량 GPU %2개 중 %3개를 부지 %4곳에 배치하며, 전력망에서 "
                  "%5 MW, 용수 하루 %6 m³를 씁니다. 불가 부지는 %7곳, 주의 부지는 %8곳입니다. ",
                  "In %1 the plan places %3 of a quota of %2 GPUs at %4 sites, drawing %5 MW "
                  "from the grid and %6 m³ of water a day. %7 sites are infeasible and %8 at "
                  "risk. ")
            .arg(evaluation.year)
            .arg(BriefingTexts::count(quota), BriefingTexts::count(t.gpus))
            .arg(used)
            .arg(BriefingTexts::mw(t.facilityMw), BriefingTexts::waterM3(t.waterM3PerDay))
            .arg(t.infeasibleSites)
            .arg(t.atRiskSites);
    return evaluation.grid.solved ? text + worstSentence(evaluation, texts) : text;
}

void drawSummaryPage(PdfPages& pages, const Scenario& scenario, const Evaluation& evaluation,
                     const BriefingTexts& texts)
{
    pages.startPage(texts.pick("2. 국가 요약", "2. National summary"));
    QRectF content = pages.content().adjusted(0, 6, 0, 0);
    content.setTop(content.top() +
                   pages.drawParagraph(content, headline(evaluation, texts), typeface(13)) +
                   3 * kGap);
    const QRectF quotas(content.left(), content.top(), content.width() * 0.3, content.height());
    drawQuotas(pages, quotas, scenario, evaluation, texts);
    const double left = quotas.right() + 3 * kGap;
    const double tileWidth = (content.right() - left - 3 * kGap) / 4;
    const std::vector<Tile> tiles = totalTiles(evaluation, texts);
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        const int column = int(i % 4);
        const int row = int(i / 4);
        const bool last = i + 1 == tiles.size();
        const double width = last ? 2 * tileWidth + kGap : tileWidth;
        drawTile(pages,
                 QRectF(left + column * (tileWidth + kGap),
                        content.top() + row * (kTileHeight + kGap), width, kTileHeight),
                 tiles[i]);
    }
}

} // namespace gpuplan
