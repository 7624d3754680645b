#pragma once

#include <QCoreApplication>
#include <QString>

namespace saylau {

class CampaignLocation;

// The backup of a campaign on a server: pg_dump's custom format of the campaign's database, the server's own
// consistent snapshot (one transaction, while operators keep typing), restored with pg_restore into a new
// database (see the README). A campaign file's backups are OnlineBackup's.
class ServerDump
{
    Q_DECLARE_TR_FUNCTIONS(ServerDump)

public:
    // Writes the dump of LOCATION's database to OUT, whole or not at all (an existing OUT is refused). pg_dump
    // connects as the location says (no password in it: ~/.pgpass or peer authentication). Throws SaylauError
    // when pg_dump is missing (naming the package) or fails (with what it said).
    static void write(const CampaignLocation &location, const QString &out);
};

} // namespace saylau
