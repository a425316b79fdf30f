// SPDX-License-Identifier: MIT
#include "Language.h"

#include "DisplayNames.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>

namespace gpuplan {

Language::Language(QObject* parent) : QObject(parent) {}

bool Language::isKorean() const
{
    return interfaceIsKorean();
}

bool Language::setKorean(bool korean)
{
    if (korean && !m_installed) {
        if (!m_gpuplan.load(QStringLiteral(":/i18n/gpuplan_ko.qm")))
            return false;
        // Qt's own dialogs and buttons; absent translations leave them in English.
        if (m_qt.load(QStringLiteral("qtbase_ko"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        QCoreApplication::installTranslator(&m_gpuplan);
        m_installed = true;
    } else if (!korean && m_installed) {
        QCoreApplication::removeTranslator(&m_gpuplan);
        QCoreApplication::removeTranslator(&m_qt);
        m_installed = false;
    }
    // Deliver the LanguageChange events now, so every widget reads its new texts at once.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const bool wasKorean = interfaceIsKorean();
    setInterfaceKorean(korean);
    if (wasKorean != korean)
        emit changed(korean);
    return true;
}

} // namespace gpuplan
