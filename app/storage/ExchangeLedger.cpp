#include "ExchangeLedger.h"

#include "CampaignStore.h"
#include "Sha256.h"
#include "CampaignQuery.h"
#include "RevisionDetails.h"
#include "SigningKey.h"

#include "../domain/SaylauError.h"
#include "../domain/SourceKind.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace saylau {

namespace {

using Sql = CampaignQuery;

constexpr const char *campaignKey = "exchange_campaign";
constexpr const char *siteKey = "exchange_site";
constexpr const char *roleKey = "exchange_role";
constexpr const char *secretKey = "exchange_secret_key";
constexpr const char *regionsKey = "exchange_regions";
constexpr const char *seqKey = "exchange_seq";

// The heads of every protocol, ranked within each: rank 1 is the one the protocol row shows.
constexpr const char *rankedHeads =
    "SELECT r.*, row_number() OVER (PARTITION BY r.contest_id, r.territory_uid, r.source, r.copy"
    "                               ORDER BY r.saved_at DESC, r.uid DESC) AS rank"
    " FROM exchange_revision r WHERE NOT EXISTS (SELECT 1 FROM exchange_parent p WHERE p.parent = r.uid)";


// One exchange_revision row: the statement's head, the row's placeholders ("%1" stands for the row's number in a
// capture's many-row statement, nothing in a merge's one-row statement) and their binding, written once for both.
constexpr const char *insertRevisionHead =
    "INSERT INTO exchange_revision (uid, contest_id, territory_uid, source, copy, figures, details,"
    " saved_at, saved_by, origin, exchange_seq) VALUES ";
constexpr const char *revisionRow = "(:uid%1, :contest%1, :territory%1, :source%1, :copy%1, :figures%1, :details%1,"
                                    " :saved_at%1, :saved_by%1, :origin%1, :seq%1)";

void bindRevision(Sql &statement, const ExchangeLedger::Revision &revision, qint64 seq, const QByteArray &n)
{
    const auto name = [&n](const char *field) { return QByteArray(QByteArray(field) + n); };
    statement.bind(name(":uid").constData(), QByteArrayView(revision.uid))
        .bind(name(":contest").constData(), revision.contestId)
        .bind(name(":territory").constData(), QByteArrayView(revision.territoryUid))
        .bind(name(":source").constData(), revision.source)
        .bind(name(":copy").constData(), revision.copy)
        .bind(name(":figures").constData(), QByteArrayView(revision.figures))
        .bind(name(":details").constData(), QByteArrayView(revision.details))
        .bind(name(":saved_at").constData(), QByteArrayView(revision.savedAt))
        .bind(name(":saved_by").constData(), QByteArrayView(revision.savedBy))
        .bind(name(":origin").constData(), QByteArrayView(revision.origin))
        .bind(name(":seq").constData(), seq);
}

QByteArray newUid()
{
    return QUuid::createUuid().toByteArray(QUuid::Id128);
}

// A row's new name in the exchange, given by capture.
struct NewName
{
    qint64 id;
    QByteArray uid;
    qint64 seq;
};

// Runs HEAD + ROW repeated + TAIL once per chunk of ITEMS, bindRow(statement, item, n) binding the item's values to
// ROW's placeholders, whose "%1" stands for the row's number n in the chunk. On a server each statement is a round
// trip, and a first capture records a revision for every one of a national campaign's 95,000 protocols: a chunk
// of rows per statement rather than one.
template <typename Item, typename BindRow>
void runInChunks(const CampaignStore &store, const QList<Item> &items, const QByteArray &head, const QByteArray &row,
                 const QByteArray &tail, const QString &purpose, BindRow bindRow)
{
    constexpr qsizetype chunk = 200;
    auto statementFor = [&](qsizetype rows) {
        QByteArray sql = head;
        for (qsizetype i = 0; i < rows; ++i)
            sql += QByteArray(i ? ", " : "") + QByteArray(row).replace("%1", QByteArray::number(i));
        return std::make_unique<Sql>(store, sql + tail, purpose);
    };
    std::unique_ptr<Sql> full;
    for (qsizetype start = 0; start < items.size(); start += chunk) {
        const qsizetype rows = std::min(chunk, items.size() - start);
        std::unique_ptr<Sql> part;
        if (rows == chunk && !full)
            full = statementFor(chunk);
        Sql &statement = rows == chunk ? *full : *(part = statementFor(rows));
        for (qsizetype i = 0; i < rows; ++i)
            bindRow(statement, items.at(start + i), QByteArray::number(i));
        statement.run();
    }
}

// Writes names into TABLE (uid, origin, exchange_seq), all in one statement: on a server each statement is a
// round trip, and a first capture names every one of a national campaign's 98,000 nodes. The uids are hex.
void writeNames(const CampaignStore &store, const char *table, const QByteArray &site, const QList<NewName> &names,
                const QString &purpose)
{
    if (names.isEmpty())
        return;
    QByteArray rows = "[";
    for (const NewName &name : names)
        rows += (rows.size() > 1 ? ",[" : "[") + QByteArray::number(name.id) + ",\"" + name.uid + "\","
                + QByteArray::number(name.seq) + ']';
    rows += ']';
    const QString sql = QStringLiteral("UPDATE %1 SET uid = n.uid, origin = :origin, exchange_seq = n.seq FROM (%2) AS n"
                                       " WHERE %1.id = n.id")
                            .arg(QLatin1String(table), store.dialect().jsonNameRows(QStringLiteral(":names")));
    Sql(store, sql, purpose).bind(":origin", QByteArrayView(site)).bind(":names", QByteArrayView(rows)).run();
}

QStringList regionList(const QByteArray &json)
{
    QStringList regions;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const auto &value : array)
        regions.append(value.toString());
    return regions;
}

QByteArray regionJson(const QStringList &regions)
{
    return QJsonDocument(QJsonArray::fromStringList(regions)).toJson(QJsonDocument::Compact);
}

ExchangeLedger::Role roleFromName(const QByteArray &name)
{
    return name == "headquarters" ? ExchangeLedger::Role::Headquarters : ExchangeLedger::Role::Office;
}

ExchangeLedger::Peer peerFrom(const Sql &query)
{
    ExchangeLedger::Peer peer;
    peer.name = query.string(0);
    peer.role = roleFromName(query.text(1));
    peer.publicKey = QByteArray::fromHex(query.text(2));
    peer.regions = regionList(query.text(3));
    peer.ackedThrough = query.integer(4);
    peer.receivedThrough = query.integer(5);
    return peer;
}

constexpr const char *peerColumns =
    "SELECT name, role, public_key, regions, acked_through, received_through FROM exchange_peer";

ExchangeLedger::Revision revisionFrom(const Sql &query, int first)
{
    return {query.text(first),     query.string(first + 1), query.text(first + 2), query.string(first + 3),
            query.string(first + 4), query.text(first + 5),  query.text(first + 6), query.text(first + 7),
            query.text(first + 8), query.text(first + 9)};
}

constexpr const char *revisionColumns =
    "uid, contest_id, territory_uid, source, copy, figures, details, saved_at, saved_by, origin";

} // namespace

ExchangeLedger::ExchangeLedger(CampaignStore &store)
    : m_store(store)
{
}

ExchangeLedger::~ExchangeLedger() = default;

QString ExchangeLedger::roleName(Role role)
{
    return role == Role::Headquarters ? QStringLiteral("headquarters") : QStringLiteral("office");
}

QByteArray ExchangeLedger::meta(const char *key) const
{
    Sql query(m_store, "SELECT value FROM meta WHERE key = :key", tr("reading the campaign's exchange settings"));
    query.bind(":key", QByteArrayView(key));
    return query.step() ? query.text(0) : QByteArray();
}

void ExchangeLedger::setMeta(const char *key, QByteArrayView value)
{
    Sql query(m_store,
              "INSERT INTO meta (key, value) VALUES (:key, :value)"
              " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
              tr("writing the campaign's exchange settings"));
    query.bind(":key", QByteArrayView(key)).bind(":value", value).run();
}

QString ExchangeLedger::campaignUid() const
{
    return QString::fromUtf8(meta(campaignKey));
}

QString ExchangeLedger::siteName() const
{
    return QString::fromUtf8(meta(siteKey));
}

ExchangeLedger::Role ExchangeLedger::role() const
{
    return roleFromName(meta(roleKey));
}

QStringList ExchangeLedger::regions() const
{
    return regionList(meta(regionsKey));
}

SigningKey ExchangeLedger::signingKey() const
{
    const QByteArray secret = meta(secretKey);
    if (secret.isEmpty())
        throw SaylauError(tr("%1 has joined no exchange: make it headquarters with `saylau kit`, or use an "
                             "office kit")
                              .arg(m_store.path()));
    return SigningKey::fromSecretHex(secret);
}

void ExchangeLedger::becomeHeadquarters(const QString &name)
{
    if (!siteName().isEmpty()) {
        if (role() != Role::Headquarters)
            throw SaylauError(tr("%1 is the kit of office %2, not headquarters").arg(m_store.path(), siteName()));
        return;
    }
    setMeta(campaignKey, newUid());
    setMeta(siteKey, name.toUtf8());
    setMeta(roleKey, roleName(Role::Headquarters).toUtf8());
    setMeta(secretKey, SigningKey::generate().secretHex());
}

void ExchangeLedger::becomeOffice(const QString &name, const SigningKey &key, const QStringList &regionCodes,
                                  const Peer &headquarters)
{
    // The copy was made from headquarters' file: its list of offices goes (OfficeKit has the file overwrite
    // what it deletes, so that it is not left in free pages).
    Sql(m_store, "DELETE FROM exchange_peer", tr("clearing the office's peers")).run();
    setMeta(siteKey, name.toUtf8());
    setMeta(roleKey, roleName(Role::Office).toUtf8());
    setMeta(secretKey, key.secretHex());
    setMeta(regionsKey, regionJson(regionCodes));
    addPeer(headquarters);
}

QList<ExchangeLedger::Peer> ExchangeLedger::peers() const
{
    Sql query(m_store, (QByteArray(peerColumns) + " ORDER BY name"), tr("reading the exchange's peers"));
    QList<Peer> list;
    while (query.step())
        list.append(peerFrom(query));
    return list;
}

std::optional<ExchangeLedger::Peer> ExchangeLedger::peer(const QString &name) const
{
    Sql query(m_store, (QByteArray(peerColumns) + " WHERE name = :name"), tr("reading the exchange's peers"));
    query.bind(":name", name);
    if (!query.step())
        return std::nullopt;
    return peerFrom(query);
}

std::optional<ExchangeLedger::Peer> ExchangeLedger::peerWithKey(const QByteArray &publicKey) const
{
    Sql query(m_store, (QByteArray(peerColumns) + " WHERE public_key = :key"),
              tr("reading the exchange's peers"));
    query.bind(":key", QByteArrayView(publicKey.toHex()));
    if (!query.step())
        return std::nullopt;
    return peerFrom(query);
}

void ExchangeLedger::addPeer(const Peer &newPeer)
{
    if (peer(newPeer.name))
        throw SaylauError(tr("%1 already knows a peer named %2").arg(m_store.path(), newPeer.name));
    Sql query(m_store,
              "INSERT INTO exchange_peer (name, role, public_key, regions, acked_through, received_through)"
              " VALUES (:name, :role, :key, :regions, :acked, :received)",
              tr("recording the peer %1").arg(newPeer.name));
    query.bind(":name", newPeer.name)
        .bind(":role", roleName(newPeer.role))
        .bind(":key", QByteArrayView(newPeer.publicKey.toHex()))
        .bind(":regions", QByteArrayView(regionJson(newPeer.regions)))
        .bind(":acked", newPeer.ackedThrough)
        .bind(":received", newPeer.receivedThrough)
        .run();
}

void ExchangeLedger::recordReceipt(const QString &peerName, qint64 ackedThrough, qint64 receivedThrough)
{
    const SqlDialect &dialect = m_store.dialect();
    Sql query(m_store,
              QStringLiteral("UPDATE exchange_peer SET acked_through = %1, received_through = %2 WHERE name = :name")
                  .arg(dialect.greaterOf(QStringLiteral("acked_through"), QStringLiteral(":acked")),
                       dialect.greaterOf(QStringLiteral("received_through"), QStringLiteral(":received"))),
              tr("recording what %1 received").arg(peerName));
    query.bind(":acked", ackedThrough).bind(":received", receivedThrough).bind(":name", peerName).run();
}

qint64 ExchangeLedger::lastSeq() const
{
    return meta(seqKey).toLongLong();
}

qint64 ExchangeLedger::nextSeq()
{
    const qint64 next = lastSeq() + 1;
    setMeta(seqKey, QByteArray::number(next));
    return next;
}

// The positions of a batch of outgoing rows, counted in memory and written back to meta once at the end: one
// statement for the batch rather than two per row (a round trip each on a server).
class ExchangeLedger::Seq
{
public:
    // The position a row took that was not written after all.
    void giveBack() { --m_last; }
    explicit Seq(ExchangeLedger &ledger)
        : m_ledger(ledger)
        , m_last(ledger.lastSeq())
        , m_first(m_last)
    {
    }
    qint64 next() { return ++m_last; }
    void store()
    {
        if (m_last != m_first)
            m_ledger.setMeta(seqKey, QByteArray::number(m_last));
    }

private:
    ExchangeLedger &m_ledger;
    qint64 m_last;
    qint64 m_first;
};

void ExchangeLedger::capture()
{
    const QByteArray site = siteName().toUtf8();
    if (site.isEmpty())
        throw SaylauError(tr("%1 has joined no exchange").arg(m_store.path()));
    requireExchangeRights();
    Seq seq(*this);
    captureTerritory(site, seq);
    captureTerritoryChanges(site, seq);
    captureRows("protocol_history", site, seq);
    capturePhotos(site, seq);
    captureProtocols(site, seq);
    seq.store();
}

void ExchangeLedger::requireExchangeRights() const
{
    // The server refuses every write of the exchange to a role without the right (ServerRoles grants the
    // exchange's tables to coordinators only); asked first, so that the person is told what the refusal means
    // rather than which table the first refused statement named.
    const QString query = m_store.dialect().mayInsertQuery(QStringLiteral("exchange_revision"));
    if (query.isEmpty())
        return;
    Sql may(m_store, query, tr("checking the right to exchange packages"));
    if (may.step() && may.value(0).toBool())
        return;
    throw SaylauError(tr("%1: merging, packing and resolving conflicts are a coordinator's work, and the server "
                         "refuses them to your role (ask for the saylau_coordinator role); nothing was changed")
                          .arg(m_store.path()));
}

void ExchangeLedger::captureTerritory(const QByteArray &site, Seq &seq)
{
    // A numbered node's uid is derived from its parent's and its number (a named one's from its name): two
    // offices that add the same precinct under the same district give it the same uid, so it arrives at
    // headquarters as one precinct, not two. Parents are named before their children, a pass per level.
    Sql pending(m_store,
                "SELECT c.id, coalesce(p.uid, ''), c.level, c.code, c.name FROM territory c"
                " LEFT JOIN territory p ON p.id = c.parent_id"
                " WHERE c.uid IS NULL AND (c.parent_id IS NULL OR p.uid IS NOT NULL) ORDER BY c.id",
                tr("naming new territory"));
    // A uid a deletion reached is taken too: a precinct added again after its namesake was deleted is another
    // node, which the deletion travelling elsewhere must not take along. Read once, kept up to date in memory.
    QSet<QByteArray> taken;
    {
        Sql uids(m_store,
                 "SELECT uid FROM territory WHERE uid IS NOT NULL UNION ALL"
                 " SELECT territory_uid FROM territory_history WHERE territory_uid IS NOT NULL AND action = 'delete'",
                 tr("naming new territory"));
        while (uids.step())
            taken.insert(uids.text(0));
    }
    for (;;) {
        struct Node
        {
            qint64 id;
            QByteArray text;
        };
        QList<Node> nodes;
        while (pending.step()) {
            const QByteArray code = pending.text(3);
            nodes.append({pending.integer(0), pending.text(1) + '\n' + pending.text(2) + '\n'
                                                  + (code.isEmpty() ? "name:" + pending.text(4) : "code:" + code)});
        }
        if (nodes.isEmpty())
            return;
        QList<NewName> names;
        names.reserve(nodes.size());
        for (const Node &node : std::as_const(nodes)) {
            Sha256 hash;
            hash.addData("saylau-territory-1\n");
            hash.addData(node.text);
            QByteArray uid = hash.hexResult().left(32);
            if (taken.contains(uid))
                uid = newUid();
            taken.insert(uid);
            names.append({node.id, uid, seq.next()});
        }
        writeNames(m_store, "territory", site, names, tr("naming new territory"));
    }
}

void ExchangeLedger::captureRows(const char *table, const QByteArray &site, Seq &seq)
{
    // The table name comes from capture() only, never from input.
    const QByteArray select = QByteArray("SELECT id FROM ") + table + " WHERE uid IS NULL ORDER BY id";
    Sql pending(m_store, select, tr("naming new rows"));
    QList<NewName> names;
    while (pending.step())
        names.append({pending.integer(0), newUid(), seq.next()});
    writeNames(m_store, table, site, names, tr("naming new rows"));
}

void ExchangeLedger::captureTerritoryChanges(const QByteArray &site, Seq &seq)
{
    // A move into a node that had no uid when it was made: the node has one now (captureTerritory ran first).
    Sql unnamed(m_store,
                "SELECT id, after FROM territory_history WHERE uid IS NULL AND action = 'move' AND parent_uid IS NULL",
                tr("naming territory changes"));
    QList<std::pair<qint64, qint64>> moves;
    while (unnamed.step())
        moves.append({unnamed.integer(0),
                      QJsonDocument::fromJson(unnamed.text(1)).object().value(QLatin1String("parent")).toInteger()});
    Sql name(m_store, "UPDATE territory_history SET parent_uid = (SELECT t.uid FROM territory t WHERE t.id = :parent)"
                      " WHERE id = :id",
             tr("naming territory changes"));
    for (const auto &[id, parent] : std::as_const(moves))
        name.bind(":parent", parent).bind(":id", id).run();
    captureRows("territory_history", site, seq);
}

QList<qint64> ExchangeLedger::applyTerritoryChanges()
{
    const QString same = m_store.dialect().nullSafeEquals();
    QList<qint64> changed;
    // The latest rename and the latest move of every node that has one.
    constexpr const char *latest =
        "SELECT t.id, h.after, h.parent_uid FROM territory t JOIN ("
        " SELECT territory_uid, after, parent_uid, row_number() OVER (PARTITION BY territory_uid"
        "  ORDER BY changed_at DESC, uid DESC) AS rank FROM territory_history WHERE action = :action"
        "  AND territory_uid IS NOT NULL AND uid IS NOT NULL) h ON h.territory_uid = t.uid AND h.rank = 1";
    Sql renames(m_store, latest, tr("applying territory changes"));
    renames.bind(":action", QByteArrayView("rename"));
    Sql rename(m_store,
               // A field the change does not name stays as it is.
               "UPDATE territory SET code = coalesce(:code, code), name = coalesce(:name, name),"
               " address = coalesce(:address, address) WHERE id = :id AND NOT (code = coalesce(:code, code)"
               " AND name = coalesce(:name, name) AND address = coalesce(:address, address))",
               tr("applying territory changes"));
    QList<std::pair<qint64, QByteArray>> newNames;
    while (renames.step())
        newNames.append({renames.integer(0), renames.text(1)});
    for (const auto &[id, after] : std::as_const(newNames)) {
        const QJsonObject node = QJsonDocument::fromJson(after).object();
        for (const char *field : {"code", "name", "address"}) {
            const QJsonValue value = node.value(QLatin1String(field));
            if (value.isString())
                rename.bind(QByteArray(":").append(field).constData(), value.toString());
            else
                rename.bindNull(QByteArray(":").append(field).constData());
        }
        if (rename.bind(":id", id).run() > 0)
            changed.append(id);
    }

    Sql moves(m_store, latest, tr("applying territory changes"));
    moves.bind(":action", QByteArrayView("move"));
    Sql move(m_store,
             QStringLiteral("UPDATE territory SET parent_id = (SELECT p.id FROM territory p WHERE p.uid = :parent)"
                            " WHERE id = :id AND EXISTS (SELECT 1 FROM territory p WHERE p.uid = :parent)"
                            " AND NOT (parent_id %1 (SELECT p.id FROM territory p WHERE p.uid = :parent))")
                 .arg(same),
             tr("applying territory changes"));
    QList<std::pair<qint64, QByteArray>> newParents;
    while (moves.step())
        newParents.append({moves.integer(0), moves.text(2)});
    for (const auto &[id, parent] : std::as_const(newParents)) {
        if (move.bind(":parent", QByteArrayView(parent)).bind(":id", id).run() > 0)
            changed.append(id);
    }

    // Deletions, leaves first: a node goes when nothing lies in it any more, so a district empties bottom up.
    // Deleting cascades to whatever is keyed on the node, which is why anything typed or photographed there
    // keeps it (see refusedDeletions).
    Sql deletable(m_store,
                  "SELECT t.id FROM territory t WHERE EXISTS (SELECT 1 FROM territory_history h"
                  "  WHERE h.territory_uid = t.uid AND h.action = 'delete')"
                  " AND NOT EXISTS (SELECT 1 FROM territory c WHERE c.parent_id = t.id)"
                  " AND NOT EXISTS (SELECT 1 FROM protocol p WHERE p.territory_id = t.id)"
                  " AND NOT EXISTS (SELECT 1 FROM protocol_attachment a WHERE a.territory_id = t.id)"
                  " AND NOT EXISTS (SELECT 1 FROM protocol_draft d WHERE d.territory_id = t.id)",
                  tr("applying territory deletions"));
    Sql erase(m_store, "DELETE FROM territory WHERE id = :id", tr("applying territory deletions"));
    for (;;) {
        QList<qint64> ids;
        while (deletable.step())
            ids.append(deletable.integer(0));
        if (ids.isEmpty())
            break;
        for (const qint64 id : std::as_const(ids)) {
            erase.bind(":id", id).run();
            changed.append(id);
        }
    }
    return changed;
}

QList<ExchangeLedger::RefusedDeletion> ExchangeLedger::refusedDeletions() const
{
    Sql query(m_store,
              "SELECT t.id, h.origin, h.changed_by, h.changed_at FROM territory t JOIN territory_history h"
              " ON h.territory_uid = t.uid AND h.action = 'delete' ORDER BY t.id, h.changed_at, h.uid",
              tr("reading the refused deletions"));
    QList<RefusedDeletion> list;
    while (query.step())
        list.append({query.integer(0), query.string(1), query.string(2),
                     QDateTime::fromString(query.string(3), Qt::ISODateWithMs)});
    return list;
}

void ExchangeLedger::capturePhotos(const QByteArray &site, Seq &seq)
{
    Sql pending(m_store,
                "SELECT a.id FROM protocol_attachment a WHERE NOT EXISTS"
                " (SELECT 1 FROM exchange_photo e WHERE e.attachment_id = a.id) ORDER BY a.id",
                tr("naming new photos"));
    QList<qint64> ids;
    while (pending.step())
        ids.append(pending.integer(0));
    Sql name(m_store,
             "INSERT INTO exchange_photo (attachment_id, uid, origin, exchange_seq) VALUES (:id, :uid, :origin, :seq)",
             tr("naming new photos"));
    for (const qint64 id : std::as_const(ids))
        name.bind(":id", id).bind(":uid", QByteArrayView(newUid())).bind(":origin", QByteArrayView(site)).bind(":seq", seq.next()).run();
}

void ExchangeLedger::captureProtocols(const QByteArray &site, Seq &seq)
{
    // Each protocol beside the revision it shows; those whose figures or other fields differ from it (or that
    // have none) are new revisions.
    Sql changed(m_store,
                QStringLiteral("WITH heads AS (%1), shown AS (SELECT * FROM heads WHERE rank = 1)"
                               " SELECT p.contest_id, t.uid, p.source, p.copy, p.figures, %2, p.updated_at,"
                               " p.entered_by, s.uid FROM protocol p JOIN territory t ON t.id = p.territory_id"
                               " LEFT JOIN shown s ON s.contest_id = p.contest_id AND s.territory_uid = t.uid"
                               "  AND s.source = p.source AND s.copy = p.copy"
                               " WHERE s.uid IS NULL OR s.figures <> p.figures OR NOT %3 ORDER BY p.id")
                    .arg(QLatin1String(rankedHeads), RevisionDetails::selectList(QStringLiteral("p")),
                         RevisionDetails::sameAsColumns(m_store.dialect(), QStringLiteral("s.details"),
                                                        QStringLiteral("p"))),
                tr("comparing protocols with their revisions"));
    QList<std::pair<Revision, QByteArray>> revisions;
    constexpr int firstDetail = 5;
    constexpr int afterDetails = firstDetail + RevisionDetails::fieldCount;
    while (changed.step()) {
        RevisionDetails::Fields details;
        for (int i = 0; i < RevisionDetails::fieldCount; ++i)
            details.at(size_t(i)) = changed.string(firstDetail + i);
        Revision revision{newUid(),
                          changed.string(0),
                          changed.text(1),
                          changed.string(2),
                          changed.string(3),
                          changed.text(4),
                          RevisionDetails::toJson(details),
                          changed.text(afterDetails),
                          changed.text(afterDetails + 1),
                          site};
        if (revision.savedAt.isEmpty())
            revision.savedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        if (revision.savedBy.isEmpty())
            revision.savedBy = site;
        revisions.append({revision, changed.text(afterDetails + 2)});
    }
    // New uids: none of these rows is there yet, so every one is inserted and takes its position.
    struct Numbered
    {
        const Revision *revision;
        qint64 seq;
    };
    QList<Numbered> numbered;
    numbered.reserve(revisions.size());
    QList<std::pair<QByteArray, QByteArray>> parents;
    for (const auto &[revision, shown] : std::as_const(revisions)) {
        numbered.append({&revision, seq.next()});
        if (!shown.isEmpty())
            parents.append({shown, revision.uid});
    }
    runInChunks(m_store, numbered, insertRevisionHead, revisionRow, QByteArray(), tr("recording a protocol revision"),
                [](Sql &statement, const Numbered &row, const QByteArray &n) {
                    bindRevision(statement, *row.revision, row.seq, n);
                });
    runInChunks(m_store, parents, "INSERT INTO exchange_parent (parent, child) VALUES ", "(:parent%1, :child%1)",
                QByteArray(), tr("recording a protocol revision"),
                [](Sql &statement, const std::pair<QByteArray, QByteArray> &link, const QByteArray &n) {
                    statement.bind(QByteArray(":parent" + n).constData(), QByteArrayView(link.first))
                        .bind(QByteArray(":child" + n).constData(), QByteArrayView(link.second));
                });
}

bool ExchangeLedger::addRevision(const Revision &revision, const QList<QByteArray> &parents)
{
    Seq seq(*this);
    const bool added = insertRevision(revision, parents, seq);
    seq.store();
    return added;
}

bool ExchangeLedger::insertRevision(const Revision &revision, const QList<QByteArray> &parents, Seq &seq)
{
    if (!m_insertRevision) {
        m_insertRevision = std::make_unique<Sql>(
            m_store,
            insertRevisionHead + QByteArray(revisionRow).replace("%1", "") + " ON CONFLICT (uid) DO NOTHING",
            tr("recording a protocol revision"));
        m_insertParent = std::make_unique<Sql>(
            m_store, "INSERT INTO exchange_parent (parent, child) VALUES (:parent, :child) ON CONFLICT DO NOTHING",
            tr("recording a protocol revision"));
    }
    Sql &insert = *m_insertRevision;
    bindRevision(insert, revision, seq.next(), QByteArray());
    if (insert.run() == 0) {
        seq.giveBack();
        return false;
    }
    for (const QByteArray &parent : parents)
        m_insertParent->bind(":parent", QByteArrayView(parent)).bind(":child", QByteArrayView(revision.uid)).run();
    return true;
}

QList<ExchangeLedger::Revision> ExchangeLedger::heads(const QString &contestId, QByteArrayView territoryUid,
                                                      const QString &source, const QString &copy) const
{
    Sql query(m_store,
              (QByteArray("SELECT ") + revisionColumns
               + " FROM exchange_revision r WHERE contest_id = :contest AND territory_uid = :territory"
                 " AND source = :source AND copy = :copy"
                 " AND NOT EXISTS (SELECT 1 FROM exchange_parent p WHERE p.parent = r.uid)"
                 " ORDER BY saved_at DESC, uid DESC"),
              tr("reading a protocol's revisions"));
    query.bind(":contest", contestId).bind(":territory", territoryUid).bind(":source", source).bind(":copy", copy);
    QList<Revision> list;
    while (query.step())
        list.append(revisionFrom(query, 0));
    return list;
}

QList<ExchangeConflict> ExchangeLedger::conflicts() const
{
    // Heads that differ in their figures or in their other fields: two different pairs differ in one of them.
    Sql query(m_store,
              (QByteArray("WITH heads AS (") + rankedHeads
               + "), disputed AS (SELECT contest_id, territory_uid, source, copy FROM heads"
                 " GROUP BY contest_id, territory_uid, source, copy"
                 " HAVING count(DISTINCT figures) > 1 OR count(DISTINCT details) > 1)"
                 " SELECT t.id, h.rank, h."
               + QByteArray(revisionColumns).replace(", ", ", h.")
               + " FROM heads h JOIN disputed d ON d.contest_id = h.contest_id AND d.territory_uid = h.territory_uid"
                 " AND d.source = h.source AND d.copy = h.copy"
                 " JOIN territory t ON t.uid = h.territory_uid"
                 " ORDER BY t.id, h.contest_id, h.source, h.copy, h.rank"),
              tr("reading the conflicts"));
    QList<ExchangeConflict> list;
    while (query.step()) {
        const Revision revision = revisionFrom(query, 2);
        const ProtocolKey key{revision.contestId, query.integer(0),
                              sourceKindFromName(revision.source).value_or(SourceKind::Observer), revision.copy};
        if (list.isEmpty() || !(list.constLast().key == key))
            list.append({key, {}});
        list.last().versions.append({QString::fromLatin1(revision.uid), QString::fromUtf8(revision.origin),
                                     QString::fromUtf8(revision.savedBy),
                                     QDateTime::fromString(QString::fromUtf8(revision.savedAt), Qt::ISODateWithMs),
                                     revision.figures, revision.details, query.integer(1) == 1});
    }
    return list;
}

QSet<qint64> ExchangeLedger::conflictedTerritories() const
{
    QSet<qint64> territories;
    for (const ExchangeConflict &conflict : conflicts())
        territories.insert(conflict.key.territoryId);
    return territories;
}

QString ExchangeLedger::regionOf(const QByteArray &territoryUid) const
{
    Sql query(m_store,
              "WITH RECURSIVE up(id, parent_id, level, code) AS ("
              " SELECT id, parent_id, level, code FROM territory WHERE uid = :uid"
              " UNION ALL SELECT t.id, t.parent_id, t.level, t.code FROM territory t JOIN up ON t.id = up.parent_id)"
              " SELECT code FROM up WHERE level = 'region' LIMIT 1",
              tr("finding a precinct's region"));
    query.bind(":uid", QByteArrayView(territoryUid));
    return query.step() ? query.string(0) : QString();
}

QSet<QByteArray> ExchangeLedger::scopeOf(const QStringList &regionCodes) const
{
    struct Node
    {
        qint64 parent;
        QByteArray uid;
    };
    QHash<qint64, Node> nodes;
    QHash<qint64, QList<qint64>> children;
    QList<qint64> regions;
    Sql query(m_store, "SELECT id, parent_id, level, code, uid FROM territory", tr("finding the territory of an office"));
    while (query.step()) {
        const qint64 id = query.integer(0);
        nodes.insert(id, {query.integer(1), query.text(4)});
        children[query.integer(1)].append(id);
        if (query.text(2) == "region" && regionCodes.contains(query.string(3)))
            regions.append(id);
    }
    QSet<QByteArray> scope;
    const auto take = [&](qint64 id) {
        const QByteArray uid = nodes.value(id).uid;
        if (!uid.isEmpty())
            scope.insert(uid);
    };
    QList<qint64> below = regions;
    while (!below.isEmpty()) {
        const qint64 id = below.takeLast();
        take(id);
        below.append(children.value(id));
    }
    for (const qint64 region : std::as_const(regions)) {
        for (qint64 up = nodes.value(region).parent; up != 0 && nodes.contains(up); up = nodes.value(up).parent)
            take(up);
    }
    return scope;
}

QByteArray ExchangeLedger::territoryUid(qint64 territoryId) const
{
    Sql query(m_store, "SELECT uid FROM territory WHERE id = :id", tr("reading the territory"));
    query.bind(":id", territoryId);
    return query.step() ? query.text(0) : QByteArray();
}

qint64 ExchangeLedger::territoryId(QByteArrayView territoryUid) const
{
    Sql query(m_store, "SELECT id FROM territory WHERE uid = :uid", tr("reading the territory"));
    query.bind(":uid", territoryUid);
    return query.step() ? query.integer(0) : 0;
}

} // namespace saylau
