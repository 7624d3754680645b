#include "PackageMerger.h"

#include "AttachmentStream.h"
#include "CampaignNotifier.h"
#include "CampaignQuery.h"
#include "CampaignStore.h"
#include "HistoryChain.h"
#include "MergedProtocolWriter.h"
#include "PackageLayout.h"
#include "PackageSeal.h"
#include "SigningKey.h"
#include "SqliteBlob.h"
#include "SqlStatement.h"
#include "SqliteStatement.h"

#include "../domain/SaylauError.h"
#include "../domain/SourceKind.h"
#include "../domain/TerritoryIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <functional>
#include <memory>

namespace saylau {

namespace {

// The package is an SQLite file whatever the campaign's engine; the campaign is read and written through its
// own connection.
using PackageSql = SqliteStatement;
using Sql = CampaignQuery;

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
    PackageSql query(db, "SELECT value FROM package WHERE key = :key", PackageMerger::tr("reading the package"));
    query.bind(":key", QByteArrayView(key));
    return query.step() ? query.text(0) : QByteArray();
}

// How a set-aside new node is named: the level in the reader's language, not as stored.
QString newNodeText(const QByteArray &level, const QByteArray &code, const QByteArray &name)
{
    const QString label = QString::fromUtf8(code.isEmpty() ? name : code);
    if (level == "region")
        return PackageMerger::tr("new region %1").arg(label);
    if (level == "district")
        return PackageMerger::tr("new district %1").arg(label);
    if (level == "precinct")
        return PackageMerger::tr("new precinct %1").arg(label);
    return PackageMerger::tr("new territory node %1").arg(label);
}

} // namespace

struct PackageMerger::Package
{
    QString path;
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> db{nullptr, sqlite3_close};
    ExchangeLedger::Peer sender;
    Summary summary;
    QSet<KeyText> touched;
    QSet<KeyText> knownBefore;
    // The nodes whose deletion it brought.
    QSet<QByteArray> deleted;
    // The territory as the package carries it (every node its rows name, with their ancestors; ids its own),
    // so that what is set aside is named by its place, also where this file does not know the node.
    TerritoryIndex tree{{}};
    QHash<QByteArray, qint64> treeIds;

    void readTree(const QList<TerritoryNode> &nodes, const QList<QByteArray> &uids, const QList<QByteArray> &parentUids)
    {
        for (qsizetype i = 0; i < uids.size(); ++i)
            treeIds.insert(uids.at(i), i + 1);
        QList<TerritoryNode> placed = nodes;
        for (qsizetype i = 0; i < placed.size(); ++i) {
            placed[i].id = i + 1;
            placed[i].parentId = treeIds.value(parentUids.at(i));
        }
        tree = TerritoryIndex(placed);
    }

    // "Region / TIK / UIK 401", as every listing names a precinct.
    QString place(const QByteArray &territoryUid) const
    {
        const qint64 id = treeIds.value(territoryUid);
        if (id == 0)
            return tr("a place the package does not name");
        const QString names = tree.path(id);
        return names.isEmpty() ? tree.label(id) : names;
    }

    // The region above a node (or the node itself) as a region code of this file, or, for a node only the
    // package knows, as the package places it (its code, else its name: a region an office made has no code).
    QString regionOf(const ExchangeLedger &ledger, const QByteArray &territoryUid) const
    {
        if (ledger.territoryId(territoryUid) != 0)
            return ledger.regionOf(territoryUid);
        const TerritoryNode *region = tree.ancestorAt(treeIds.value(territoryUid), TerritoryNode::Level::Region);
        return region ? (region->code.isEmpty() ? region->name : region->code) : QString();
    }

    // What a row is, named by its place: built only for a row set aside, since a whole country's merge passes
    // 100,000 rows and sets none aside.
    using Description = std::function<QString()>;

    // Whether the sender may pass on a row made by origin; says why not into setAside.
    bool madeBySender(const QByteArray &origin, const Description &what)
    {
        if (sender.role == ExchangeLedger::Role::Headquarters || origin == sender.name.toUtf8())
            return true;
        summary.setAside.append(tr("%1: made by %2, not by the office that sent it").arg(what(), QString::fromUtf8(origin)));
        return false;
    }

    // Whether the sender's regions hold the node (decided by this file's tree where it knows the node); says
    // why not into setAside.
    bool withinRegions(const ExchangeLedger &ledger, const QByteArray &territoryUid, const Description &what)
    {
        if (sender.role == ExchangeLedger::Role::Headquarters || sender.regions.isEmpty())
            return true;
        const QString region = regionOf(ledger, territoryUid);
        if (!sender.regions.contains(region)) {
            const QString regions = sender.regions.join(QStringLiteral(", "));
            summary.setAside.append(
                region.isEmpty() ? tr("%1: in no region, and office %2 may change only its regions (%3)")
                                       .arg(what(), sender.name, regions)
                                 : tr("%1: in region %2, outside the regions of office %3 (%4)")
                                       .arg(what(), region, sender.name, regions));
            return false;
        }
        return true;
    }

    // Whether the sender may change something at this node, which this file holds; says why not into setAside.
    bool allowed(const ExchangeLedger &ledger, const QByteArray &origin, const QByteArray &territoryUid,
                 const Description &what)
    {
        if (!madeBySender(origin, what) || !withinRegions(ledger, territoryUid, what))
            return false;
        if (sender.role == ExchangeLedger::Role::Headquarters || sender.regions.isEmpty()
            || ledger.territoryId(territoryUid) != 0)
            return true;
        summary.setAside.append(tr("%1: at a place this campaign does not hold").arg(what()));
        return false;
    }
};

PackageMerger::PackageMerger(CampaignStore &store)
    : m_store(store)
    , m_ledger(store)
{
}

QString PackageMerger::verify(const QString &path, const QString &copy) const
{
    const PackageSeal::Inspection seal = PackageSeal::inspectCopying(path, copy);
    const std::optional<ExchangeLedger::Peer> peer = m_ledger.peerWithKey(seal.publicKey);
    if (!peer)
        throw SaylauError(tr("%1 is signed by an unknown key (%2): %3 issued no kit with it and has no such "
                             "headquarters; nothing was merged")
                              .arg(path, SigningKey::fingerprint(seal.publicKey), m_store.path()));
    if (!seal.signatureValid)
        throw SaylauError(tr("%1 has a bad signature: it was altered after %2 signed it; nothing was merged")
                              .arg(path, peer->name));
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> db(PackageLayout::open(copy), sqlite3_close);
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
    // A package is read twice, to check it and to merge it: both read a private copy, so that a file swapped
    // at the given path between the two reads cannot slip in unchecked.
    const QTemporaryDir aside;
    if (!aside.isValid())
        throw SaylauError(tr("cannot make a private folder to check the packages in: %1").arg(aside.errorString()));
    std::vector<Package> packages(size_t(paths.size()));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString copy = aside.filePath(QString::number(i));
        const QString sender = verify(paths.at(i), copy);
        Package &package = packages[size_t(i)];
        package.path = paths.at(i);
        package.db.reset(PackageLayout::open(copy));
        package.sender = *m_ledger.peer(sender);
        package.summary.path = paths.at(i);
        package.summary.sender = sender;
    }

    // Where this is the only connection to a file, a rollback journal writes each new page once instead of
    // twice (log, then file), as a whole-file import does.
    const CampaignStore::BulkLoadScope bulk(m_store);
    const std::unique_ptr<AttachmentStream> photos = AttachmentStream::open(m_store);
    CampaignStore::Transaction transaction(m_store);
    // This file's own unsent changes become revisions first, so that they meet the incoming ones as equals.
    m_ledger.capture();
    for (Package &package : packages)
        mergeRows(package, *photos);

    MergedProtocolWriter writer(m_store);
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
    const QList<qint64> reshaped = m_ledger.applyTerritoryChanges();
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
        for (const QByteArray &uid : std::as_const(package.deleted)) {
            if (const qint64 kept = m_ledger.territoryId(uid)) {
                ++package.summary.conflicts;
                const std::optional<TerritoryNode> node = m_store.territory(kept);
                package.summary.keptDespiteDeletion.append(
                    node ? TerritoryNode::levelName(node->level) + QLatin1Char(' ')
                               + (node->code.isEmpty() ? node->name : node->code)
                         : QString::fromLatin1(uid));
            }
        }
        // A row set aside is not received: confirmed, its sender would never send it again (a package's rows
        // carry no positions of their own, so nothing of this package is confirmed; the next one brings it all
        // again, and what is merged already changes nothing).
        m_ledger.recordReceipt(package.sender.name, packageValue(package.db.get(), "ack").toLongLong(),
                               package.summary.setAside.isEmpty()
                                   ? packageValue(package.db.get(), "through").toLongLong()
                                   : 0);
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
    for (const qint64 territoryId : reshaped)
        m_store.notifier().announceTerritoryChanged(territoryId);
    return summaries;
}

void PackageMerger::mergeRows(Package &package, AttachmentStream &photoStream)
{
    sqlite3 *from = package.db.get();

    mergeTerritory(package);

    Sql existing(m_store,
                 "SELECT 1 FROM protocol p JOIN territory t ON t.id = p.territory_id WHERE p.contest_id = :contest"
                 " AND t.uid = :territory AND p.source = :source AND p.copy = :copy",
                 tr("reading the campaign's protocols"));
    PackageSql revisions(from,
                  "SELECT uid, contest_id, territory_uid, source, copy, figures, details, saved_at, saved_by, origin,"
                  " parents FROM revision",
                  tr("reading the package's protocols"));
    while (revisions.step()) {
        const ExchangeLedger::Revision revision{revisions.text(0), revisions.string(1), revisions.text(2),
                                                revisions.string(3), revisions.string(4), revisions.text(5),
                                                revisions.text(6), revisions.text(7), revisions.text(8),
                                                revisions.text(9)};
        const auto what = [&] {
            return tr("protocol %1/%2 at %3").arg(revision.contestId, revision.source, package.place(revision.territoryUid));
        };
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

    PackageSql photos(from,
                      "SELECT uid, contest_id, territory_uid, source, copy, file_name, mime_type, added_by, added_at,"
                      " origin, length(data), rowid FROM photo",
                      tr("reading the package's photos"));
    Sql knownPhoto(m_store, "SELECT 1 FROM exchange_photo WHERE uid = :uid", tr("reading the campaign's photos"));
    Sql namePhoto(m_store,
                  "INSERT INTO exchange_photo (attachment_id, uid, origin, exchange_seq) VALUES (:id, :uid, :origin, :seq)",
                  tr("adding a photo from a package"));
    while (photos.step()) {
        knownPhoto.bind(":uid", QByteArrayView(photos.text(0)));
        const bool known = knownPhoto.step();
        knownPhoto.reset();
        const auto what = [&] { return tr("photo %1 at %2").arg(photos.string(5), package.place(photos.text(2))); };
        if (known || !package.allowed(m_ledger, photos.text(9), photos.text(2), what))
            continue;
        Attachment photo;
        photo.key = {photos.string(1), m_ledger.territoryId(photos.text(2)),
                     sourceKindFromName(photos.string(3)).value_or(SourceKind::Observer), photos.string(4)};
        photo.fileName = photos.string(5);
        photo.mimeType = photos.string(6);
        photo.addedBy = photos.string(7);
        photo.addedAt = SqlStatement::dateTimeFromText(photos.string(8));
        const qint64 photoRow = photos.integer(11);
        const qint64 attachment = photoStream.add(photo, photos.integer(10), [&](const AttachmentStream::Sink &sink) {
            SqliteBlob::read(from, "photo", photoRow, sink);
        });
        namePhoto.bind(":id", attachment)
            .bind(":uid", QByteArrayView(photos.text(0)))
            .bind(":origin", QByteArrayView(photos.text(9)))
            .bind(":seq", m_ledger.nextSeq())
            .run();
        ++package.summary.photos;
    }
}

void PackageMerger::mergeTerritory(Package &package)
{
    sqlite3 *from = package.db.get();

    struct Node
    {
        QByteArray uid, parentUid, level, code, name, address, kind, origin;
    };
    QList<Node> pending;
    {
        PackageSql territory(from,
                      "SELECT uid, parent_uid, level, code, name, address, kind, origin FROM territory ORDER BY position",
                      tr("reading the package's territory"));
        QList<TerritoryNode> nodes;
        QList<QByteArray> uids, parentUids;
        while (territory.step()) {
            const Node node{territory.text(0), territory.text(1), territory.text(2), territory.text(3),
                            territory.text(4), territory.text(5), territory.text(6), territory.text(7)};
            pending.append(node);
            TerritoryNode placed;
            placed.level = TerritoryNode::levelFromName(QString::fromUtf8(node.level));
            placed.code = QString::fromUtf8(node.code);
            placed.name = QString::fromUtf8(node.name);
            placed.countedByCommission = node.kind == TerritoryNode::commissionKind().toUtf8();
            nodes.append(placed);
            uids.append(node.uid);
            parentUids.append(node.parentUid);
        }
        package.readTree(nodes, uids, parentUids);
    }
    // A new node is named with the place it goes to.
    const auto newNode = [&package](const Node &node) {
        const QString what = newNodeText(node.level, node.code, node.name);
        return node.parentUid.isEmpty() || node.level == "region"
            ? what
            : tr("%1 in %2").arg(what, package.place(node.parentUid));
    };
    Sql insertNode(m_store,
                   "INSERT INTO territory (parent_id, level, code, name, address, kind, uid, origin, exchange_seq)"
                   " VALUES (:parent, :level, :code, :name, :address, :kind, :uid, :origin, :seq)",
                   tr("adding a precinct from a package"));
    // Parents first, in as many passes as a moved node's parent coming after it needs.
    for (bool progress = true; progress && !pending.isEmpty();) {
        progress = false;
        QList<Node> waiting;
        for (const Node &node : std::as_const(pending)) {
            if (m_ledger.territoryId(node.uid) != 0) {
                progress = true;
                continue;
            }
            const qint64 parent = node.parentUid.isEmpty() ? 0 : m_ledger.territoryId(node.parentUid);
            if (!node.parentUid.isEmpty() && parent == 0) {
                waiting.append(node);
                continue;
            }
            progress = true;
            // Not only the nodes its sender made: also those its rows name, which this file may have deleted
            // meanwhile. The sender's regions still bound where it may place one: a region by itself, any other
            // node by the region of the place it goes to.
            if (!package.withinRegions(m_ledger,
                                       node.parentUid.isEmpty() || node.level == "region" ? node.uid : node.parentUid,
                                       [&] { return newNode(node); }))
                continue;
            insertNode.bind(":level", QByteArrayView(node.level))
                .bind(":code", QByteArrayView(node.code))
                .bind(":name", QByteArrayView(node.name))
                .bind(":address", QByteArrayView(node.address))
                .bind(":kind", QByteArrayView(node.kind))
                .bind(":uid", QByteArrayView(node.uid))
                .bind(":origin", QByteArrayView(node.origin))
                .bind(":seq", m_ledger.nextSeq());
            if (parent != 0)
                insertNode.bind(":parent", parent);
            else
                insertNode.bindNull(":parent");
            insertNode.run();
            ++package.summary.territory;
        }
        pending = waiting;
    }
    // Below a node set aside: outside the sender's regions, or under a node this file does not hold.
    for (const Node &node : std::as_const(pending)) {
        if (package.withinRegions(m_ledger, node.uid, [&] { return newNode(node); }))
            package.summary.setAside.append(tr("%1: under a node this campaign does not know").arg(newNode(node)));
    }

    if (packageValue(from, "version").toInt() < 2)
        return;
    PackageSql changes(from,
                "SELECT uid, territory_uid, action, parent_uid, code, name, address, changed_at, changed_by, origin"
                " FROM territory_change",
                tr("reading the package's territory changes"));
    Sql known(m_store, "SELECT 1 FROM territory_history WHERE uid = :uid", tr("reading the territory history"));
    // Recorded in this file's territory history as any change is (the node as it will be, in this file's ids),
    // and applied with every other file's changes once all packages are in (ExchangeLedger::applyTerritoryChanges).
    // Recorded in this file's territory history as any change is (the node as it will be, in this file's ids),
    // and applied with every other file's changes once all packages are in (ExchangeLedger::applyTerritoryChanges).
    Sql node(m_store, "SELECT id, parent_id, level, code, name, address FROM territory WHERE uid = :uid",
             tr("reading the territory"));
    Sql record(m_store,
               "INSERT INTO territory_history (territory_id, action, changed_at, changed_by, before, after,"
               " territory_uid, parent_uid, uid, origin, exchange_seq) VALUES (:id, :action, :at, :by, :before,"
               " :after, :territory, :parent, :uid, :origin, :seq)",
               tr("adding a territory change from a package"));
    while (changes.step()) {
        known.bind(":uid", QByteArrayView(changes.text(0)));
        const bool present = known.step();
        known.reset();
        if (present)
            continue;
        const QByteArray territoryUid = changes.text(1);
        const QByteArray action = changes.text(2);
        const auto what = [&action] {
            return action == "rename" ? tr("the renaming of a territory node")
                 : action == "move"   ? tr("the moving of a territory node")
                 : action == "delete" ? tr("the deletion of a territory node")
                                      : tr("a change of a territory node");
        };
        // A deletion of a node this file no longer has deletes nothing here: kept, so that it travels on.
        const bool gone = m_ledger.territoryId(territoryUid) == 0 && action == "delete";
        if (gone ? !package.madeBySender(changes.text(9), what) : !package.allowed(m_ledger, changes.text(9), territoryUid, what))
            continue;
        if (action == "move" && !package.allowed(m_ledger, changes.text(9), changes.text(3), what))
            continue;
        // The node before (as this file holds it; '{}' where it has none) and after the change.
        QJsonObject before;
        node.bind(":uid", QByteArrayView(territoryUid));
        qint64 id = 0;
        if (node.step()) {
            id = node.integer(0);
            before = {{QStringLiteral("parent"), node.integer(1)}, {QStringLiteral("level"), node.string(2)},
                      {QStringLiteral("code"), node.string(3)},    {QStringLiteral("name"), node.string(4)},
                      {QStringLiteral("address"), node.string(5)}};
            node.reset();
        }
        QJsonObject after;
        if (action != "delete") {
            after = before;
            if (!changes.isNull(3)) {
                if (const qint64 parent = m_ledger.territoryId(changes.text(3)))
                    after.insert(QStringLiteral("parent"), parent);
            }
            const std::pair<const char *, int> fields[] = {{"code", 4}, {"name", 5}, {"address", 6}};
            for (const auto &[field, column] : fields) {
                if (!changes.isNull(column))
                    after.insert(QLatin1String(field), changes.string(column));
            }
        }
        const auto json = [](const QJsonObject &object) {
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        };
        record.bind(":id", id)
            .bind(":action", QByteArrayView(action))
            .bind(":at", QByteArrayView(changes.text(7)))
            .bind(":by", QByteArrayView(changes.text(8)))
            .bind(":before", QByteArrayView(json(before)))
            .bind(":after", QByteArrayView(json(after)))
            .bind(":territory", QByteArrayView(territoryUid))
            .bind(":uid", QByteArrayView(changes.text(0)))
            .bind(":origin", QByteArrayView(changes.text(9)))
            .bind(":seq", m_ledger.nextSeq());
        if (changes.isNull(3))
            record.bindNull(":parent");
        else
            record.bind(":parent", QByteArrayView(changes.text(3)));
        record.run();
        ++package.summary.territoryChanges;
        if (action == "delete")
            package.deleted.insert(territoryUid);
    }
}

void PackageMerger::mergeHistory(Package &package)
{
    PackageSql rows(package.db.get(),
             "SELECT uid, contest_id, territory_uid, source, copy, revision, saved_at, saved_by, action, changes,"
             " figures, origin FROM history",
             tr("reading the package's history"));
    Sql known(m_store, "SELECT 1 FROM protocol_history WHERE uid = :uid", tr("reading the protocol history"));
    Sql protocol(m_store,
                 "SELECT p.id FROM protocol p JOIN territory t ON t.id = p.territory_id WHERE p.contest_id = :contest"
                 " AND t.uid = :territory AND p.source = :source AND p.copy = :copy",
                 tr("reading the campaign's protocols"));
    Sql name(m_store, "UPDATE protocol_history SET uid = :uid, origin = :origin, exchange_seq = :seq WHERE id = :id",
             tr("adding history from a package"));
    HistoryChain chain(m_store);
    bool appended = false;
    while (rows.step()) {
        known.bind(":uid", QByteArrayView(rows.text(0)));
        const bool present = known.step();
        known.reset();
        if (present || !package.allowed(m_ledger, rows.text(11), rows.text(2), [&] {
                return tr("history of a protocol at %1").arg(package.place(rows.text(2)));
            }))
            continue;
        protocol.bind(":contest", rows.string(1)).bind(":territory", QByteArrayView(rows.text(2)));
        protocol.bind(":source", rows.string(3)).bind(":copy", rows.string(4));
        const bool found = protocol.step();
        const qint64 protocolId = found ? protocol.integer(0) : 0;
        protocol.reset();
        if (!found) {
            package.summary.setAside.append(
                tr("history of a protocol at %1 this campaign does not hold").arg(package.place(rows.text(2))));
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
