// SPDX-License-Identifier: MIT
#pragma once

#include "model/Scenario.h"

#include <QString>

namespace gpuplan {

// Names in the interface language: Korean names when the UI speaks Korean, English otherwise
// (falling back to the other name, then the id).
bool interfaceIsKorean();
void setInterfaceKorean(bool korean);

QString localName(const std::string& korean, const std::string& english, const std::string& id);
QString organisationName(const Scenario& scenario, const std::string& id);
QString siteName(const Scenario& scenario, const std::string& id);
QString busName(const Bus& bus);

} // namespace gpuplan
