#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace saylau {

class CampaignStore;

// Every protocol with a history is as its history's last row says it became: the revision that row made, its
// figures, and each field (observer, reception, remarks, unmapped cells) as the protocol's rows last recorded
// it. The hash chain (HistoryChain) proves the rows were not touched; this proves the protocol table was not
// touched behind them, e.g. a figure changed with the sqlite3 shell, which keeps every control relation if the
// editor is careful and so passes `saylau check`.
//
// What cannot be checked: a protocol no row describes (an import's new protocols, which their import run
// records instead), fields never changed since it was created (no row names their value), and a protocol whose
// last row came from another site in an exchange merge: the merge shows the exchange's chosen revision, which
// another site's rows need not end on. Local rows after such a merge are checked again, fields from them only.
class HistoryStateCheck
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStateCheck)

public:
    // One value the protocol holds otherwise than its history says.
    struct Difference
    {
        // A figure's line key ("p2"), or a field's column name ("remarks", "revision").
        QString key;
        bool line = false;
        QString recorded;
        QString stored;
    };

    struct Mismatch
    {
        qint64 protocolId = 0;
        QString contestId;
        qint64 territoryId = 0;
        QString source;
        QString copy;
        // The history row the protocol was compared with.
        qint64 rowId = 0;
        qint64 revision = 0;
        QString savedAt;
        QList<Difference> differences;
    };

    // The protocols that differ, in id order. One read of the history joined to its protocols: protocols
    // without history rows cost nothing. Throws SaylauError when the campaign cannot be read.
    static QList<Mismatch> run(CampaignStore &store);
};

} // namespace saylau
