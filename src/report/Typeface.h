// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QStringList>

namespace gpuplan {

// The one typeface of the dashboard and the briefing: Noto Sans for Latin letters and figures,
// Noto Sans CJK KR for Hangul (both from Debian's fonts-noto packages). Latin comes first because
// in Latin text Noto Sans CJK's shaping picks figure glyphs that have no character-map entry: a
// PDF drawn with it alone shows "N-1" and "154 kV" but loses their digits to copy, search and
// pdftotext.
QStringList typefaceFamilies();
QFont typeface(double pointSize, bool bold = false);

} // namespace gpuplan
