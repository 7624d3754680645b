#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>

namespace saylau {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

QStringList LanguageManager::languages()
{
    return Language::codes();
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
    return Language::fromEnvironment();
}

void LanguageManager::apply(const QString &code)
{
    m_current = m_language.apply(code);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    // The system's catalogue first; Qt's Kazakh, which Debian does not ship, from the program's own. English
    // has none: the source text.
    const QString catalogue = QStringLiteral("qtbase_") + m_current;
    if (m_qtTranslator.load(catalogue, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || m_qtTranslator.load(catalogue, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&m_qtTranslator);
}

void LanguageManager::choose(const QString &code)
{
    apply(code);
    QSettings().setValue(settingsKey(), m_current);
}

} // namespace saylau
