// SPDX-License-Identifier: MIT
// The objectNames external UI tests find the window's parts by (ui/OBJECT_NAMES.md): every
// interactive widget, menu, action and map tool has one, no two share one, and the document
// and the window agree.
#include "gui_dashboard/DashboardFixture.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/MapTool.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFile>
#include <QGraphicsView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabBar>
#include <QToolBar>
#include <gtest/gtest.h>
#include <map>

namespace gpuplan {
namespace {

// Every name in the first column of a table in the document, with the section it is under.
std::map<QString, QString> documentedNames()
{
    QFile file(QStringLiteral(GPUPLAN_OBJECT_NAMES));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text)) << GPUPLAN_OBJECT_NAMES;
    static const QRegularExpression row(QStringLiteral("^\\| `(\\w+)` \\|"));
    std::map<QString, QString> names;
    QString section;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("## ")))
            section = line.mid(3);
        const QRegularExpressionMatch match = row.match(line);
        if (match.hasMatch())
            names.emplace(match.captured(1), section);
    }
    return names;
}

bool isInteractive(const QWidget* widget)
{
    return qobject_cast<const QAbstractButton*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QComboBox*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
           qobject_cast<const QPlainTextEdit*>(widget) ||
           (qobject_cast<const QAbstractSlider*>(widget) &&
            !qobject_cast<const QScrollBar*>(widget)) ||
           qobject_cast<const QAbstractItemView*>(widget) ||
           qobject_cast<const QGraphicsView*>(widget) || qobject_cast<const QDockWidget*>(widget) ||
           qobject_cast<const QToolBar*>(widget) || qobject_cast<const QMenuBar*>(widget);
}

// A part Qt builds inside one of its own widgets (a spin box's line edit, a table's header, a
// dock's title buttons): found through that widget, never by a name of ours.
bool isQtInternal(const QWidget* widget, const QWidget* window)
{
    if (widget->objectName().startsWith(QStringLiteral("qt_")))
        return true;
    for (const QObject* parent = widget->parent(); parent && parent != window;
         parent = parent->parent())
        if (qobject_cast<const QAbstractSpinBox*>(parent) ||
            qobject_cast<const QComboBox*>(parent) ||
            qobject_cast<const QAbstractItemView*>(parent) || qobject_cast<const QTabBar*>(parent))
            return true;
    return false;
}

class ObjectNames : public ::testing::Test {
protected:
    void SetUp() override
    {
        window = testing::openNationalWindow();
        ASSERT_TRUE(window);
        documented = documentedNames();
        ASSERT_GT(documented.size(), 50u);
    }

    void expectDocumented(const QObject* object, const char* what)
    {
        const QString name = object->objectName();
        EXPECT_FALSE(name.isEmpty())
            << what << " of class " << object->metaObject()->className() << " has no objectName";
        EXPECT_TRUE(name.isEmpty() || documented.count(name))
            << name.toStdString() << " is not in ui/OBJECT_NAMES.md";
    }

    // The menu, its actions and its submenus, as the menu bar shows them.
    void expectMenuDocumented(const QMenu* menu)
    {
        expectDocumented(menu, qPrintable(QStringLiteral("menu ") + menu->title()));
        for (const QAction* action : menu->actions()) {
            if (action->menu())
                expectMenuDocumented(action->menu());
            else if (!action->isSeparator())
                expectDocumented(action, qPrintable(action->text()));
        }
    }

    std::unique_ptr<MainWindow> window;
    std::map<QString, QString> documented;
};

TEST_F(ObjectNames, EveryInteractiveWidgetHasADocumentedUniqueName)
{
    std::map<QString, int> seen;
    int widgets = 0;
    for (const QWidget* widget : window->findChildren<QWidget*>()) {
        if (!isInteractive(widget) || isQtInternal(widget, window.get()))
            continue;
        ++widgets;
        expectDocumented(widget, "an interactive widget");
        EXPECT_EQ(++seen[widget->objectName()], 1)
            << widget->objectName().toStdString() << " is used twice";
    }
    EXPECT_GT(widgets, 20);
}

TEST_F(ObjectNames, EveryMenuActionAndMapToolHasADocumentedName)
{
    for (const QAction* menu : window->menuBar()->actions())
        if (menu->menu())
            expectMenuDocumented(menu->menu());
    expectDocumented(window->mapCanvas()->mapTool(), "the active map tool");
    for (const MapTool* tool : window->findChildren<MapTool*>())
        expectDocumented(tool, "a map tool");
}

TEST_F(ObjectNames, EveryDocumentedNameIsInTheWindow)
{
    for (const auto& [name, section] : documented) {
        if (section.startsWith(QStringLiteral("Dialogs")) || name == QStringLiteral("mainWindow"))
            continue;
        EXPECT_NE(window->findChild<QObject*>(name), nullptr)
            << name.toStdString() << " (" << section.toStdString() << ") is not in the window";
    }
    EXPECT_EQ(window->objectName(), QStringLiteral("mainWindow"));
}

// The menus are rebuilt in the other language: the names stay, and the old menus go.
TEST_F(ObjectNames, MenusKeepTheirNamesAcrossALanguageSwitch)
{
    window->findChild<QAction*>(QStringLiteral("englishAction"))->trigger();
    window->findChild<QAction*>(QStringLiteral("koreanAction"))->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(window->findChildren<QMenu*>(QStringLiteral("fileMenu")).size(), 1u);
    EXPECT_EQ(window->findChildren<QAction*>(QStringLiteral("undoAction")).size(), 1u);
    EXPECT_NE(window->findChild<QAction*>(QStringLiteral("saveAction")), nullptr);
}

} // namespace
} // namespace gpuplan
