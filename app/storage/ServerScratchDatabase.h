#pragma once

#include "CampaignLocation.h"

#include <QCoreApplication>
#include <QString>

namespace saylau {

// A database of its own on a server for the length of a measurement (saylau bench import --target): created
// empty, in UTF-8 with the C collation as `saylau init-server` asks HQ to, and dropped when this goes, whatever
// it came to hold.
class ServerScratchDatabase
{
    Q_DECLARE_TR_FUNCTIONS(ServerScratchDatabase)

public:
    // Creates NAME (dropped first if a run before left it) on the server of SERVER, connecting to SERVER's own
    // database as its user, who must be allowed to create databases. Throws SaylauError.
    ServerScratchDatabase(const CampaignLocation &server, const QString &name);
    ~ServerScratchDatabase();
    ServerScratchDatabase(const ServerScratchDatabase &) = delete;
    ServerScratchDatabase &operator=(const ServerScratchDatabase &) = delete;

    // The new database's address, as SERVER's with the database changed.
    QString address() const { return m_location.toString(); }
    // Adds a plain table NAME of COLUMNS text columns c1, c2, ... and nothing else: no key, no index, no
    // constraint, what a raw load is measured into. Throws SaylauError.
    void addTextTable(const QString &table, int columns);

private:
    // Runs STATEMENT on DATABASE of the server. Throws SaylauError.
    void run(const QString &database, const QString &statement) const;

    CampaignLocation m_server;
    CampaignLocation m_location;
};

} // namespace saylau
