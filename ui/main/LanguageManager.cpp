#include "LanguageManager.h"

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
}

void LanguageManager::choose(const QString &code)
{
    apply(code);
    QSettings().setValue(settingsKey(), m_current);
}

} // namespace saylau
