#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace rehearse::core {

// The languages the interface can be shown in, and the translators that show it. The
// preference is a language code ("de", "fr", "en") or empty for the system's language.
class Languages final {
public:
    struct Language {
        QString code; // "en", "de", "fr"
        QString nativeName; // "English", "Deutsch", "Français"
    };

    // English plus every translation rehearse_<code>.qm in folder, by native name.
    static QList<Language> available(const QString &folder = QStringLiteral(":/i18n"));

    // The locale for a preference: the system's when it is empty or not available.
    static QLocale localeFor(const QString &preference, const QString &folder = QStringLiteral(":/i18n"));

    // Makes locale the default and installs Qt's and Rehearse's translations for it.
    // Returns false when Rehearse has no translation for it (English is then shown).
    static bool install(QCoreApplication *app, const QLocale &locale, const QString &folder = QStringLiteral(":/i18n"));
};

} // namespace rehearse::core
