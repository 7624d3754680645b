#include "PackageWriter.h"

#include "CampaignStore.h"
#include "ExchangeLedger.h"
#include "FileBuiltAside.h"
#include "PackageLayout.h"
#include "PackageSeal.h"
#include "SigningKey.h"
#include "SqliteStatement.h"

#include "../domain/SaylauError.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <memory>

namespace saylau {

namespace {

using Sql = SqliteStatement;

// The rows a package takes: after what the recipient confirmed (:since), made here when an office sends
// (:own), not the recipient's own work, which it has, and at a node the recipient holds (:scope, the uids of
// its regions' territory; '' for all), the node's uid being territoryUid.
// A row for which alsoWhen holds passes whatever the scope.
QByteArray selection(const char *territoryUid, const char *alsoWhen = "0")
{
    return QByteArray(" WHERE x.exchange_seq > :since AND (:own = '' OR x.origin = :own) AND x.origin != :recipient"
                      " AND (:scope = '' OR ")
        + alsoWhen + " OR " + territoryUid + " IN (SELECT value FROM json_each(:scope)))";
}

// Copies the rows of one query on the campaign into one insert on the package, column by column in order.
int copyRows(Sql &from, Sql &to, int columns)
{
    int rows = 0;
    while (from.step()) {
        for (int i = 0; i < columns; ++i)
            sqlite3_bind_value(to.handle(), i + 1, sqlite3_column_value(from.handle(), i));
        to.step();
        to.reset();
        ++rows;
    }
    return rows;
}

} // namespace

PackageWriter::PackageWriter(CampaignStore &store)
    : m_store(store)
{
}

QString PackageWriter::defaultRecipient() const
{
    const ExchangeLedger ledger(m_store);
    if (ledger.role() == ExchangeLedger::Role::Headquarters)
        throw SaylauError(tr("%1 is headquarters: name the office the package is for (--for NAME)").arg(m_store.path()));
    for (const ExchangeLedger::Peer &peer : ledger.peers()) {
        if (peer.role == ExchangeLedger::Role::Headquarters)
            return peer.name;
    }
    throw SaylauError(tr("%1 has joined no exchange: it is neither headquarters nor an office's kit").arg(m_store.path()));
}

PackageWriter::Contents PackageWriter::write(const QString &path, const QString &recipient, bool everything)
{
    ExchangeLedger ledger(m_store);
    const std::optional<ExchangeLedger::Peer> peer = ledger.peer(recipient);
    if (!peer)
        throw SaylauError(tr("%1 exchanges with no one named %2").arg(m_store.path(), recipient));
    {
        CampaignStore::Transaction transaction(m_store);
        ledger.capture();
        transaction.commit();
    }
    const SigningKey key = ledger.signingKey();
    const QByteArray own = ledger.role() == ExchangeLedger::Role::Office ? ledger.siteName().toUtf8() : QByteArray();
    const qint64 since = everything ? 0 : peer->ackedThrough;
    const QByteArray excluded = everything ? QByteArray() : recipient.toUtf8();
    // An office whose kit holds some regions gets theirs only (the nodes above them included).
    const QByteArray scope = ledger.scopeOf(peer->regions);

    FileBuiltAside aside(path);
    Contents contents;
    contents.recipient = recipient;
    {
        sqlite3 *raw = nullptr;
        if (sqlite3_open(QFile::encodeName(aside.temporaryPath()).constData(), &raw) != SQLITE_OK) {
            sqlite3_close(raw);
            throw SaylauError(tr("%1: cannot create the package").arg(path));
        }
        const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> package(raw, sqlite3_close);
        // Built aside: a crash leaves only the hidden temporary file, so the package needs no journal.
        Sql(raw, "PRAGMA journal_mode = OFF", tr("creating the package")).step();
        Sql(raw, "PRAGMA synchronous = OFF", tr("creating the package")).step();
        // Larger than a photo: its zeroed space is filled in the cache, not written to disk twice.
        Sql(raw, "PRAGMA cache_size = -65536", tr("creating the package")).step();
        PackageLayout::create(raw);
        Sql(raw, "BEGIN", tr("creating the package")).run();
        sqlite3 *db = ledger.handle();
        // One read transaction on the campaign: the package is one consistent moment of it.
        Sql(db, "BEGIN", tr("reading the campaign")).run();
        struct ReadEnd
        {
            sqlite3 *db;
            ~ReadEnd() { sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr); }
        } readEnd{db};

        Sql header(raw, "INSERT INTO package (key, value) VALUES (:key, :value)", tr("writing the package"));
        const QList<std::pair<const char *, QByteArray>> values = {
            {"format", PackageLayout::format},
            {"version", QByteArray::number(PackageLayout::version)},
            {"campaign", ledger.campaignUid().toUtf8()},
            {"campaign_name", m_store.election().name.toUtf8()},
            {"sender", ledger.siteName().toUtf8()},
            {"recipient", recipient.toUtf8()},
            {"created_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8()},
            {"through", QByteArray::number(ledger.lastSeq())},
            {"ack", QByteArray::number(peer->receivedThrough)},
            {"all", everything ? "1" : "0"},
        };
        for (const auto &[name, value] : values)
            header.bind(":key", QByteArrayView(name)).bind(":value", QByteArrayView(value)).run();

        const auto bindSelection = [&](Sql &query) {
            query.bind(":since", since).bind(":own", QByteArrayView(own)).bind(":recipient", QByteArrayView(excluded));
            query.bind(":scope", QByteArrayView(scope));
        };
        Sql revisions(db,
                      (QByteArray("SELECT x.uid, x.contest_id, x.territory_uid, x.source, x.copy,"
                                  " (SELECT json_group_array(parent) FROM (SELECT parent FROM exchange_parent"
                                  "   WHERE child = x.uid ORDER BY parent)),"
                                  " x.figures, x.details, x.saved_at, x.saved_by, x.origin FROM exchange_revision x")
                       + selection("x.territory_uid") + " ORDER BY x.exchange_seq"),
                      tr("reading protocol revisions"));
        bindSelection(revisions);
        Sql revisionInsert(raw, "INSERT INTO revision VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                           tr("writing the package"));
        contents.protocols = copyRows(revisions, revisionInsert, 11);

        Sql history(db,
                    (QByteArray("SELECT x.uid, p.contest_id, t.uid, p.source, p.copy, x.revision, x.saved_at,"
                                " x.saved_by, x.action, x.changes, x.figures, x.origin FROM protocol_history x"
                                " JOIN protocol p ON p.id = x.protocol_id JOIN territory t ON t.id = p.territory_id")
                     + selection("t.uid") + " ORDER BY x.exchange_seq"),
                    tr("reading protocol history"));
        bindSelection(history);
        Sql historyInsert(raw, "INSERT INTO history VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                          tr("writing the package"));
        contents.history = copyRows(history, historyInsert, 12);

        Sql photos(db,
                   (QByteArray("SELECT x.uid, a.contest_id, t.uid, a.source, a.copy, a.file_name, a.mime_type,"
                               " a.added_by, a.added_at, x.origin, length(a.data), a.id FROM exchange_photo x"
                               " JOIN protocol_attachment a ON a.id = x.attachment_id"
                               " JOIN territory t ON t.id = a.territory_id")
                    + selection("t.uid") + " ORDER BY x.exchange_seq"),
                   tr("reading photos"));
        bindSelection(photos);
        Sql photoInsert(raw,
                        "INSERT INTO photo VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, zeroblob(?11))",
                        tr("writing the package"));
        while (photos.step()) {
            for (int i = 0; i < 11; ++i)
                sqlite3_bind_value(photoInsert.handle(), i + 1, sqlite3_column_value(photos.handle(), i));
            photoInsert.step();
            photoInsert.reset();
            PackageLayout::copyBlob(db, "protocol_attachment", photos.integer(11), raw, "photo",
                                    sqlite3_last_insert_rowid(raw));
            ++contents.photos;
            contents.photoBytes += photos.integer(10);
        }
        Sql changes(db,
                    (QByteArray("SELECT x.uid, x.territory_uid, x.action, x.parent_uid, json_extract(x.after, '$.code'),"
                                " json_extract(x.after, '$.name'), json_extract(x.after, '$.address'), x.changed_at,"
                                " x.changed_by, x.origin FROM territory_history x")
                     // A deletion travels to every office: the node is gone here, so its region is unknown,
                     // and where the node is not, it deletes nothing.
                     + selection("x.territory_uid", "x.action = 'delete'")
                     + " AND x.territory_uid IS NOT NULL AND x.action IN ('rename', 'move', 'delete')"
                       " ORDER BY x.exchange_seq"),
                    tr("reading territory changes"));
        bindSelection(changes);
        Sql changeInsert(raw, "INSERT INTO territory_change VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                         tr("writing the package"));
        contents.territoryChanges = copyRows(changes, changeInsert, 10);

        // The nodes: new ones, and every node the rows above name with its ancestors, so that a receiver
        // which deleted a node meanwhile can place what arrives there (see ExchangeLedger::applyTerritoryChanges).
        QJsonArray named;
        {
            Sql referenced(raw,
                           "SELECT territory_uid FROM revision UNION SELECT territory_uid FROM history"
                           " UNION SELECT territory_uid FROM photo UNION SELECT territory_uid FROM territory_change"
                           " UNION SELECT parent_uid FROM territory_change WHERE parent_uid IS NOT NULL",
                           tr("writing the package"));
            while (referenced.step())
                named.append(referenced.string(0));
        }
        Sql territory(db,
                      (QByteArray("WITH RECURSIVE wanted (id) AS (SELECT x.id FROM territory x") + selection("x.uid")
                       + " OR (x.uid IN (SELECT value FROM json_each(:named))"
                         "  AND (:scope = '' OR x.uid IN (SELECT value FROM json_each(:scope))))"
                         " UNION SELECT t.parent_id FROM territory t JOIN wanted w ON t.id = w.id"
                         "  WHERE t.parent_id IS NOT NULL)"
                         " SELECT x.uid, p.uid, x.level, x.code, x.name, x.address, x.kind, x.origin, x.id"
                         " FROM territory x LEFT JOIN territory p ON p.id = x.parent_id"
                         " WHERE x.id IN (SELECT id FROM wanted) ORDER BY x.id"),
                      tr("reading territory"));
        bindSelection(territory);
        territory.bind(":named", QByteArrayView(QJsonDocument(named).toJson(QJsonDocument::Compact)));
        Sql territoryInsert(raw, "INSERT INTO territory VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                            tr("writing the package"));
        copyRows(territory, territoryInsert, 9);
        Sql fresh(db, (QByteArray("SELECT count(*) FROM territory x") + selection("x.uid")), tr("reading territory"));
        bindSelection(fresh);
        contents.territory = fresh.step() ? int(fresh.integer(0)) : 0;

        Sql(raw, "COMMIT", tr("writing the package")).run();
    }
    PackageSeal::seal(aside.temporaryPath(), key);
    aside.place(FileBuiltAside::Placement::Replace);
    return contents;
}

} // namespace saylau
