#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace saylau {

// The second, named step before figures that break control relations are stored as checked (a double entry
// verified, a conflict resolved): the relations listed, Cancel the default, so that Enter alone stores nothing.
class BrokenRelationsConfirmation
{
public:
    struct Texts
    {
        QString title;
        QString intro;  // before the list of broken relations
        QString advice; // under it
        QString confirm; // the button that goes on
    };

    // True when the person chose to go on; broken must not be empty.
    static bool ask(QWidget *parent, const Texts &texts, const QStringList &broken);
};

} // namespace saylau
