#pragma once

#include "domain/SaylauError.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace saylau {

// The one way the desktop program tells a person that the core refused or failed: a message box with the
// core's own sentence, titled after what the person was doing. Slots and model hooks that call throwing code
// go through attempt(), so no exception escapes into Qt's event loop and no window grows its own try/catch twin.
class ErrorPresenter
{
    Q_DECLARE_TR_FUNCTIONS(ErrorPresenter)

public:
    // The box's object name, for tests that answer it.
    static QString boxName();

    // title: what was being done ("Delete", "Export"); empty: the program's name.
    static void show(QWidget *parent, const QString &message, const QString &title = QString());

    // Runs work; when it throws SaylauError the message is shown and false returned.
    template<typename Work>
    static bool attempt(QWidget *parent, Work &&work)
    {
        return attempt(parent, QString(), std::forward<Work>(work));
    }

    template<typename Work>
    static bool attempt(QWidget *parent, const QString &title, Work &&work)
    {
        try {
            work();
            return true;
        } catch (const SaylauError &error) {
            show(parent, error.message(), title);
            return false;
        }
    }
};

} // namespace saylau
