// SPDX-License-Identifier: MIT
// exportBriefing: the window's plan and map as a PDF, in either language, the window's own
// language left as it was.
#include "gui_dashboard/DashboardFixture.h"
#include "ui/BriefingExport.h"
#include "ui/Language.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace gpuplan {
namespace {

TEST(WindowExport, WritesTheBriefingInEitherLanguage)
{
    auto window = testing::openNationalWindow();
    const bool korean = window->language()->isKorean();
    QTemporaryDir folder;
    for (const bool inKorean : {true, false}) {
        const QString path =
            folder.filePath(inKorean ? QStringLiteral("ko.pdf") : QStringLiteral("en.pdf"));
        QString error;
        ASSERT_TRUE(exportBriefing(*window, path, inKorean, &error)) << error.toStdString();
        EXPECT_GT(QFileInfo(path).size(), 0);
        EXPECT_EQ(window->language()->isKorean(), korean);
    }
}

TEST(WindowExport, UnwritablePathIsAnError)
{
    auto window = testing::openNationalWindow();
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("missing/brief.pdf"));
    QString error;
    EXPECT_FALSE(exportBriefing(*window, path, true, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(path));
}

} // namespace
} // namespace gpuplan
