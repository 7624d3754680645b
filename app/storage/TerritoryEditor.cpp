#include "TerritoryEditor.h"

#include "CampaignNotifier.h"
#include "CampaignStore.h"
#include "ExchangeLedger.h"
#include "SqlStatement.h"

#include "../domain/SaylauError.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace saylau {

namespace {

QString nodeJson(const std::optional<TerritoryNode> &node)
{
    if (!node)
        return QStringLiteral("{}");
    const QJsonObject object{{QStringLiteral("parent"), node->parentId},
                             {QStringLiteral("level"), TerritoryNode::levelName(node->level)},
                             {QStringLiteral("code"), node->code},
                             {QStringLiteral("name"), node->name},
                             {QStringLiteral("address"), node->address}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<TerritoryNode> nodeFromJson(qint64 id, const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (object.isEmpty())
        return std::nullopt;
    TerritoryNode node;
    node.id = id;
    node.parentId = object.value(QStringLiteral("parent")).toInteger();
    node.level = TerritoryNode::levelFromName(object.value(QStringLiteral("level")).toString());
    node.code = object.value(QStringLiteral("code")).toString();
    node.name = object.value(QStringLiteral("name")).toString();
    node.address = object.value(QStringLiteral("address")).toString();
    return node;
}

// Levels run country, region, district, precinct: a child sits strictly below its parent, which also keeps a
// node from being moved under itself.
bool mayHold(TerritoryNode::Level parent, TerritoryNode::Level child)
{
    return int(child) > int(parent);
}

} // namespace

TerritoryEditor::TerritoryEditor(CampaignStore &store, const QString &changedBy)
    : m_store(store)
    , m_changedBy(changedBy)
{
}

QString TerritoryEditor::describe(const TerritoryNode &node) const
{
    if (node.level == TerritoryNode::Level::Precinct)
        return tr("precinct No. %1").arg(node.code);
    return node.name.isEmpty() ? node.code : node.name;
}

TerritoryNode TerritoryEditor::existing(qint64 territoryId) const
{
    const std::optional<TerritoryNode> node = m_store.territory(territoryId);
    if (!node)
        throw SaylauError(tr("There is no territory with id %1 in this campaign (deleted meanwhile?).").arg(territoryId));
    return *node;
}

void TerritoryEditor::checkPlace(const TerritoryNode &node, qint64 parentId) const
{
    if (parentId == 0)
        throw SaylauError(tr("%1 must be placed inside the country, a region or a district.")
                              .arg(describe(node)));
    const TerritoryNode parent = existing(parentId);
    if (!mayHold(parent.level, node.level))
        throw SaylauError(tr("%1 cannot be placed inside %2: it must go into a larger unit.")
                              .arg(describe(node), describe(parent)));
    if (node.level == TerritoryNode::Level::Precinct) {
        if (node.code.trimmed().isEmpty())
            throw SaylauError(tr("A precinct needs its number."));
        const std::optional<TerritoryNode> twin = m_store.findTerritory(parentId, node.level, node.code, {});
        if (twin && twin->id != node.id)
            throw SaylauError(tr("%1 already has precinct No. %2.").arg(describe(parent), node.code));
    } else if (node.name.trimmed().isEmpty() && node.code.trimmed().isEmpty()) {
        throw SaylauError(tr("A district or region needs a name."));
    }
    checkOfficeRegions(node, parent);
}

void TerritoryEditor::checkOfficeRegions(const TerritoryNode &node, const TerritoryNode &parent) const
{
    const ExchangeLedger exchange(m_store);
    const QStringList regions = exchange.regions();
    if (regions.isEmpty())
        return;
    // A kit holds its regions already: a region made here, or a node beside them, is no region of the office's,
    // and headquarters would set aside all it holds.
    bool within = false;
    if (node.level != TerritoryNode::Level::Region) {
        for (std::optional<TerritoryNode> up = parent; up; up = m_store.territory(up->parentId)) {
            if (up->level == TerritoryNode::Level::Region) {
                within = regions.contains(up->code);
                break;
            }
        }
    }
    if (!within)
        throw SaylauError(tr("This campaign is the kit of office %1, which covers the regions %2 only: %3 cannot go "
                             "into %4, outside them (headquarters would set it aside). Add it at headquarters, or at "
                             "the office whose kit holds that region.")
                              .arg(exchange.siteName(), regions.join(QStringLiteral(", ")), describe(node),
                                   describe(parent)));
}

void TerritoryEditor::record(qint64 territoryId, TerritoryChange::Action action,
                             const std::optional<TerritoryNode> &before, const std::optional<TerritoryNode> &after)
{
    QSqlQuery query = SqlStatement::prepare(
        m_store.database(),
        QStringLiteral("INSERT INTO territory_history (territory_id, action, changed_at, changed_by, before, after,"
                       " territory_uid, parent_uid) VALUES (:territory, :action, :at, :by, :before, :after,"
                       " (SELECT uid FROM territory WHERE id = :node),"
                       " (SELECT uid FROM territory WHERE id = :parent))"));
    // The uids (see migration 11) while the nodes are still there to give them; a move's new parent named
    // later by the exchange has none yet, and the exchange reads it from `after` instead.
    query.bindValue(QStringLiteral(":territory"), territoryId);
    query.bindValue(QStringLiteral(":node"), territoryId);
    query.bindValue(QStringLiteral(":parent"), action == TerritoryChange::Action::Move && after ? after->parentId : 0);
    query.bindValue(QStringLiteral(":action"), TerritoryChange::actionName(action));
    query.bindValue(QStringLiteral(":at"), SqlStatement::dateTimeText(QDateTime::currentDateTimeUtc()));
    query.bindValue(QStringLiteral(":by"), SqlStatement::text(m_changedBy));
    query.bindValue(QStringLiteral(":before"), nodeJson(before));
    query.bindValue(QStringLiteral(":after"), nodeJson(after));
    SqlStatement::exec(query, tr("recording the territory change"));
}

TerritoryNode TerritoryEditor::add(const TerritoryNode &node)
{
    TerritoryNode added = node;
    added.id = 0;
    added.code = node.code.trimmed();
    added.name = node.name.trimmed();
    added.address = node.address.trimmed();
    checkPlace(added, added.parentId);
    CampaignStore::Transaction transaction(m_store);
    added.id = m_store.addTerritory(added);
    record(added.id, TerritoryChange::Action::Create, std::nullopt, added);
    transaction.commit();
    m_store.notifier().announceTerritoryChanged(added.id);
    return added;
}

TerritoryNode TerritoryEditor::rename(qint64 territoryId, const QString &code, const QString &name,
                                      const QString &address)
{
    const TerritoryNode before = existing(territoryId);
    TerritoryNode after = before;
    after.code = code.trimmed();
    after.name = name.trimmed();
    after.address = address.trimmed();
    if (after.code == before.code && after.name == before.name && after.address == before.address)
        return before;
    checkPlace(after, after.parentId);
    CampaignStore::Transaction transaction(m_store);
    write(before, after);
    transaction.commit();
    m_store.notifier().announceTerritoryChanged(territoryId);
    return after;
}

void TerritoryEditor::changeAddressWithin(const TerritoryNode &before, const QString &address)
{
    TerritoryNode after = before;
    after.address = address.trimmed();
    if (after.address != before.address)
        write(before, after);
}

void TerritoryEditor::write(const TerritoryNode &before, const TerritoryNode &after)
{
    QSqlQuery query = SqlStatement::prepare(
        m_store.database(),
        QStringLiteral("UPDATE territory SET code = :code, name = :name, address = :address WHERE id = :id"));
    query.bindValue(QStringLiteral(":code"), SqlStatement::text(after.code));
    query.bindValue(QStringLiteral(":name"), SqlStatement::text(after.name));
    query.bindValue(QStringLiteral(":address"), SqlStatement::text(after.address));
    query.bindValue(QStringLiteral(":id"), before.id);
    SqlStatement::exec(query, tr("renaming %1").arg(describe(before)));
    record(before.id, TerritoryChange::Action::Rename, before, after);
}

TerritoryNode TerritoryEditor::move(qint64 territoryId, qint64 newParentId)
{
    const TerritoryNode before = existing(territoryId);
    if (before.parentId == newParentId)
        return before;
    TerritoryNode after = before;
    after.parentId = newParentId;
    checkPlace(after, newParentId);
    CampaignStore::Transaction transaction(m_store);
    QSqlQuery query = SqlStatement::prepare(m_store.database(),
                                            QStringLiteral("UPDATE territory SET parent_id = :parent WHERE id = :id"));
    query.bindValue(QStringLiteral(":parent"), newParentId);
    query.bindValue(QStringLiteral(":id"), territoryId);
    SqlStatement::exec(query, tr("moving %1").arg(describe(before)));
    record(territoryId, TerritoryChange::Action::Move, before, after);
    transaction.commit();
    m_store.notifier().announceTerritoryChanged(territoryId);
    return after;
}

QSqlQuery TerritoryEditor::queryBelow(const TerritoryNode &node, const QString &select) const
{
    // `below`: the node and every node under it, at any depth. The server types an unadorned parameter as text.
    QSqlQuery query = SqlStatement::prepare(
        m_store.database(), QStringLiteral("WITH RECURSIVE below (id) AS (SELECT CAST(:id AS BIGINT) UNION ALL"
                                           " SELECT t.id FROM territory t JOIN below b ON t.parent_id = b.id) ")
                                + select);
    query.bindValue(QStringLiteral(":id"), node.id);
    SqlStatement::exec(query, tr("looking below %1").arg(describe(node)));
    return query;
}

void TerritoryEditor::remove(qint64 territoryId)
{
    const TerritoryNode node = existing(territoryId);
    // Deleting a node cascades to everything keyed on it and on the nodes below; what a person typed or
    // photographed must never go that way.
    // `IN (SELECT ...)`: the server takes no bare table name after IN.
    QSqlQuery below = queryBelow(
        node, QStringLiteral("SELECT (SELECT count(*) FROM protocol WHERE territory_id IN (SELECT id FROM below))"
                             " AS protocols,"
                             " (SELECT count(*) FROM protocol_attachment WHERE territory_id IN (SELECT id FROM below))"
                             " AS photos,"
                             " (SELECT count(*) FROM protocol_draft WHERE territory_id IN (SELECT id FROM below))"
                             " AS drafts"));
    below.next();
    const int protocols = below.value(QLatin1String("protocols")).toInt();
    const int photos = below.value(QLatin1String("photos")).toInt();
    const int drafts = below.value(QLatin1String("drafts")).toInt();
    below.finish();
    if (protocols > 0)
        throw SaylauError(tr("%1 cannot be deleted: %n protocol(s) were entered or imported there. Move the "
                             "precincts elsewhere first, or keep it.", nullptr, protocols)
                              .arg(describe(node)));
    if (photos > 0 || drafts > 0)
        throw SaylauError(tr("%1 cannot be deleted: photos or unsaved protocol drafts belong to it.")
                              .arg(describe(node)));

    QSqlQuery nodes = queryBelow(node, QStringLiteral("SELECT id FROM below"));
    QList<qint64> ids;
    while (nodes.next())
        ids.append(nodes.value(QLatin1String("id")).toLongLong());
    nodes.finish();

    CampaignStore::Transaction transaction(m_store);
    for (qint64 id : std::as_const(ids))
        record(id, TerritoryChange::Action::Delete, m_store.territory(id), std::nullopt);
    QSqlQuery erase = SqlStatement::prepare(m_store.database(), QStringLiteral("DELETE FROM territory WHERE id = :id"));
    erase.bindValue(QStringLiteral(":id"), territoryId);
    SqlStatement::exec(erase, tr("deleting %1").arg(describe(node)));
    transaction.commit();
    m_store.notifier().announceTerritoryChanged(territoryId);
}

QList<TerritoryChange> TerritoryEditor::history(qint64 territoryId) const
{
    QSqlQuery query = SqlStatement::prepare(
        m_store.database(),
        QStringLiteral("SELECT id, territory_id, action, changed_at, changed_by, before, after FROM territory_history"
                       " WHERE :all = 1 OR territory_id = :territory ORDER BY id"));
    query.bindValue(QStringLiteral(":all"), territoryId == 0 ? 1 : 0);
    query.bindValue(QStringLiteral(":territory"), territoryId);
    SqlStatement::exec(query, tr("reading the territory history"));
    QList<TerritoryChange> changes;
    while (query.next()) {
        TerritoryChange change;
        change.id = query.value(QStringLiteral("id")).toLongLong();
        change.territoryId = query.value(QStringLiteral("territory_id")).toLongLong();
        change.action = TerritoryChange::actionFromName(query.value(QStringLiteral("action")).toString())
                            .value_or(TerritoryChange::Action::Rename);
        change.changedAt = SqlStatement::dateTimeFromText(query.value(QStringLiteral("changed_at")).toString());
        change.changedBy = query.value(QStringLiteral("changed_by")).toString();
        change.before = nodeFromJson(change.territoryId, query.value(QStringLiteral("before")).toString());
        change.after = nodeFromJson(change.territoryId, query.value(QStringLiteral("after")).toString());
        changes.append(change);
    }
    return changes;
}

} // namespace saylau
