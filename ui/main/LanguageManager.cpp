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
    // A missing catalogue (English, or Qt's Kazakh, which Debian does not ship) leaves the source text.
    if (m_qtTranslator.load(QStringLiteral("qtbase_") + m_current, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
}

void LanguageManager::choose(const QString &code)
{
    apply(code);
    QSettings().setValue(settingsKey(), m_current);
}

} // namespace saylau
