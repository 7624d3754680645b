#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace saylau {

class CampaignStore;

// A whole campaign copied into a new one, between a file and a server either way (or file to file, server to
// server): every table row by row, photos (protocol_attachment) and protocol history included, ids kept, so
// that the copy's history chain verifies as the original's does. The target is made by CampaignStore::create
// and filled inside its creation: a copy cut short leaves no target (a file is renamed into place only when
// whole; a server database is emptied again). Then the copy is checked against the source: the rows of every
// table counted, and a checksum over every column of protocols, their history and attachments compared.
class CampaignCopy
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCopy)

public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };
    struct Verification
    {
        QList<TableCount> counts;
        // SHA-256 (hex) over protocol, protocol_history and protocol_attachment, rows in id order.
        QByteArray checksum;
    };

    // Copies SOURCE (opened for reading) into TARGET, which must not exist (a file) or be an empty database (a
    // server). before and after, when given, run on the new campaign as part of making it, before and after
    // the rows (init-server checks and grants the roles): when either throws, nothing is left of it. Returns
    // what was verified. Throws SaylauError, naming the table and the difference, when the copy does not match.
    static Verification copy(const CampaignStore &source, const QString &target,
                             const std::function<void(CampaignStore &)> &before = {},
                             const std::function<void(CampaignStore &)> &after = {});
    // The counts and checksum of a campaign as they are now.
    static Verification measure(const CampaignStore &store);

private:
    static void copyRows(const CampaignStore &source, CampaignStore &target);
};

} // namespace saylau
