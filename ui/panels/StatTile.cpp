// SPDX-License-Identifier: MIT
#include "StatTile.h"

#include "PanelFormat.h"

#include <QLabel>
#include <QVBoxLayout>

namespace gpuplan {
namespace {

constexpr int kCaptionPt = 12;
constexpr int kValuePt = 28;
constexpr int kDetailPt = 11;
constexpr int kAccentPx = 10;

} // namespace

StatTile::StatTile(const QString& name, QWidget* parent) : QFrame(parent)
{
    setObjectName(name);
    m_caption = PanelFormat::label(name + QStringLiteral("Caption"), kCaptionPt, false, this);
    m_value = PanelFormat::label(name + QStringLiteral("Value"), kValuePt, true, this);
    m_value->setWordWrap(false);
    m_detail = PanelFormat::label(name + QStringLiteral("Detail"), kDetailPt, false, this);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kAccentPx + 8, 6, 8, 6);
    layout->setSpacing(0);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccent(palette().color(QPalette::Mid));
}

void StatTile::setCaption(const QString& caption)
{
    m_caption->setText(caption);
}

void StatTile::setValue(const QString& value)
{
    m_value->setText(value);
}

void StatTile::setDetail(const QString& detail)
{
    m_detail->setText(detail);
}

QString StatTile::value() const
{
    return m_value->text();
}

void StatTile::setAccent(const QColor& accent)
{
    // A style sheet re-polishes the tile, so it is set only when the state changes.
    if (accent == m_accent)
        return;
    m_accent = accent;
    setStyleSheet(QStringLiteral("QFrame#%1 { border-left: %2px solid %3; "
                                 "background: palette(base); border-radius: 3px; }")
                      .arg(objectName())
                      .arg(kAccentPx)
                      .arg(accent.name()));
}

} // namespace gpuplan
