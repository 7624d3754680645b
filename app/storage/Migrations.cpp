#include "Migrations.h"

#include "HistoryChain.h"
#include "SqlDialect.h"
#include "SqliteHandle.h"

#include "../domain/SaylauError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace saylau {

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
         [](const QSqlDatabase &db) { HistoryChain::hashExisting(SqliteHandle::of(db)); }},
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
                            " inclusion_probability REAL NOT NULL,"
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
        if (!query.exec(dialect.beginWriteStatement(false)))
            throw SaylauError(tr("cannot start the schema upgrade: %1").arg(query.lastError().text()));
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
