#include "Language.h"

#include <QLibraryInfo>
#include <QLocale>

namespace saylau {

QStringList Language::codes()
{
    return {QStringLiteral("ru"), QStringLiteral("kk"), QStringLiteral("en")};
}

QString Language::codeOfLocaleName(const QString &name)
{
    // ll[_CC][.codeset][@modifier]
    const QString code = name.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('.'), 0, 0)
                             .section(QLatin1Char('@'), 0, 0).toLower();
    return codes().contains(code) ? code : QString();
}

QString Language::fromEnvironment(const std::function<QString(const char *)> &variable)
{
    const auto read = [&](const char *name) { return variable ? variable(name) : qEnvironmentVariable(name); };
    QString locale;
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        locale = read(name);
        if (!locale.isEmpty())
            break;
    }
    const QString base = locale.section(QLatin1Char('.'), 0, 0);
    if (locale.isEmpty() || base == QLatin1String("C") || base == QLatin1String("POSIX"))
        return QStringLiteral("en");
    for (const QString &wanted : read("LANGUAGE").split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        if (const QString code = codeOfLocaleName(wanted); !code.isEmpty())
            return code;
    }
    const QString code = codeOfLocaleName(locale);
    return code.isEmpty() ? QStringLiteral("en") : code;
}

Language::~Language()
{
    QCoreApplication::removeTranslator(&m_catalogue);
    QCoreApplication::removeTranslator(&m_qtCatalogue);
}

QString Language::apply(const QString &code)
{
    const QString language = codes().contains(code) ? code : QStringLiteral("en");
    // The locale first: installing a catalogue sends LanguageChange, and the views that format numbers again
    // on it must find the new grouping already in place.
    QLocale::setDefault(QLocale(language));
    QCoreApplication::removeTranslator(&m_catalogue);
    // English is the source text: it has no catalogue to load.
    if (m_catalogue.load(QStringLiteral(":/i18n/saylau_") + language))
        QCoreApplication::installTranslator(&m_catalogue);
    // The system's catalogue of Qt first; Qt's Kazakh, which Debian does not ship, from the desktop program's
    // own resources.
    QCoreApplication::removeTranslator(&m_qtCatalogue);
    const QString qt = QStringLiteral("qtbase_") + language;
    if (language != QLatin1String("en")
        && (m_qtCatalogue.load(qt, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            || m_qtCatalogue.load(qt, QStringLiteral(":/i18n"))))
        QCoreApplication::installTranslator(&m_qtCatalogue);
    return language;
}

} // namespace saylau
