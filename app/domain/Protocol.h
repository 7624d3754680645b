#pragma once

#include "Figures.h"
#include "SourceKind.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace saylau {

// One precinct (or aggregate node) x one contest x one source. Official figures published only for a TIK or a
// region are protocols whose territory is that node.
struct Protocol
{
    qint64 id = 0;
    QString contestId;
    qint64 territoryId = 0;
    SourceKind source = SourceKind::Observer;
    // Tells apart several observer copies of one precinct; empty for the official record.
    QString copy;
    Figures figures;
    // Columns of an imported file that map to no line, kept as text (name -> value) so nothing is lost.
    QJsonObject extra;

    QString observerName;
    QString observerContact;
    QDateTime receivedAt;
    QString receivedHow;
    QString remarks;
    QString enteredBy;
    QDateTime updatedAt;
    // Bumped by every save; a save that expects another revision has met someone else's save.
    int revision = 0;
};

} // namespace saylau
