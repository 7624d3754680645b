#pragma once

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace saylau {

// The tables of an exchange package (an SQLite file, see README "The package format"), version 2:
//
//   package   (key, value): format = saylau-package, version, campaign (uid), campaign_name, sender,
//             recipient, created_at, through (the sender's last row position), ack (the last of the recipient's
//             rows the sender has merged), all (1 when everything was asked for)
//   territory (uid, parent_uid, level, code, name, address, kind, origin, position): new nodes, and every node
//             the other tables name with its ancestors (so that a receiver that deleted one can hold what
//             arrives there again); position orders parents before children where the sender's ids do
//   territory_change (uid, territory_uid, action, parent_uid, code, name, address, changed_at, changed_by,
//             origin): renames (code, name, address), moves (parent_uid) and deletions of nodes (version 2)
//   revision  (uid, contest_id, territory_uid, source, copy, parents (JSON array of uids), figures, details,
//             saved_at, saved_by, origin)
//   history   (uid, contest_id, territory_uid, source, copy, revision, saved_at, saved_by, action, changes,
//             figures, origin)
//   photo     (uid, contest_id, territory_uid, source, copy, file_name, mime_type, added_by, added_at, origin,
//             data)
//
// Protocols are named by contest, precinct uid, source and copy, never by a row id of either file.
class PackageLayout
{
    Q_DECLARE_TR_FUNCTIONS(PackageLayout)

public:
    static constexpr int version = 2;
    static const char *const format;

    // Creates the tables in a new, empty package. Throws SaylauError.
    static void create(sqlite3 *db);
    // Opens a package read-only (as immutable: nothing is written beside it). Throws SaylauError.
    static sqlite3 *open(const QString &path);
};

} // namespace saylau
