// SPDX-License-Identifier: MIT
#include "Typeface.h"

namespace gpuplan {

QStringList typefaceFamilies()
{
    return {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK KR"),
            QStringLiteral("Noto Sans KR"), QStringLiteral("NanumGothic")};
}

QFont typeface(double pointSize, bool bold)
{
    QFont font;
    font.setFamilies(typefaceFamilies());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace gpuplan
