#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace saylau {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

QStringList LanguageManager::languages()
{
    return {QStringLiteral("ru"), QStringLiteral("kk"), QStringLiteral("en")};
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("kk"))
        return QStringLiteral("Қазақша");
    return QStringLiteral("English");
}

QString LanguageManager::preferredLanguage()
{
    const QString saved = QSettings().value(settingsKey()).toString();
    if (languages().contains(saved))
        return saved;
    switch (QLocale::system().language()) {
    case QLocale::Russian: return QStringLiteral("ru");
    case QLocale::Kazakh: return QStringLiteral("kk");
    default: return QStringLiteral("en");
    }
}

void LanguageManager::apply(const QString &code)
{
    const QString language = languages().contains(code) ? code : QStringLiteral("en");
    // The locale first: the LanguageChange that installing a translator sends makes views format numbers
    // again, and they must find the new grouping already in place.
    QLocale::setDefault(QLocale(language));

    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    // A missing catalogue (English, or Qt's Kazakh, which Debian does not ship) leaves the source text.
    if (m_qtTranslator.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    if (m_appTranslator.load(QStringLiteral(":/i18n/saylau_") + language))
        QCoreApplication::installTranslator(&m_appTranslator);
    m_current = language;
}

void LanguageManager::choose(const QString &code)
{
    apply(code);
    QSettings().setValue(settingsKey(), m_current);
}

} // namespace saylau
