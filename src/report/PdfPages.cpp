// SPDX-License-Identifier: MIT
#include "PdfPages.h"

#include "Typeface.h"

#include <QPainter>
#include <QPdfWriter>

namespace gpuplan {
namespace {

constexpr double kHeadingHeight = 44.0;
constexpr double kFooterHeight = 22.0;
constexpr double kHeadingPoints = 18.0;
constexpr double kFooterPoints = 7.5;

} // namespace

PdfPages::PdfPages(QPdfWriter& writer, QPainter& painter, QString footer, QString pageFormat,
                   int pageCount)
    : m_writer(writer), m_painter(painter), m_footer(std::move(footer)),
      m_pageFormat(std::move(pageFormat)), m_pageCount(pageCount),
      m_page(0, 0, writer.width(), writer.height())
{
}

void PdfPages::newPage()
{
    if (m_pageNumber > 0)
        m_writer.newPage();
    ++m_pageNumber;
    m_painter.resetTransform();
    m_painter.setClipping(false);
    drawFooter();
}

void PdfPages::startBarePage()
{
    newPage();
    m_content = m_page.adjusted(kMargin, kMargin, -kMargin, -kMargin - kFooterHeight);
}

QRectF PdfPages::bodyArea(const QRectF& page)
{
    const double top = page.top() + kMargin * 0.6 + kHeadingHeight;
    return QRectF(page.left() + kMargin, top, page.width() - 2 * kMargin,
                  page.bottom() - kMargin - kFooterHeight - top);
}

void PdfPages::startPage(const QString& heading)
{
    newPage();
    m_content = bodyArea(m_page);
    const QRectF headingRect(m_content.left(), m_content.top() - kHeadingHeight, m_content.width(),
                             kHeadingHeight);
    m_painter.setFont(typeface(kHeadingPoints, true));
    m_painter.setPen(kAccent);
    m_painter.drawText(headingRect, Qt::AlignLeft | Qt::AlignTop, heading);
    m_painter.setPen(QPen(kAccent, 1.5));
    m_painter.drawLine(QPointF(headingRect.left(), headingRect.bottom() - 8),
                       QPointF(headingRect.right(), headingRect.bottom() - 8));
}

void PdfPages::drawFooter()
{
    const QRectF footer(m_page.left() + kMargin, m_page.bottom() - kMargin * 0.5 - kFooterHeight,
                        m_page.width() - 2 * kMargin, kFooterHeight);
    m_painter.setPen(QPen(kMuted, 0.5));
    m_painter.drawLine(footer.topLeft(), footer.topRight());
    m_painter.setFont(typeface(kFooterPoints));
    m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    const QString pages = m_pageFormat.arg(m_pageNumber).arg(m_pageCount);
    m_painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, pages);
}

double PdfPages::drawParagraph(const QRectF& rect, const QString& text, const QFont& font,
                               const QColor& colour)
{
    m_painter.setFont(font);
    m_painter.setPen(colour);
    QRectF used;
    m_painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text, &used);
    return used.height();
}

} // namespace gpuplan
