// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Evaluation.h"
#include "model/Scenario.h"

#include <QString>

namespace gpuplan {

// The briefing's words in its own language, chosen per document rather than from the installed
// translator, so one process can write a Korean and an English briefing. Numbers are formatted
// as `gpuplan evaluate` prints them (MW to one decimal, water to the cubic metre).
class BriefingTexts {
public:
    explicit BriefingTexts(bool korean) : m_korean(korean) {}

    bool isKorean() const { return m_korean; }
    // The Korean or the English of a text (both UTF-8 literals).
    QString pick(const char* korean, const char* english) const;
    QString name(const std::string& korean, const std::string& english,
                 const std::string& id) const;
    QString siteName(const Scenario& scenario, const std::string& id) const;
    QString organisationName(const Scenario& scenario, const std::string& id) const;
    QString status(FeasibilityStatus status) const;
    QString cooling(CoolingType cooling) const;

    static QString mw(double value);
    static QString waterM3(double value);
    static QString percent(double value);
    static QString count(long long value);

private:
    bool m_korean;
};

} // namespace gpuplan
