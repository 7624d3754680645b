#pragma once

#include "io/Language.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace saylau {

// Which language the desktop program speaks: Russian, Kazakh or English. Switches the program's catalogue
// and the default QLocale, and Qt's own catalogue for its standard buttons, through the core's Language (as the
// CLI does), and remembers the user's choice in QSettings. Installing a translator
// sends QEvent::LanguageChange to every widget, so windows retranslate themselves at once.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    // "ru", "kk", "en", in the order of the Language menu.
    static QStringList languages();
    // The language's own name ("Қазақша"), never translated: a user lost in a foreign UI must find theirs.
    static QString nativeName(const QString &code);
    // The saved choice, else the environment's language (Language::fromEnvironment), else English.
    static QString preferredLanguage();
    static QString settingsKey() { return QStringLiteral("ui/language"); }

    QString current() const { return m_current; }
    // Switches without saving: start-up applies the preferred language this way.
    void apply(const QString &code);
    // Switches and remembers the choice for the next start.
    void choose(const QString &code);

private:
    Language m_language;
    QString m_current;
};

} // namespace saylau
