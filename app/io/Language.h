#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <functional>

namespace saylau {

// The language SaylauDesk speaks — Russian, Kazakh or English — for words, dates and numbers alike: one
// choice sets the default QLocale (so NumberFormat and every date follow) and installs the catalogue the core
// embeds under :/i18n, and Qt's own (its buttons, and the system's reasons a file cannot be read, which the
// CLI's messages carry too). The CLI and the desktop program both choose through this class.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    // "ru", "kk", "en", in the order of the desktop program's Language menu.
    static QStringList codes();
    // The language the environment asks for, as gettext reads it: the locale of messages is the first set of
    // LC_ALL, LC_MESSAGES, LANG; in the C/POSIX locale (the tests' LC_ALL=C.UTF-8) it is English, whatever
    // LANGUAGE says; otherwise LANGUAGE's first language of ours wins, then the locale's own. English when
    // none of ours is asked for. The getter reads one variable (qEnvironmentVariable by default).
    static QString fromEnvironment(const std::function<QString(const char *)> &variable = {});
    // "ru_RU.UTF-8" -> "ru"; empty when the name is not one of ours.
    static QString codeOfLocaleName(const QString &name);

    Language() = default;
    Language(const Language &) = delete;
    Language &operator=(const Language &) = delete;
    ~Language();

    // Switches the whole process to the language (English for an unknown code) and returns the code applied.
    QString apply(const QString &code);

private:
    QTranslator m_catalogue;
    QTranslator m_qtCatalogue;
};

} // namespace saylau
