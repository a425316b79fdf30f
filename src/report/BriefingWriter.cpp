// SPDX-License-Identifier: MIT
#include "BriefingWriter.h"

#include "BriefingTable.h"
#include "BriefingTexts.h"
#include "PdfPages.h"
#include "SummaryPage.h"
#include "Typeface.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <algorithm>
#include <map>

namespace gpuplan {
namespace {

constexpr int kHashDigits = 8;
constexpr double kTablePoints = 8.0;
constexpr int kChartsPerPage = 2;
const QColor kInfeasible(0xc6, 0x28, 0x28);
const QColor kAtRisk(0xd9, 0x77, 0x06);

QColor statusColour(FeasibilityStatus status)
{
    switch (status) {
    case FeasibilityStatus::Infeasible:
        return kInfeasible;
    case FeasibilityStatus::AtRisk:
        return kAtRisk;
    case FeasibilityStatus::Feasible:
        break;
    }
    return QColor(0x2e, 0x7d, 0x32);
}

// The pages of one briefing. Tables are paginated before anything is drawn, so every footer
// knows the page count.
class BriefingDocument {
public:
    BriefingDocument(const BriefingInputs& inputs, const QPaintDevice* device);

    int pageCount() const;
    void write(PdfPages& pages) const;

private:
    BriefingTable buildSiteTable() const;
    BriefingTable buildViolationTable() const;
    QString siteOrganisations(const SiteEvaluation& site) const;
    void drawCover(PdfPages& pages) const;
    void drawMap(PdfPages& pages) const;
    void drawCharts(PdfPages& pages) const;
    void drawTable(PdfPages& pages, const QString& heading, const BriefingTable& table,
                   const std::vector<std::pair<int, int>>& runs) const;
    void drawViolations(PdfPages& pages) const;
    void drawAssumptions(PdfPages& pages) const;
    BriefingTable buildModelTable() const;
    BriefingTable buildCoolingTable() const;
    QString sources() const;

    const BriefingInputs& m_inputs;
    BriefingTexts m_texts;
    BriefingTable m_sites;
    BriefingTable m_violations;
    std::vector<std::pair<int, int>> m_siteRuns;
    std::vector<std::pair<int, int>> m_violationRuns;
};

BriefingDocument::BriefingDocument(const BriefingInputs& inputs, const QPaintDevice* device)
    : m_inputs(inputs), m_texts(inputs.korean), m_sites(buildSiteTable()),
      m_violations(buildViolationTable())
{
    const QRectF body = PdfPages::bodyArea(QRectF(0, 0, device->width(), device->height()));
    m_siteRuns = m_sites.paginate(body, device);
    m_violationRuns = m_violations.paginate(body, device);
}

int BriefingDocument::pageCount() const
{
    constexpr int kFixedPages = 4; // cover, summary, map, assumptions
    return kFixedPages + kBriefingChartCount / kChartsPerPage + int(m_siteRuns.size()) +
           int(m_violationRuns.size());
}

void BriefingDocument::write(PdfPages& pages) const
{
    drawCover(pages);
    drawSummaryPage(pages, m_inputs.scenario, m_inputs.evaluation, m_texts);
    drawMap(pages);
    drawCharts(pages);
    drawTable(pages, m_texts.pick("5. 부지별 현황", "5. Sites"), m_sites, m_siteRuns);
    drawViolations(pages);
    drawAssumptions(pages);
}

QString BriefingDocument::siteOrganisations(const SiteEvaluation& site) const
{
    std::map<std::string, long long> gpus;
    for (const AllocationSummary& allocation : site.allocations)
        gpus[allocation.organisationId] += allocation.gpus;
    QStringList parts;
    for (const auto& [id, count] : gpus)
        parts << m_texts.organisationName(m_inputs.scenario, id) + QStringLiteral(" ") +
                     BriefingTexts::count(count);
    return parts.join(QStringLiteral(", "));
}

BriefingTable BriefingDocument::buildSiteTable() const
{
    BriefingTable table({{m_texts.pick("부지", "Site"), 1.4},
                         {m_texts.pick("기관별 GPU", "GPUs by organisation"), 1.6},
                         {QStringLiteral("GPU"), 0.7, true},
                         {QStringLiteral("IT MW"), 0.6, true},
                         {m_texts.pick("시설 MW", "Facility MW"), 0.7, true},
                         {m_texts.pick("용수 m³/일", "Water m³/day"), 0.8, true},
                         {m_texts.pick("상태", "Status"), 0.6},
                         {m_texts.pick("사유", "Reasons"), 3.6}},
                        typeface(kTablePoints));
    for (const SiteEvaluation& site : m_inputs.evaluation.sites) {
        QStringList reasons;
        for (const Reason& reason : site.reasons)
            reasons << m_inputs.describeReason(reason);
        table.addRow({m_texts.siteName(m_inputs.scenario, site.siteId), siteOrganisations(site),
                      BriefingTexts::count(site.demand.gpus), BriefingTexts::mw(site.demand.itMw),
                      BriefingTexts::mw(site.demand.facilityMw),
                      BriefingTexts::waterM3(site.demand.waterM3PerDay),
                      m_texts.status(site.status), reasons.join(QStringLiteral("\n"))},
                     statusColour(site.status));
    }
    return table;
}

BriefingTable BriefingDocument::buildViolationTable() const
{
    BriefingTable table({{QStringLiteral("#"), 0.3, true},
                         {m_texts.pick("선로", "Branch"), 2.0},
                         {m_texts.pick("고장 선로", "Outage"), 2.0},
                         {m_texts.pick("조류 MW", "Flow MW"), 0.7, true},
                         {m_texts.pick("정격 MW", "Rating MW"), 0.7, true},
                         {m_texts.pick("부하율 %", "Loading %"), 0.7, true},
                         {m_texts.pick("사유", "Reason"), 3.4}},
                        typeface(kTablePoints));
    int number = 0;
    for (const Violation& violation : m_inputs.evaluation.violations) {
        const QString outage =
            violation.outage.empty()
                ? m_texts.pick("(정상 상태)", "(base case)")
                : m_texts.name(violation.outageKo, violation.outage, violation.outage);
        table.addRow({QString::number(++number),
                      m_texts.name(violation.branchKo, violation.branch, violation.branch), outage,
                      BriefingTexts::mw(violation.flowMw), BriefingTexts::mw(violation.ratingMw),
                      BriefingTexts::percent(violation.loadingPct),
                      m_inputs.describeViolation(violation)});
    }
    return table;
}

void BriefingDocument::drawCover(PdfPages& pages) const
{
    pages.startBarePage();
    QPainter& painter = pages.painter();
    const QRectF area = pages.content();
    painter.fillRect(QRectF(area.left(), area.top() + area.height() * 0.28, 8, 150),
                     PdfPages::kAccent);
    const QRectF text(area.left() + 28, area.top() + area.height() * 0.28, area.width() - 28,
                      area.height() * 0.6);
    double y = text.top();
    y += pages.drawParagraph(QRectF(text.left(), y, text.width(), 60),
                             m_texts.pick("국가 GPU 배치 브리핑", "National GPU siting briefing"),
                             typeface(30, true), PdfPages::kAccent) +
         12;
    y += pages.drawParagraph(QRectF(text.left(), y, text.width(), 80),
                             QString::fromStdString(m_inputs.scenario.settings().name),
                             typeface(18)) +
         10;
    const QString details = m_texts.pick("계획 연도 %1  ·  작성일 %2", "Planning year %1  ·  %2")
                                .arg(m_inputs.evaluation.year)
                                .arg(m_inputs.date.toString(Qt::ISODate));
    pages.drawParagraph(QRectF(text.left(), y, text.width(), 30), details, typeface(13),
                        PdfPages::kMuted);
    pages.drawParagraph(QRectF(text.left(), area.bottom() - 40, text.width(), 40),
                        m_texts.pick("국가 GPU 워킹그룹 · 전력망 N-1, 용수, 부지 검토",
                                     "National GPU working group · grid N-1, water and sites"),
                        typeface(10), PdfPages::kMuted);
}

void BriefingDocument::drawMap(PdfPages& pages) const
{
    pages.startPage(m_texts.pick("3. 지도", "3. Map"));
    const QRectF content = pages.content();
    constexpr double kSourceLine = 20.0;
    const QRectF map = content.adjusted(0, 4, 0, -kSourceLine);
    QPainter& painter = pages.painter();
    painter.save();
    painter.setClipRect(map);
    m_inputs.paintMap(painter, map);
    painter.restore();
    painter.setPen(QPen(QColor(0xc8, 0xcd, 0xd4), 0.5));
    painter.drawRect(map);
    const QString grid = QString::fromStdString(m_inputs.scenario.settings().gridSource);
    pages.drawParagraph(QRectF(map.left(), map.bottom() + 4, map.width(), kSourceLine),
                        m_texts
                            .pick("출처: 배경지도 Natural Earth (퍼블릭 도메인, npm world-atlas), "
                                  "전력망: %1",
                                  "Sources: basemap Natural Earth (public domain, npm "
                                  "world-atlas); grid: %1")
                            .arg(grid),
                        typeface(7.5), PdfPages::kMuted);
}

// Two charts a page, side by side at full height: the site and branch charts need a row per bar.
void BriefingDocument::drawCharts(PdfPages& pages) const
{
    const QStringList captions{
        m_texts.pick("기관별 GPU 배치 / 할당량", "GPUs by organisation against quota"),
        m_texts.pick("부지별 시설 전력 / 접속 한도", "Facility MW against limit per site"),
        m_texts.pick("N-1 부하율 상위 선로", "Most loaded branches under N-1"),
        m_texts.pick("연도별 국가 전력 (MW)", "National MW by year")};
    const QString heading = m_texts.pick("4. 차트", "4. Charts");
    constexpr double kGap = 20.0;
    constexpr double kCaption = 22.0;
    QPainter& painter = pages.painter();
    for (int i = 0; i < kBriefingChartCount; ++i) {
        if (i % kChartsPerPage == 0)
            pages.startPage(i == 0 ? heading : heading + m_texts.pick(" (계속)", " (continued)"));
        const QRectF content = pages.content().adjusted(0, 4, 0, 0);
        const double width = (content.width() - kGap) / 2;
        const QPointF origin(content.left() + (i % 2) * (width + kGap), content.top());
        pages.drawParagraph(QRectF(origin, QSizeF(width, kCaption)), captions[i],
                            typeface(11, true), PdfPages::kAccent);
        const QRectF chart(origin + QPointF(0, kCaption),
                           QSizeF(width, content.height() - kCaption));
        painter.save();
        painter.setClipRect(chart);
        m_inputs.paintChart(painter, chart, i);
        painter.restore();
    }
}

void BriefingDocument::drawTable(PdfPages& pages, const QString& heading,
                                 const BriefingTable& table,
                                 const std::vector<std::pair<int, int>>& runs) const
{
    for (std::size_t i = 0; i < runs.size(); ++i) {
        pages.startPage(i == 0 ? heading : heading + m_texts.pick(" (계속)", " (continued)"));
        table.draw(pages.painter(), pages.content(), runs[i]);
    }
}

void BriefingDocument::drawViolations(PdfPages& pages) const
{
    const QString heading = m_texts.pick("6. N-1 위반 (심각한 순)", "6. Violations, worst first");
    if (m_violations.rowCount() > 0) {
        drawTable(pages, heading, m_violations, m_violationRuns);
        return;
    }
    pages.startPage(heading);
    pages.drawParagraph(pages.content().adjusted(0, 8, 0, 0),
                        m_texts.pick("위반 없음", "No violations"), typeface(14, true),
                        QColor(0x2e, 0x7d, 0x32));
}

BriefingTable BriefingDocument::buildModelTable() const
{
    BriefingTable table({{m_texts.pick("GPU 모델", "GPU model"), 1.6},
                         {m_texts.pick("GPU당 kW", "kW per GPU"), 0.8, true},
                         {m_texts.pick("랙당 GPU", "GPUs per rack"), 0.8, true},
                         {m_texts.pick("랙 kW", "Rack kW"), 0.7, true},
                         {m_texts.pick("냉각", "Cooling"), 0.9},
                         {m_texts.pick("출시 연도", "Year"), 0.6, true},
                         {m_texts.pick("출처", "Source"), 3.0}},
                        typeface(kTablePoints));
    for (const GpuModel& model : m_inputs.scenario.gpuModels())
        table.addRow({QString::fromStdString(model.name), QString::number(model.kwPerGpu, 'f', 2),
                      QString::number(model.gpusPerRack), QString::number(model.rackKw, 'f', 1),
                      m_texts.cooling(model.cooling), QString::number(model.yearAvailable),
                      QString::fromStdString(model.source)});
    return table;
}

// The range of PUE and WUE the scenario's sites use, per cooling type.
BriefingTable BriefingDocument::buildCoolingTable() const
{
    BriefingTable table({{m_texts.pick("냉각 방식", "Cooling"), 1.2},
                         {m_texts.pick("부지 수", "Sites"), 0.6, true},
                         {QStringLiteral("PUE"), 1.0, true},
                         {m_texts.pick("WUE (L/kWh)", "WUE (L/kWh)"), 1.0, true}},
                        typeface(kTablePoints));
    for (const CoolingType cooling : {CoolingType::Air, CoolingType::Hybrid, CoolingType::Liquid}) {
        std::vector<const Site*> sites;
        for (const Site& site : m_inputs.scenario.sites())
            if (site.cooling == cooling)
                sites.push_back(&site);
        if (sites.empty())
            continue;
        const auto [pueMin, pueMax] = std::minmax_element(
            sites.begin(), sites.end(), [](auto* a, auto* b) { return a->pue < b->pue; });
        const auto [wueMin, wueMax] =
            std::minmax_element(sites.begin(), sites.end(),
                                [](auto* a, auto* b) { return a->wueLPerKwh < b->wueLPerKwh; });
        const auto range = [](double low, double high) {
            return low == high ? QString::number(low, 'f', 2)
                               : QStringLiteral("%1–%2").arg(low, 0, 'f', 2).arg(high, 0, 'f', 2);
        };
        table.addRow({m_texts.cooling(cooling), QString::number(sites.size()),
                      range((*pueMin)->pue, (*pueMax)->pue),
                      range((*wueMin)->wueLPerKwh, (*wueMax)->wueLPerKwh)});
    }
    return table;
}

QString BriefingDocument::sources() const
{
    const QString grid = QString::fromStdString(m_inputs.scenario.settings().gridSource);
    return m_texts
        .pick("• 배경지도: Natural Earth 1:10m 국가 경계 (퍼블릭 도메인), npm 패키지 world-atlas "
              "(ISC 라이선스)로 배포.\n"
              "• GPU 전력, PUE, WUE, 기관별 할당량: FACTS.md에 출처와 함께 정리한 공개 자료.\n"
              "• 전력망: %1. 예시용 전력망이며 한국전력의 실제 계통 자료가 아닙니다. N-1 결과는 "
              "계획 검토용 DC 조류 계산입니다.\n"
              "• 시설 전력 = IT 전력 × PUE, 용수 = IT 전력 × 24시간 × WUE.",
              "• Basemap: Natural Earth 1:10m countries (public domain), distributed as the npm "
              "package world-atlas (ISC licence).\n"
              "• GPU power, PUE, WUE and organisation quotas: public figures collected with "
              "their sources in FACTS.md.\n"
              "• Grid: %1. An illustrative grid, not KEPCO's network; N-1 results are DC power "
              "flows for planning screening.\n"
              "• Facility MW = IT MW × PUE; water = IT MW × 24 h × WUE.")
        .arg(grid);
}

void BriefingDocument::drawAssumptions(PdfPages& pages) const
{
    pages.startPage(m_texts.pick("7. 가정과 출처", "7. Assumptions and sources"));
    const QRectF content = pages.content().adjusted(0, 4, 0, 0);
    const BriefingTable models = buildModelTable();
    const BriefingTable cooling = buildCoolingTable();
    const QRectF left(content.left(), content.top(), content.width() * 0.62, content.height());
    const QRectF right(left.right() + 20, content.top(), content.right() - left.right() - 20,
                       content.height());
    const QFont heading = typeface(10, true);
    const double title = pages.drawParagraph(left, m_texts.pick("GPU 모델", "GPU models"), heading,
                                             PdfPages::kAccent) +
                         4;
    models.draw(pages.painter(), left.adjusted(0, title, 0, 0), {0, models.rowCount()});
    pages.drawParagraph(right, m_texts.pick("냉각 방식별 PUE와 WUE", "PUE and WUE by cooling"),
                        heading, PdfPages::kAccent);
    cooling.draw(pages.painter(), right.adjusted(0, title, 0, 0), {0, cooling.rowCount()});
    const QRectF notes = right.adjusted(0, title + 110, 0, 0);
    const double used =
        pages.drawParagraph(notes, m_texts.pick("출처와 라이선스", "Sources and licences"), heading,
                            PdfPages::kAccent) +
        4;
    pages.drawParagraph(notes.adjusted(0, used, 0, 0), sources(), typeface(8.5));
}

QString footerText(const BriefingInputs& inputs)
{
    const QString file =
        inputs.scenarioPath.isEmpty()
            ? (inputs.korean ? QStringLiteral("(저장 안 됨)") : QStringLiteral("(unsaved)"))
            : QFileInfo(inputs.scenarioPath).fileName();
    const QString hash = shortContentHash(
        inputs.scenarioPath, QByteArray::fromStdString(inputs.scenario.settings().name));
    return QStringLiteral("%1  ·  %2 (%3)  ·  %4  ·  gpuplan %5")
        .arg(QString::fromStdString(inputs.scenario.settings().name), file, hash,
             inputs.date.toString(Qt::ISODate), QStringLiteral(GPUPLAN_VERSION));
}

void setUpWriter(QPdfWriter& writer, const BriefingInputs& inputs)
{
    writer.setResolution(PdfPages::kDpi);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(QString::fromStdString(inputs.scenario.settings().name));
    writer.setCreator(QStringLiteral("gpuplan " GPUPLAN_VERSION));
}

} // namespace

QString shortContentHash(const QString& path, const QByteArray& fallback)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QFile file(path);
    if (!path.isEmpty() && file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    else
        hash.addData(fallback);
    return QString::fromLatin1(hash.result().toHex().left(kHashDigits));
}

bool writeBriefing(const BriefingInputs& inputs, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    setUpWriter(writer, inputs);
    const BriefingDocument document(inputs, &writer);
    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        if (error)
            *error = QStringLiteral("cannot start the PDF %1").arg(path);
        return false;
    }
    PdfPages pages(writer, painter, footerText(inputs),
                   inputs.korean ? QStringLiteral("%1 / %2쪽") : QStringLiteral("page %1 of %2"),
                   document.pageCount());
    document.write(pages);
    painter.end();
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace gpuplan
