// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTranslator>

namespace gpuplan {

// The interface language: Korean (the default where the system speaks Korean) or English, the
// language of the source strings. Switching sends every widget a LanguageChange event.
class Language : public QObject {
    Q_OBJECT

public:
    explicit Language(QObject* parent = nullptr);

    bool isKorean() const;
    // Installs or removes the Korean translations; false when they cannot be loaded.
    bool setKorean(bool korean);

signals:
    void changed(bool korean);

private:
    QTranslator m_gpuplan;
    QTranslator m_qt;
    bool m_installed = false;
};

} // namespace gpuplan
