#include "LocalizedText.h"

#include <QLocale>

namespace saylau {

QStringList LocalizedText::languages()
{
    return {QStringLiteral("ru"), QStringLiteral("kk"), QStringLiteral("en")};
}

QString LocalizedText::currentLanguage()
{
    switch (QLocale().language()) {
    case QLocale::Russian: return QStringLiteral("ru");
    case QLocale::Kazakh: return QStringLiteral("kk");
    default: return QStringLiteral("en");
    }
}

QString LocalizedText::text(const QString &stored) const
{
    return text(stored, currentLanguage());
}

QString LocalizedText::text(const QString &stored, const QString &language) const
{
    const QString translated = m_byLanguage.value(language);
    return translated.isEmpty() ? stored : translated;
}

void LocalizedText::setTranslation(const QString &language, const QString &text)
{
    if (text.isEmpty())
        m_byLanguage.remove(language);
    else
        m_byLanguage.insert(language, text);
}

LocalizedText LocalizedText::fromJson(const QJsonObject &owner, const QString &field)
{
    LocalizedText text;
    for (const QString &language : languages())
        text.setTranslation(language, owner.value(language).toObject().value(field).toString().trimmed());
    return text;
}

void LocalizedText::addTo(QJsonObject &owner, const QString &field) const
{
    for (auto it = m_byLanguage.cbegin(); it != m_byLanguage.cend(); ++it) {
        QJsonObject inLanguage = owner.value(it.key()).toObject();
        inLanguage.insert(field, it.value());
        owner.insert(it.key(), inLanguage);
    }
}

} // namespace saylau
