// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;
class QPdfWriter;

namespace gpuplan {

// The briefing's pages: A4 landscape at kDpi, one painter over all of them, a heading on the
// first page of each part and the running footer on every page.
class PdfPages {
public:
    // 96 dpi makes a page unit one screen pixel, so the dashboard's map symbols and charts keep
    // the proportions they have on screen. Text and vectors stay resolution independent.
    static constexpr int kDpi = 96;
    static constexpr double kMargin = 40.0;

    // `pageFormat` takes the page number (%1) and the page count (%2).
    PdfPages(QPdfWriter& writer, QPainter& painter, QString footer, QString pageFormat,
             int pageCount);

    QPainter& painter() { return m_painter; }
    // The area below the heading and above the footer of the current page.
    QRectF content() const { return m_content; }

    // Starts a page (the first call uses the page the writer opened) with `heading` on top.
    void startPage(const QString& heading);
    // A page without heading (the cover).
    void startBarePage();

    // The content area of a page with a heading.
    static QRectF bodyArea(const QRectF& page);
    // Draws `text` wrapped in `rect`; returns the height it took.
    double drawParagraph(const QRectF& rect, const QString& text, const QFont& font,
                         const QColor& colour = QColor(0x22, 0x22, 0x22));

    static inline const QColor kAccent{0x1f, 0x4e, 0x79};
    static inline const QColor kMuted{0x6b, 0x72, 0x80};

private:
    void newPage();
    void drawFooter();

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QString m_footer;
    QString m_pageFormat;
    int m_pageCount;
    int m_pageNumber = 0;
    QRectF m_page;
    QRectF m_content;
};

} // namespace gpuplan
