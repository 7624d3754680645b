#include "PackageMerger.h"

#include "CampaignNotifier.h"
#include "CampaignStore.h"
#include "HistoryChain.h"
#include "MergedProtocolWriter.h"
#include "PackageLayout.h"
#include "PackageSeal.h"
#include "SigningKey.h"
#include "SqliteStatement.h"

#include "../domain/SaylauError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <sqlite3.h>

#include <memory>

namespace saylau {

namespace {

using Sql = SqliteStatement;

struct KeyText
{
    QString contestId;
    QByteArray territoryUid;
    QString source;
    QString copy;
    bool operator==(const KeyText &other) const = default;
};

size_t qHash(const KeyText &key, size_t seed = 0)
{
    return qHashMulti(seed, key.contestId, key.territoryUid, key.source, key.copy);
}

QByteArray packageValue(sqlite3 *db, const char *key)
{
    Sql query(db, "SELECT value FROM package WHERE key = :key", PackageMerger::tr("reading the package"));
    query.bind(":key", QByteArrayView(key));
    return query.step() ? query.text(0) : QByteArray();
}

// A larger page cache for the length of a merge, the connection's own setting back after it.
class CacheSize
{
public:
    explicit CacheSize(sqlite3 *db)
        : m_db(db)
    {
        Sql current(m_db, "PRAGMA cache_size", PackageMerger::tr("preparing the merge"));
        m_previous = current.step() ? current.integer(0) : -2000;
        Sql(m_db, "PRAGMA cache_size = -65536", PackageMerger::tr("preparing the merge")).step();
    }
    ~CacheSize()
    {
        sqlite3_exec(m_db, QByteArray("PRAGMA cache_size = " + QByteArray::number(m_previous)).constData(), nullptr,
                     nullptr, nullptr);
    }
    CacheSize(const CacheSize &) = delete;
    CacheSize &operator=(const CacheSize &) = delete;

private:
    sqlite3 *m_db;
    qint64 m_previous = 0;
};

} // namespace

struct PackageMerger::Package
{
    QString path;
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> db{nullptr, sqlite3_close};
    ExchangeLedger::Peer sender;
    Summary summary;
    QSet<KeyText> touched;
    QSet<KeyText> knownBefore;

    // Whether the sender may change something at this precinct; says why not into setAside.
    bool allowed(const ExchangeLedger &ledger, const QByteArray &origin, const QByteArray &territoryUid,
                 const QString &what)
    {
        if (sender.role == ExchangeLedger::Role::Headquarters)
            return true;
        if (origin != sender.name.toUtf8()) {
            summary.setAside.append(tr("%1: made by %2, not by the office that sent it").arg(what, QString::fromUtf8(origin)));
            return false;
        }
        if (sender.regions.isEmpty())
            return true;
        const QString region = ledger.regionOf(territoryUid);
        if (sender.regions.contains(region))
            return true;
        summary.setAside.append(region.isEmpty() ? tr("%1: at a precinct this campaign does not know").arg(what)
                                                 : tr("%1: in region %2, outside the regions of office %3")
                                                       .arg(what, region, sender.name));
        return false;
    }
};

PackageMerger::PackageMerger(CampaignStore &store)
    : m_store(store)
    , m_ledger(store)
{
}

QString PackageMerger::verify(const QString &path) const
{
    const PackageSeal::Inspection seal = PackageSeal::inspect(path);
    const std::optional<ExchangeLedger::Peer> peer = m_ledger.peerWithKey(seal.publicKey);
    if (!peer)
        throw SaylauError(tr("%1 is signed by an unknown key (%2): %3 issued no kit with it and has no such "
                             "headquarters; nothing was merged")
                              .arg(path, SigningKey::fingerprint(seal.publicKey), m_store.path()));
    if (!seal.signatureValid)
        throw SaylauError(tr("%1 has a bad signature: it was altered after %2 signed it; nothing was merged")
                              .arg(path, peer->name));
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> db(PackageLayout::open(path), sqlite3_close);
    if (packageValue(db.get(), "format") != PackageLayout::format)
        throw SaylauError(tr("%1 is not a SaylauDesk package").arg(path));
    if (packageValue(db.get(), "version").toInt() > PackageLayout::version)
        throw SaylauError(tr("%1 was written by a newer SaylauDesk (package version %2); update the program")
                              .arg(path, QString::fromUtf8(packageValue(db.get(), "version"))));
    if (packageValue(db.get(), "campaign") != m_ledger.campaignUid().toUtf8())
        throw SaylauError(tr("%1 belongs to another campaign (\"%2\"), not to %3; nothing was merged")
                              .arg(path, QString::fromUtf8(packageValue(db.get(), "campaign_name")), m_store.path()));
    const QString sender = QString::fromUtf8(packageValue(db.get(), "sender"));
    if (sender != peer->name)
        throw SaylauError(tr("%1 says it comes from %2 but is signed with the key of %3").arg(path, sender, peer->name));
    const QString recipient = QString::fromUtf8(packageValue(db.get(), "recipient"));
    if (recipient != m_ledger.siteName())
        throw SaylauError(tr("%1 is addressed to %2, not to %3 (%4)").arg(path, recipient, m_ledger.siteName(), m_store.path()));
    return sender;
}

QList<PackageMerger::Summary> PackageMerger::merge(const QStringList &paths)
{
    std::vector<Package> packages(size_t(paths.size()));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString sender = verify(paths.at(i));
        Package &package = packages[size_t(i)];
        package.path = paths.at(i);
        package.db.reset(PackageLayout::open(paths.at(i)));
        package.sender = *m_ledger.peer(sender);
        package.summary.path = paths.at(i);
        package.summary.sender = sender;
    }

    // Photos are written as zeroed space first, then filled a chunk at a time: a page cache larger than one
    // photo keeps the zeroes from being written to disk before the photo overwrites them. And where this is
    // the only connection to the file, a rollback journal writes each new page once instead of twice (log,
    // then file), as a whole-file import does.
    const CacheSize cache(m_ledger.handle());
    const CampaignStore::BulkLoadScope bulk(m_store);
    CampaignStore::Transaction transaction(m_store);
    // This file's own unsent changes become revisions first, so that they meet the incoming ones as equals.
    m_ledger.capture();
    for (Package &package : packages)
        mergeRows(package);

    MergedProtocolWriter writer(m_ledger.handle());
    QSet<KeyText> allTouched;
    for (const Package &package : packages)
        allTouched.unite(package.touched);
    QSet<KeyText> disputed;
    for (const KeyText &key : std::as_const(allTouched)) {
        const QList<ExchangeLedger::Revision> heads = m_ledger.heads(key.contestId, key.territoryUid, key.source, key.copy);
        writer.show(m_ledger.territoryId(key.territoryUid), heads.constFirst());
        for (const ExchangeLedger::Revision &head : heads) {
            if (head.figures != heads.constFirst().figures || head.details != heads.constFirst().details)
                disputed.insert(key);
        }
    }
    for (Package &package : packages) {
        mergeHistory(package);
        for (const KeyText &key : std::as_const(package.touched)) {
            if (disputed.contains(key))
                ++package.summary.conflicts;
            if (package.knownBefore.contains(key))
                ++package.summary.updated;
            else
                ++package.summary.newProtocols;
        }
        m_ledger.recordReceipt(package.sender.name, packageValue(package.db.get(), "ack").toLongLong(),
                               packageValue(package.db.get(), "through").toLongLong());
    }
    transaction.commit();

    QList<Summary> summaries;
    QSet<QString> contests;
    for (const Package &package : packages) {
        summaries.append(package.summary);
        for (const KeyText &key : package.touched)
            contests.insert(key.contestId);
    }
    for (const QString &contest : std::as_const(contests))
        m_store.notifier().announceProtocolsImported(contest);
    return summaries;
}

void PackageMerger::mergeRows(Package &package)
{
    sqlite3 *db = m_ledger.handle();
    sqlite3 *from = package.db.get();

    Sql territory(from, "SELECT uid, parent_uid, level, code, name, address, kind, origin FROM territory ORDER BY position",
                  tr("reading the package's territory"));
    Sql insertNode(db,
                   "INSERT INTO territory (parent_id, level, code, name, address, kind, uid, origin, exchange_seq)"
                   " VALUES (:parent, :level, :code, :name, :address, :kind, :uid, :origin, :seq)",
                   tr("adding a precinct from a package"));
    while (territory.step()) {
        const QByteArray uid = territory.text(0);
        if (m_ledger.territoryId(uid) != 0)
            continue;
        const QString what = tr("new %1 %2").arg(territory.string(2), territory.string(3).isEmpty() ? territory.string(4) : territory.string(3));
        const qint64 parent = territory.isNull(1) ? 0 : m_ledger.territoryId(territory.text(1));
        if (!territory.isNull(1) && parent == 0) {
            package.summary.setAside.append(tr("%1: under a node this campaign does not know").arg(what));
            continue;
        }
        if (!package.allowed(m_ledger, territory.text(7), territory.isNull(1) ? uid : territory.text(1), what))
            continue;
        insertNode.bind(":level", QByteArrayView(territory.text(2)))
            .bind(":code", QByteArrayView(territory.text(3)))
            .bind(":name", QByteArrayView(territory.text(4)))
            .bind(":address", QByteArrayView(territory.text(5)))
            .bind(":kind", QByteArrayView(territory.text(6)))
            .bind(":uid", QByteArrayView(uid))
            .bind(":origin", QByteArrayView(territory.text(7)))
            .bind(":seq", m_ledger.nextSeq());
        if (parent != 0)
            insertNode.bind(":parent", parent);
        insertNode.run();
        ++package.summary.territory;
    }

    Sql existing(db,
                 "SELECT 1 FROM protocol p JOIN territory t ON t.id = p.territory_id WHERE p.contest_id = :contest"
                 " AND t.uid = :territory AND p.source = :source AND p.copy = :copy",
                 tr("reading the campaign's protocols"));
    Sql revisions(from,
                  "SELECT uid, contest_id, territory_uid, source, copy, figures, details, saved_at, saved_by, origin,"
                  " parents FROM revision",
                  tr("reading the package's protocols"));
    while (revisions.step()) {
        const ExchangeLedger::Revision revision{revisions.text(0), revisions.string(1), revisions.text(2),
                                                revisions.string(3), revisions.string(4), revisions.text(5),
                                                revisions.text(6), revisions.text(7), revisions.text(8),
                                                revisions.text(9)};
        const QString what = tr("protocol %1/%2 at precinct %3").arg(revision.contestId, revision.source,
                                                                    QString::fromLatin1(revision.territoryUid));
        if (!package.allowed(m_ledger, revision.origin, revision.territoryUid, what))
            continue;
        QList<QByteArray> parents;
        const QJsonArray array = QJsonDocument::fromJson(revisions.text(10)).array();
        for (const auto &parent : array)
            parents.append(parent.toString().toLatin1());
        const KeyText key{revision.contestId, revision.territoryUid, revision.source, revision.copy};
        if (!m_ledger.addRevision(revision, parents)) {
            ++package.summary.unchanged;
            continue;
        }
        if (!package.touched.contains(key)) {
            existing.bind(":contest", key.contestId).bind(":territory", QByteArrayView(key.territoryUid));
            existing.bind(":source", key.source).bind(":copy", key.copy);
            if (existing.step())
                package.knownBefore.insert(key);
            existing.reset();
            package.touched.insert(key);
        }
    }

    Sql photos(from,
               "SELECT uid, contest_id, territory_uid, source, copy, file_name, mime_type, added_by, added_at, origin,"
               " length(data), rowid FROM photo",
               tr("reading the package's photos"));
    Sql knownPhoto(db, "SELECT 1 FROM exchange_photo WHERE uid = :uid", tr("reading the campaign's photos"));
    Sql insertPhoto(db,
                    "INSERT INTO protocol_attachment (contest_id, territory_id, source, copy, file_name,"
                    " mime_type, added_by, added_at, data) VALUES (:contest, :territory,"
                    " :source, :copy, :file, :mime, :by, :at, zeroblob(:size))",
                    tr("adding a photo from a package"));
    Sql namePhoto(db,
                  "INSERT INTO exchange_photo (attachment_id, uid, origin, exchange_seq) VALUES (:id, :uid, :origin, :seq)",
                  tr("adding a photo from a package"));
    while (photos.step()) {
        knownPhoto.bind(":uid", QByteArrayView(photos.text(0)));
        const bool known = knownPhoto.step();
        knownPhoto.reset();
        const QString what = tr("photo %1").arg(photos.string(5));
        if (known || !package.allowed(m_ledger, photos.text(9), photos.text(2), what))
            continue;
        insertPhoto.bind(":contest", photos.string(1))
            .bind(":territory", m_ledger.territoryId(photos.text(2)))
            .bind(":source", photos.string(3))
            .bind(":copy", photos.string(4))
            .bind(":file", photos.string(5))
            .bind(":mime", photos.string(6))
            .bind(":by", photos.string(7))
            .bind(":at", photos.string(8))
            .bind(":size", photos.integer(10));
        insertPhoto.run();
        const qint64 attachment = sqlite3_last_insert_rowid(db);
        namePhoto.bind(":id", attachment)
            .bind(":uid", QByteArrayView(photos.text(0)))
            .bind(":origin", QByteArrayView(photos.text(9)))
            .bind(":seq", m_ledger.nextSeq())
            .run();
        PackageLayout::copyBlob(from, "photo", photos.integer(11), db, "protocol_attachment", attachment);
        ++package.summary.photos;
    }
}

void PackageMerger::mergeHistory(Package &package)
{
    sqlite3 *db = m_ledger.handle();
    Sql rows(package.db.get(),
             "SELECT uid, contest_id, territory_uid, source, copy, revision, saved_at, saved_by, action, changes,"
             " figures, origin FROM history",
             tr("reading the package's history"));
    Sql known(db, "SELECT 1 FROM protocol_history WHERE uid = :uid", tr("reading the protocol history"));
    Sql protocol(db,
                 "SELECT p.id FROM protocol p JOIN territory t ON t.id = p.territory_id WHERE p.contest_id = :contest"
                 " AND t.uid = :territory AND p.source = :source AND p.copy = :copy",
                 tr("reading the campaign's protocols"));
    Sql name(db, "UPDATE protocol_history SET uid = :uid, origin = :origin, exchange_seq = :seq WHERE id = :id",
             tr("adding history from a package"));
    HistoryChain chain(db);
    bool appended = false;
    while (rows.step()) {
        known.bind(":uid", QByteArrayView(rows.text(0)));
        const bool present = known.step();
        known.reset();
        if (present || !package.allowed(m_ledger, rows.text(11), rows.text(2), tr("history of a protocol")))
            continue;
        protocol.bind(":contest", rows.string(1)).bind(":territory", QByteArrayView(rows.text(2)));
        protocol.bind(":source", rows.string(3)).bind(":copy", rows.string(4));
        const bool found = protocol.step();
        const qint64 protocolId = found ? protocol.integer(0) : 0;
        protocol.reset();
        if (!found) {
            package.summary.setAside.append(tr("history of a protocol this campaign does not hold"));
            continue;
        }
        const QByteArray savedAt = rows.text(6), savedBy = rows.text(7), action = rows.text(8),
                         changes = rows.text(9), figures = rows.text(10);
        const qint64 id = chain.append({protocolId, rows.integer(5), savedAt, savedBy, action, changes, figures, 0});
        name.bind(":uid", QByteArrayView(rows.text(0)))
            .bind(":origin", QByteArrayView(rows.text(11)))
            .bind(":seq", m_ledger.nextSeq())
            .bind(":id", id)
            .run();
        appended = true;
        ++package.summary.history;
    }
    if (appended)
        chain.seal();
}

} // namespace saylau
