#include "Migrations.h"

#include "HistoryChain.h"
#include "SqlDialect.h"
#include "SqlStatement.h"
#include "SqliteHandle.h"

#include "../domain/SaylauError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace saylau {

namespace {

// Migration step 9: the times that CampaignStore wrote as Qt::ISODate (no milliseconds, and the time a
// program gave in its own zone, with no offset) in the format of every other writer (see
// SqlStatement::dateTimeText). Rewritten per distinct value, so that an import's 100,000 protocols stamped
// with one instant cost one statement. The history's saved_at is left as written: its rows are hashed
// (HistoryChain), and it was always written in this format.
void storeTimesInOneFormat(const QSqlDatabase &db)
{
    const std::pair<const char *, const char *> columns[] = {
        {"protocol", "updated_at"},
        {"protocol", "received_at"},
        {"import_run", "imported_at"},
        {"saved_mapping", "saved_at"},
    };
    for (const auto &[table, column] : columns) {
        const QString name = QString::fromLatin1(column);
        QSqlQuery values = SqlStatement::prepare(
            db, QStringLiteral("SELECT DISTINCT %1 AS stored FROM %2 WHERE %1 <> ''").arg(name, QLatin1String(table)));
        SqlStatement::exec(values, Migrations::tr("reading %1.%2").arg(QLatin1String(table), name));
        QList<std::pair<QString, QString>> rewrites;
        while (values.next()) {
            const QString stored = values.value(QStringLiteral("stored")).toString();
            const QDateTime at = SqlStatement::dateTimeFromText(stored);
            // A text that is no time at all is left as it is rather than lost.
            if (at.isValid() && SqlStatement::dateTimeText(at) != stored)
                rewrites.append({stored, SqlStatement::dateTimeText(at)});
        }
        QSqlQuery update = SqlStatement::prepare(
            db, QStringLiteral("UPDATE %2 SET %1 = :now WHERE %1 = :before").arg(name, QLatin1String(table)));
        for (const auto &[before, now] : std::as_const(rewrites)) {
            update.bindValue(QStringLiteral(":before"), before);
            update.bindValue(QStringLiteral(":now"), now);
            SqlStatement::exec(update, Migrations::tr("rewriting %1.%2").arg(QLatin1String(table), name));
        }
    }
}

} // namespace

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> list = {
        {1,
         QStringLiteral("campaign, territory, contests, ballots, protocols"),
         {
             // Election-level facts as key/value: name, date, country, synthetic.
             QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE territory ("
                            " id ${ID},"
                            " parent_id INTEGER REFERENCES territory(id) ON DELETE CASCADE,"
                            " level TEXT NOT NULL CHECK (level IN ('country', 'region', 'district', 'precinct')),"
                            " code TEXT NOT NULL DEFAULT '',"
                            " name TEXT NOT NULL DEFAULT '',"
                            " address TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX territory_by_parent ON territory (parent_id)"),
             QStringLiteral("CREATE TABLE contest ("
                            " id TEXT PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " position INTEGER NOT NULL,"
                            " form TEXT NOT NULL,"
                            " seats INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE ballot_entry ("
                            " contest_id TEXT NOT NULL REFERENCES contest(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL CHECK (position > 0),"
                            " name TEXT NOT NULL,"
                            " short_name TEXT NOT NULL DEFAULT '',"
                            " color TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (contest_id, position))"),
             // figures: a JSON object from line key ("1", "10", "p3") to count; a line absent from the
             // object was left empty. One row per protocol keeps a 100k-precinct import to 100k inserts;
             // the view protocol_line below spreads it back into one row per line for plain SQL.
             QStringLiteral("CREATE TABLE protocol ("
                            " id ${ID},"
                            " contest_id TEXT NOT NULL REFERENCES contest(id) ON DELETE CASCADE,"
                            " territory_id INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE,"
                            " source TEXT NOT NULL CHECK (source IN ('observer', 'official')),"
                            " copy TEXT NOT NULL DEFAULT '',"
                            " figures TEXT NOT NULL,"
                            " extra TEXT NOT NULL DEFAULT '{}',"
                            " observer_name TEXT NOT NULL DEFAULT '',"
                            " observer_contact TEXT NOT NULL DEFAULT '',"
                            " received_at TEXT NOT NULL DEFAULT '',"
                            " received_how TEXT NOT NULL DEFAULT '',"
                            " remarks TEXT NOT NULL DEFAULT '',"
                            " entered_by TEXT NOT NULL DEFAULT '',"
                            " updated_at TEXT NOT NULL DEFAULT '',"
                            " revision INTEGER NOT NULL DEFAULT 1,"
                            " UNIQUE (contest_id, territory_id, source, copy))"),
             QStringLiteral("CREATE INDEX protocol_by_territory ON protocol (territory_id)"),
             QStringLiteral("CREATE VIEW protocol_line AS"
                            " SELECT p.id AS protocol_id, p.contest_id, p.territory_id, p.source, p.copy,"
                            "        j.key AS line, j.value AS value"
                            " FROM protocol p, ${JSON_EACH_FIGURES} j"),
         }},
        {2,
         QStringLiteral("import records and saved column mappings"),
         {
             QStringLiteral("CREATE TABLE import_run ("
                            " id ${ID},"
                            " contest_id TEXT NOT NULL REFERENCES contest(id) ON DELETE CASCADE,"
                            " source TEXT NOT NULL CHECK (source IN ('observer', 'official')),"
                            " file_name TEXT NOT NULL,"
                            " file_sha256 TEXT NOT NULL,"
                            " imported_at TEXT NOT NULL,"
                            " imported_by TEXT NOT NULL DEFAULT '',"
                            " rows_new INTEGER NOT NULL,"
                            " rows_replaced INTEGER NOT NULL,"
                            " rows_unchanged INTEGER NOT NULL,"
                            " rows_rejected INTEGER NOT NULL,"
                            " mapping TEXT NOT NULL)"),
             // The next file of the same shape (same normalised header) from the same source imports in
             // one step with the mapping confirmed last time.
             QStringLiteral("CREATE TABLE saved_mapping ("
                            " contest_id TEXT NOT NULL REFERENCES contest(id) ON DELETE CASCADE,"
                            " source TEXT NOT NULL CHECK (source IN ('observer', 'official')),"
                            " header_signature TEXT NOT NULL,"
                            " mapping TEXT NOT NULL,"
                            " saved_at TEXT NOT NULL,"
                            " PRIMARY KEY (contest_id, source, header_signature))"),
         }},
        {3,
         QStringLiteral("protocol entry: status, history, drafts, second entries, attachments"),
         {
             // Stored at each save from the form's relations, so the navigator reads statuses without
             // evaluating 100,000 protocols. relation_errors is NULL for protocols no person saved (imports).
             QStringLiteral("ALTER TABLE protocol ADD COLUMN entry_status TEXT NOT NULL DEFAULT 'entered'"
                            " CHECK (entry_status IN ('entered', 'verified'))"),
             QStringLiteral("ALTER TABLE protocol ADD COLUMN relation_errors INTEGER"),
             // Every save: who, when, the revision it made, each changed field from what to what (JSON array),
             // and the figures it left, so any revision can be read back.
             QStringLiteral("CREATE TABLE protocol_history ("
                            " id ${ID},"
                            " protocol_id INTEGER NOT NULL REFERENCES protocol(id) ON DELETE CASCADE,"
                            " revision INTEGER NOT NULL,"
                            " saved_at TEXT NOT NULL,"
                            " saved_by TEXT NOT NULL,"
                            " action TEXT NOT NULL CHECK (action IN ('save', 'verify')),"
                            " changes TEXT NOT NULL,"
                            " figures TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX protocol_history_by_protocol ON protocol_history (protocol_id, revision)"),
             // What an operator is typing, written field by field, so a crash loses at most the field being
             // typed. Keyed like a protocol plus the operator; removed when the protocol is saved.
             QStringLiteral("CREATE TABLE protocol_draft ("
                            " contest_id TEXT NOT NULL REFERENCES contest(id) ON DELETE CASCADE,"
                            " territory_id INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE,"
                            " source TEXT NOT NULL CHECK (source IN ('observer', 'official')),"
                            " copy TEXT NOT NULL DEFAULT '',"
                            " operator TEXT NOT NULL,"
                            " base_revision INTEGER NOT NULL DEFAULT 0,"
                            " figures TEXT NOT NULL,"
                            " fields TEXT NOT NULL DEFAULT '{}',"
                            " saved_at TEXT NOT NULL,"
                            " PRIMARY KEY (contest_id, territory_id, source, copy, operator))"),
             // The blind second entry of a protocol by another operator, kept apart from the protocol until
             // every mismatch is resolved.
             QStringLiteral("CREATE TABLE protocol_second_entry ("
                            " protocol_id INTEGER NOT NULL REFERENCES protocol(id) ON DELETE CASCADE,"
                            " operator TEXT NOT NULL,"
                            " figures TEXT NOT NULL,"
                            " entered_at TEXT NOT NULL,"
                            " PRIMARY KEY (protocol_id, operator))"),
             // Photos and scans inside the file: copying the campaign copies the evidence.
             QStringLiteral("CREATE TABLE protocol_attachment ("
                            " id ${ID},"
                            " contest_id TEXT NOT NULL REFERENCES contest(id) ON DELETE CASCADE,"
                            " territory_id INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE,"
                            " source TEXT NOT NULL CHECK (source IN ('observer', 'official')),"
                            " copy TEXT NOT NULL DEFAULT '',"
                            " file_name TEXT NOT NULL,"
                            " mime_type TEXT NOT NULL,"
                            " data ${BLOB} NOT NULL,"
                            " added_by TEXT NOT NULL,"
                            " added_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX protocol_attachment_by_key"
                            " ON protocol_attachment (contest_id, territory_id, source, copy)"),
         }},
        {4,
         QStringLiteral("protocol history names the import that replaced a protocol's figures"),
         {
             // An import of a corrected file writes one history row per protocol it changes, as a typed save
             // does; this says which run it was. The run is recorded after its rows (its counts are known only
             // then), so the link is set at the end of the same transaction.
             QStringLiteral("ALTER TABLE protocol_history ADD COLUMN import_run_id INTEGER"
                            " REFERENCES import_run(id) ON DELETE SET NULL"),
         }},
        {5,
         QStringLiteral("territory nodes for the votes a territorial commission counted itself"),
         {
             // Exports carry rows with the TIK but no precinct: remote electronic voting, postal votes and
             // voters abroad, counted by the TIK itself. Such a unit is stored at the precinct level (a leaf
             // under its TIK), so every total, the protocol_line view and every reader that walks precincts
             // take it in unchanged; the kind tells it apart where that matters (names, the navigator).
             // A column rather than a fifth level: SQLite cannot change the level CHECK without rebuilding
             // the table that four others reference.
             QStringLiteral("ALTER TABLE territory ADD COLUMN kind TEXT NOT NULL DEFAULT ''"
                            " CHECK (kind IN ('', 'commission'))"),
         }},
        {6,
         QStringLiteral("protocol history as a hash chain"),
         {
             // See HistoryChain: each row carries the hash of the row before it and of its own content.
             QStringLiteral("ALTER TABLE protocol_history ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE protocol_history ADD COLUMN row_hash TEXT NOT NULL DEFAULT ''"),
         },
         [](const QSqlDatabase &db) {
             // A campaign made new (every one on a server) has no history written before the chain to hash.
             QSqlQuery any(db);
             if (any.exec(QStringLiteral("SELECT 1 FROM protocol_history LIMIT 1")) && !any.next())
                 return;
             HistoryChain::hashExisting(SqliteHandle::of(db));
         }},
        {7,
         QStringLiteral("random sample of precincts: design, strata, members"),
         {
             // One sample per contest, drawn before election day; drawing again replaces it. The seed is text:
             // an unsigned 64-bit number does not fit SQLite's signed integer.
             QStringLiteral("CREATE TABLE sample_design ("
                            " contest_id TEXT PRIMARY KEY REFERENCES contest(id) ON DELETE CASCADE,"
                            " seed TEXT NOT NULL,"
                            " stratify TEXT NOT NULL CHECK (stratify IN ('region', 'none')),"
                            " allocation TEXT NOT NULL CHECK (allocation IN ('proportional', 'equal')),"
                            " size_measure TEXT NOT NULL,"
                            " requested_size INTEGER NOT NULL,"
                            " generator TEXT NOT NULL,"
                            " drawn_at TEXT NOT NULL)"),
             // Inclusion probability = sample_size / population_precincts, kept as drawn so that a precinct
             // list changed later does not change the weights of a sample already in the field.
             QStringLiteral("CREATE TABLE sample_stratum ("
                            " contest_id TEXT NOT NULL REFERENCES sample_design(contest_id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " key TEXT NOT NULL,"
                            " name TEXT NOT NULL,"
                            " territory_id INTEGER REFERENCES territory(id) ON DELETE SET NULL,"
                            " population_precincts INTEGER NOT NULL,"
                            " population_voters INTEGER NOT NULL,"
                            " sample_size INTEGER NOT NULL,"
                            " inclusion_probability ${REAL} NOT NULL,"
                            " PRIMARY KEY (contest_id, position))"),
             QStringLiteral("CREATE TABLE sample_member ("
                            " contest_id TEXT NOT NULL REFERENCES sample_design(contest_id) ON DELETE CASCADE,"
                            " territory_id INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE,"
                            " stratum INTEGER NOT NULL,"
                            " draw_order INTEGER NOT NULL,"
                            " PRIMARY KEY (contest_id, territory_id))"),
         }},
        {8,
         QStringLiteral("territory history: precincts and districts created, renamed, moved, deleted by hand"),
         {
             // A coordinator adds precincts as their protocols arrive. Who changed the tree, when, and the node
             // before and after (JSON objects) are kept; territory_id has no foreign key because the row must
             // outlive a deleted node.
             QStringLiteral("CREATE TABLE territory_history ("
                            " id ${ID},"
                            " territory_id INTEGER NOT NULL,"
                            " action TEXT NOT NULL CHECK (action IN ('create', 'rename', 'move', 'delete')),"
                            " changed_at TEXT NOT NULL,"
                            " changed_by TEXT NOT NULL,"
                            " before TEXT NOT NULL DEFAULT '{}',"
                            " after TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX territory_history_by_territory ON territory_history (territory_id)"),
         }},
        {9,
         QStringLiteral("times stored in one format: UTC, ISO 8601 with milliseconds"),
         {},
         storeTimesInOneFormat},
        {10,
         QStringLiteral("exchange between offices and headquarters: global identifiers, peers, protocol revisions"),
         {
             // What travels between campaign files needs a name that two files creating rows independently
             // cannot both give: a 128-bit random (or, for a numbered precinct, derived) uid, NULL until the
             // exchange first looks at the row (see ExchangeLedger::capture), so no writer of these tables
             // has to know about it. origin names the office that made the row, exchange_seq is the row's
             // place in this file's outgoing order ("everything after what the peer acknowledged").
             QStringLiteral("ALTER TABLE territory ADD COLUMN uid TEXT"),
             QStringLiteral("ALTER TABLE territory ADD COLUMN origin TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE territory ADD COLUMN exchange_seq INTEGER"),
             QStringLiteral("CREATE UNIQUE INDEX territory_by_uid ON territory (uid)"),
             QStringLiteral("ALTER TABLE protocol_history ADD COLUMN uid TEXT"),
             QStringLiteral("ALTER TABLE protocol_history ADD COLUMN origin TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE protocol_history ADD COLUMN exchange_seq INTEGER"),
             QStringLiteral("CREATE UNIQUE INDEX protocol_history_by_uid ON protocol_history (uid)"),
             // A photo's names stand beside it, not in its row: updating any column of a row rewrites its
             // BLOB, and naming a thousand 2 MB photos would write 2 GB.
             QStringLiteral("CREATE TABLE exchange_photo ("
                            " attachment_id INTEGER PRIMARY KEY REFERENCES protocol_attachment(id) ON DELETE CASCADE,"
                            " uid TEXT NOT NULL UNIQUE,"
                            " origin TEXT NOT NULL,"
                            " exchange_seq INTEGER NOT NULL)"),
             // The other campaign files this one exchanges packages with: their public signing keys, the
             // regions an office may change ('[]': all), the last of our rows the peer has confirmed having
             // (acked_through) and the last of its rows we merged (received_through, confirmed back to it).
             QStringLiteral("CREATE TABLE exchange_peer ("
                            " name TEXT PRIMARY KEY,"
                            " role TEXT NOT NULL CHECK (role IN ('headquarters', 'office')),"
                            " public_key TEXT NOT NULL UNIQUE,"
                            " regions TEXT NOT NULL DEFAULT '[]',"
                            " acked_through INTEGER NOT NULL DEFAULT 0,"
                            " received_through INTEGER NOT NULL DEFAULT 0)"),
             // Every state a protocol had when it travelled, as a graph: parents are the revisions it was
             // made from (two or more for a resolved conflict). A protocol's heads are its revisions that
             // are nobody's parent; more than one head with different content is a conflict. The protocol
             // row shows one head chosen by a rule that depends on the revisions alone, so every file holding
             // the same revisions shows the same protocol whatever order they arrived in.
             QStringLiteral("CREATE TABLE exchange_revision ("
                            " uid TEXT PRIMARY KEY,"
                            " contest_id TEXT NOT NULL,"
                            " territory_uid TEXT NOT NULL,"
                            " source TEXT NOT NULL,"
                            " copy TEXT NOT NULL,"
                            " figures TEXT NOT NULL,"
                            " details TEXT NOT NULL,"
                            " saved_at TEXT NOT NULL,"
                            " saved_by TEXT NOT NULL,"
                            " origin TEXT NOT NULL,"
                            " exchange_seq INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX exchange_revision_by_key"
                            " ON exchange_revision (contest_id, territory_uid, source, copy)"),
             QStringLiteral("CREATE INDEX exchange_revision_by_seq ON exchange_revision (exchange_seq)"),
             QStringLiteral("CREATE TABLE exchange_parent ("
                            " parent TEXT NOT NULL,"
                            " child TEXT NOT NULL REFERENCES exchange_revision(uid) ON DELETE CASCADE,"
                            " PRIMARY KEY (parent, child))"),
         }},
        {11,
         QStringLiteral("exchange: territory renames, moves and deletions travel"),
         {
             // A change to a node travels as its territory_history row, named by the node's uid, which the row
             // must hold itself: by the time the exchange looks, a deleted node's row is gone and its id may be
             // given to another. NULL for a node that never had a uid (its creation travels with its present
             // state). parent_uid is where a move put it, for the same reason; uid, origin and exchange_seq as
             // in step 10.
             QStringLiteral("ALTER TABLE territory_history ADD COLUMN territory_uid TEXT"),
             QStringLiteral("ALTER TABLE territory_history ADD COLUMN parent_uid TEXT"),
             QStringLiteral("ALTER TABLE territory_history ADD COLUMN uid TEXT"),
             QStringLiteral("ALTER TABLE territory_history ADD COLUMN origin TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE territory_history ADD COLUMN exchange_seq INTEGER"),
             QStringLiteral("CREATE UNIQUE INDEX territory_history_by_uid ON territory_history (uid)"),
             QStringLiteral("CREATE INDEX territory_history_by_territory_uid ON territory_history (territory_uid)"),
         }},
        {13,
         QStringLiteral("contest and ballot names in other languages"),
         {
             // Copied from the preset when the campaign is made, so that the file shows the same names on any
             // computer and whatever later presets say. One JSON object per language, mirroring the columns
             // it translates: {"kk": {"name": "...", "short": "..."}, "en": {...}}. A campaign made before
             // has none and shows its names as stored.
             QStringLiteral("ALTER TABLE contest ADD COLUMN translations TEXT NOT NULL DEFAULT '{}'"),
             QStringLiteral("ALTER TABLE ballot_entry ADD COLUMN translations TEXT NOT NULL DEFAULT '{}'"),
         }},
        {15,
         QStringLiteral("territory names in other languages"),
         {
             // A book of names rather than a column of territory: regions and districts arrive after the
             // campaign is made (an import, another office's package, typed by hand) under the names their
             // source prints, and find their translations here by that name. Copied from the presets when the
             // campaign is made, like the contests' translations; a node renamed leaves its old translation
             // behind, as it should. translations mirrors the territory's columns, as in contest:
             // {"kk": {"name": "..."}, "en": {...}}.
             QStringLiteral("CREATE TABLE territory_name ("
                            " level TEXT NOT NULL,"
                            " name TEXT NOT NULL,"
                            " translations TEXT NOT NULL DEFAULT '{}',"
                            " PRIMARY KEY (level, name))"),
         }},
    };
    return list;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

void Migrations::apply(QSqlDatabase &db, const SqlDialect &dialect, int fromVersion, int toVersion)
{
    if (toVersion < 0)
        toVersion = latestVersion();
    for (const Step &step : steps()) {
        if (step.version <= fromVersion || step.version > toVersion)
            continue;
        // The write lock first, then the version again: another program opening the same old file at the
        // same moment may have run this step while we waited.
        QSqlQuery query(db);
        for (const QString &statement : dialect.beginWriteStatements(false)) {
            if (!query.exec(statement)) {
                const QString why = query.lastError().text();
                db.rollback();
                throw SaylauError(tr("cannot start the schema upgrade: %1").arg(why));
            }
        }
        if (dialect.schemaVersion(db) >= step.version) {
            db.rollback();
            continue;
        }
        QStringList statements = step.statements;
        statements.append(dialect.setSchemaVersionStatement(step.version));
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(dialect.adapt(statement))) {
                const QString why = query.lastError().text();
                db.rollback();
                throw SaylauError(tr("schema step %1 (%2) failed: %3").arg(QString::number(step.version), step.description, why));
            }
        }
        if (step.complete) {
            try {
                step.complete(db);
            } catch (const SaylauError &error) {
                db.rollback();
                throw SaylauError(
                    tr("schema step %1 (%2) failed: %3").arg(step.version).arg(step.description, error.message()));
            }
        }
        if (!db.commit())
            throw SaylauError(tr("cannot commit schema step %1: %2").arg(QString::number(step.version), db.lastError().text()));
    }
}

} // namespace saylau
