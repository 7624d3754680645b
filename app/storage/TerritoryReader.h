#pragma once

#include "../domain/TerritoryNode.h"

#include <QCoreApplication>
#include <QList>

class QSqlDatabase;

namespace saylau {

// The whole territory tree of a campaign file, in id order (CampaignStore::allTerritory puts parents first).
//
// Like FiguresReader it steps through SQLite's C API on the store's own connection: read through Qt's driver,
// each of a country's 100,000 nodes cost eight QVariants, eight lookups of a column by name and a UTF-16 copy
// of every text, a fifth of a second per read, and the desktop program reads the tree for every view.
class TerritoryReader
{
    Q_DECLARE_TR_FUNCTIONS(TerritoryReader)

public:
    // An SQLite connection only (a server's tree is read through the driver). Throws SaylauError when the
    // statement fails.
    static QList<TerritoryNode> readAll(const QSqlDatabase &db);
};

} // namespace saylau
