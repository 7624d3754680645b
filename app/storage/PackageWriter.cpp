#include "PackageWriter.h"

#include "AttachmentStream.h"
#include "CampaignQuery.h"
#include "CampaignStore.h"
#include "ExchangeLedger.h"
#include "FileBuiltAside.h"
#include "PackageLayout.h"
#include "PackageSeal.h"
#include "SigningKey.h"
#include "SqliteBlob.h"
#include "SqliteStatement.h"

#include "../domain/SaylauError.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>

namespace saylau {

namespace {

// The package is an SQLite file whatever the campaign's engine; the campaign is read through its own connection.
using PackageSql = SqliteStatement;
using Sql = CampaignQuery;

// The rows a package takes: after what the recipient confirmed (:since), made here when an office sends
// (:own), not the recipient's own work, which it has. Whether the row's node lies in what the recipient holds
// (its regions) is asked of each row after it is read (Scope).
QByteArray selection()
{
    return " WHERE x.exchange_seq > :since AND (:own = '' OR x.origin = :own) AND x.origin <> :recipient";
}

// The territory a recipient holds: all, or the uids of its regions' nodes (ExchangeLedger::scopeOf).
struct Scope
{
    bool all = true;
    QSet<QByteArray> uids;
    bool holds(const QByteArray &territoryUid) const { return all || uids.contains(territoryUid); }
};

// Copies the rows of one query on the campaign into one insert on the package, column by column in order,
// those at a node the recipient holds (the node's uid in column scopeColumn).
int copyRows(Sql &from, PackageSql &to, int columns, const Scope &scope, int scopeColumn)
{
    int rows = 0;
    while (from.step()) {
        if (!scope.holds(from.text(scopeColumn)))
            continue;
        for (int i = 0; i < columns; ++i)
            to.bind(i + 1, from.value(i));
        to.step();
        to.reset();
        ++rows;
    }
    return rows;
}

// A read transaction on the campaign for the length of the package's reading: one consistent moment of it.
class Snapshot
{
public:
    explicit Snapshot(const CampaignStore &store)
        : m_query(store.database())
    {
        if (!m_query.exec(store.dialect().beginSnapshotStatement()))
            throw SaylauError(PackageWriter::tr("reading the campaign failed: %1").arg(m_query.lastError().text()));
    }
    ~Snapshot() { m_query.exec(QStringLiteral("COMMIT")); }
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;

private:
    QSqlQuery m_query;
};

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
    Scope scope;
    if (!peer->regions.isEmpty())
        scope = {false, ledger.scopeOf(peer->regions)};

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
        PackageSql(raw, "PRAGMA journal_mode = OFF", tr("creating the package")).step();
        PackageSql(raw, "PRAGMA synchronous = OFF", tr("creating the package")).step();
        // Larger than a photo: its zeroed space is filled in the cache, not written to disk twice.
        PackageSql(raw, "PRAGMA cache_size = -65536", tr("creating the package")).step();
        PackageLayout::create(raw);
        PackageSql(raw, "BEGIN", tr("creating the package")).run();
        const std::unique_ptr<AttachmentStream> photoStream = AttachmentStream::open(m_store);
        const Snapshot snapshot(m_store);

        PackageSql header(raw, "INSERT INTO package (key, value) VALUES (:key, :value)", tr("writing the package"));
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
        };
        // A revision's row once per parent (rows of one revision side by side: each has its own position),
        // gathered into the package's JSON array of parents, in uid order.
        Sql revisions(m_store,
                      QByteArray("SELECT x.uid, x.contest_id, x.territory_uid, x.source, x.copy, x.figures, x.details,"
                                 " x.saved_at, x.saved_by, x.origin, p.parent FROM exchange_revision x"
                                 " LEFT JOIN exchange_parent p ON p.child = x.uid")
                          + selection() + " ORDER BY x.exchange_seq",
                      tr("reading protocol revisions"));
        bindSelection(revisions);
        PackageSql revisionInsert(raw, "INSERT INTO revision VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                                  tr("writing the package"));
        {
            QList<QVariant> pending;
            QStringList parents;
            const auto flush = [&] {
                if (pending.isEmpty())
                    return;
                for (int i = 0; i < 5; ++i)
                    revisionInsert.bind(i + 1, pending.at(i));
                parents.sort();
                revisionInsert.bind(6, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(parents))
                                                             .toJson(QJsonDocument::Compact)));
                for (int i = 5; i < 10; ++i)
                    revisionInsert.bind(i + 2, pending.at(i));
                revisionInsert.step();
                revisionInsert.reset();
                ++contents.protocols;
                pending.clear();
                parents.clear();
            };
            while (revisions.step()) {
                if (!scope.holds(revisions.text(2)))
                    continue;
                if (pending.isEmpty() || pending.constFirst().toString() != revisions.string(0)) {
                    flush();
                    for (int i = 0; i < 10; ++i)
                        pending.append(revisions.value(i));
                }
                if (!revisions.isNull(10))
                    parents.append(revisions.string(10));
            }
            flush();
        }

        Sql history(m_store,
                    QByteArray("SELECT x.uid, p.contest_id, t.uid, p.source, p.copy, x.revision, x.saved_at,"
                               " x.saved_by, x.action, x.changes, x.figures, x.origin FROM protocol_history x"
                               " JOIN protocol p ON p.id = x.protocol_id JOIN territory t ON t.id = p.territory_id")
                        + selection() + " ORDER BY x.exchange_seq",
                    tr("reading protocol history"));
        bindSelection(history);
        PackageSql historyInsert(raw, "INSERT INTO history VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                                 tr("writing the package"));
        contents.history = copyRows(history, historyInsert, 12, scope, 2);

        Sql photos(m_store,
                   QByteArray("SELECT x.uid, a.contest_id, t.uid, a.source, a.copy, a.file_name, a.mime_type,"
                              " a.added_by, a.added_at, x.origin, length(a.data), a.id FROM exchange_photo x"
                              " JOIN protocol_attachment a ON a.id = x.attachment_id"
                              " JOIN territory t ON t.id = a.territory_id")
                       + selection() + " ORDER BY x.exchange_seq",
                   tr("reading photos"));
        bindSelection(photos);
        PackageSql photoInsert(raw, "INSERT INTO photo VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, zeroblob(?11))",
                               tr("writing the package"));
        while (photos.step()) {
            if (!scope.holds(photos.text(2)))
                continue;
            for (int i = 0; i < 11; ++i)
                photoInsert.bind(i + 1, photos.value(i));
            photoInsert.step();
            photoInsert.reset();
            const qint64 attachment = photos.integer(11);
            SqliteBlob::write(raw, "photo", sqlite3_last_insert_rowid(raw), [&](const SqliteBlob::Sink &sink) {
                photoStream->read(attachment, sink);
            });
            ++contents.photos;
            contents.photoBytes += photos.integer(10);
        }

        Sql changes(m_store,
                    QByteArray("SELECT x.uid, x.territory_uid, x.action, x.parent_uid, x.after, x.changed_at,"
                               " x.changed_by, x.origin FROM territory_history x")
                        + selection()
                        + " AND x.territory_uid IS NOT NULL AND x.action IN ('rename', 'move', 'delete')"
                          " ORDER BY x.exchange_seq",
                    tr("reading territory changes"));
        bindSelection(changes);
        PackageSql changeInsert(raw, "INSERT INTO territory_change VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                                tr("writing the package"));
        while (changes.step()) {
            // A deletion travels to every office: the node is gone here, so its region is unknown, and where
            // the node is not, it deletes nothing.
            if (changes.text(2) != "delete" && !scope.holds(changes.text(1)))
                continue;
            const QJsonObject after = QJsonDocument::fromJson(changes.text(4)).object();
            for (int i = 0; i < 4; ++i)
                changeInsert.bind(i + 1, changes.value(i));
            int index = 5;
            for (const char *field : {"code", "name", "address"}) {
                const QJsonValue value = after.value(QLatin1String(field));
                changeInsert.bind(index++, value.isString() ? QVariant(value.toString()) : QVariant());
            }
            for (int i = 5; i < 8; ++i)
                changeInsert.bind(index++, changes.value(i));
            changeInsert.step();
            changeInsert.reset();
            ++contents.territoryChanges;
        }

        // The nodes: new ones, and every node the rows above name, with their ancestors (whatever the scope), so
        // that a receiver which deleted a node meanwhile can place what arrives there (see
        // ExchangeLedger::applyTerritoryChanges); parents before their children where the campaign's ids are.
        QSet<QByteArray> wanted;
        {
            PackageSql referenced(raw,
                                  "SELECT territory_uid FROM revision UNION SELECT territory_uid FROM history"
                                  " UNION SELECT territory_uid FROM photo UNION SELECT territory_uid FROM territory_change"
                                  " UNION SELECT parent_uid FROM territory_change WHERE parent_uid IS NOT NULL",
                                  tr("writing the package"));
            while (referenced.step()) {
                if (scope.holds(referenced.text(0)))
                    wanted.insert(referenced.text(0));
            }
            Sql fresh(m_store, QByteArray("SELECT x.uid FROM territory x") + selection(), tr("reading territory"));
            bindSelection(fresh);
            while (fresh.step()) {
                if (scope.holds(fresh.text(0))) {
                    wanted.insert(fresh.text(0));
                    ++contents.territory;
                }
            }
        }
        QJsonArray wantedUids;
        for (const QByteArray &uid : std::as_const(wanted))
            wantedUids.append(QString::fromLatin1(uid));
        Sql territory(m_store,
                      QStringLiteral("WITH RECURSIVE wanted (id) AS (SELECT x.id FROM territory x WHERE x.uid IN (%1)"
                                     " UNION SELECT t.parent_id FROM territory t JOIN wanted w ON t.id = w.id"
                                     "  WHERE t.parent_id IS NOT NULL)"
                                     " SELECT x.uid, p.uid, x.level, x.code, x.name, x.address, x.kind, x.origin, x.id"
                                     " FROM territory x LEFT JOIN territory p ON p.id = x.parent_id"
                                     " WHERE x.id IN (SELECT id FROM wanted) ORDER BY x.id")
                          .arg(m_store.dialect().jsonArrayTexts(QStringLiteral(":wanted"))),
                      tr("reading territory"));
        territory.bind(":wanted", QByteArrayView(QJsonDocument(wantedUids).toJson(QJsonDocument::Compact)));
        PackageSql territoryInsert(raw, "INSERT INTO territory VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                                   tr("writing the package"));
        copyRows(territory, territoryInsert, 9, Scope{}, 0);

        PackageSql(raw, "COMMIT", tr("writing the package")).run();
    }
    PackageSeal::seal(aside.temporaryPath(), key);
    aside.place(FileBuiltAside::Placement::Replace);
    return contents;
}

} // namespace saylau
