#include "core/Languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <algorithm>

namespace rehearse::core {

namespace {

QString codeOf(const QLocale &locale)
{
    return QLocale::languageToCode(locale.language());
}

bool isAvailable(const QString &code, const QString &folder)
{
    return code == QLatin1String("en")
        || QFile::exists(QDir(folder).filePath(QStringLiteral("rehearse_%1.qm").arg(code)));
}

} // namespace

QList<Languages::Language> Languages::available(const QString &folder)
{
    QList<Language> languages{{QStringLiteral("en"), QStringLiteral("English")}};
    const QStringList files = QDir(folder).entryList({QStringLiteral("rehearse_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString code = file.mid(9, file.size() - 9 - 3);
        const QLocale locale(code);
        if (locale.language() == QLocale::C || code == QLatin1String("en"))
            continue;
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper(); // "français" → "Français", as a menu item reads
        languages.append({code, name});
    }
    std::sort(languages.begin(), languages.end(),
              [](const Language &a, const Language &b) { return a.nativeName.localeAwareCompare(b.nativeName) < 0; });
    return languages;
}

QLocale Languages::localeFor(const QString &preference, const QString &folder)
{
    if (!preference.isEmpty() && isAvailable(preference, folder))
        return QLocale(preference);
    return QLocale::system();
}

bool Languages::install(QCoreApplication *app, const QLocale &locale, const QString &folder)
{
    // Dates, numbers and Qt's own dialogs follow the chosen language too.
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    if (codeOf(locale) == QLatin1String("en"))
        return true;
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("rehearse"), QStringLiteral("_"), folder)) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace rehearse::core
