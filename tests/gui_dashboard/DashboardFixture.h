// SPDX-License-Identifier: MIT
#pragma once

#include "ui/MainWindow.h"

#include <QEvent>
#include <QPoint>
#include <QWidget>
#include <memory>

namespace gpuplan::testing {

// The window on the shipped national scenario, shown offscreen, the engine's first answer in.
std::unique_ptr<MainWindow> openNationalWindow();
const Scenario& nationalScenario();

// Where a site is drawn, in the canvas viewport's coordinates.
QPoint siteViewportPos(MainWindow& window, const std::string& siteId);

// Sends one synthetic mouse event, with the buttons and modifiers a real hand would hold.
void sendMouse(QWidget* target, QEvent::Type type, QPoint pos, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
               QPoint globalPos = {});

// A drag on the map from one viewport point to another in `steps` moves; `release` false leaves
// the button down (the drag under way).
void dragOnMap(MainWindow& window, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers,
               bool release = true, int steps = 8);

bool waitForEngine(MainWindow& window);

} // namespace gpuplan::testing
