#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace saylau {

// A name's translations beside the name a contest, party or form line is stored under (the text as printed,
// which matching, keys and imports keep using). Shown in the program's language when the preset gave one,
// otherwise as stored: a campaign made before translations existed, or a name typed by hand, shows as it is.
class LocalizedText
{
public:
    // "ru", "kk", "en": the languages a preset may translate into.
    static QStringList languages();
    // The language of the default QLocale, which Language::apply sets for the desktop program and the CLI.
    static QString currentLanguage();

    // The translation into the current language, else the stored text.
    QString text(const QString &stored) const;
    QString text(const QString &stored, const QString &language) const;
    // Empty when there is none.
    QString translation(const QString &language) const { return m_byLanguage.value(language); }
    void setTranslation(const QString &language, const QString &text);
    bool isEmpty() const { return m_byLanguage.isEmpty(); }

    // Translations sit in one object per language that mirrors the fields it translates, in presets and
    // storage alike: {"name": "...", "kk": {"name": "...", "short": "..."}, "en": {...}}.
    static LocalizedText fromJson(const QJsonObject &owner, const QString &field);
    void addTo(QJsonObject &owner, const QString &field) const;

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;

private:
    QMap<QString, QString> m_byLanguage;
};

} // namespace saylau
