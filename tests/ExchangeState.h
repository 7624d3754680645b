#pragma once

// What a campaign holds of the exchange, for the exchange tests (TestExchange, TestServerExchange). Header only:
// each Test*.cpp is its own executable.

#include "storage/CampaignStore.h"
#include "storage/ExchangeLedger.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

namespace saylau::test {

// What a campaign holds, as text to compare between campaigns (files, or a file and a server): protocols by content, territory,
// photos by size and first and last bytes, revisions with their parents, history rows, conflicts with their
// versions, nodes kept though deleted. Each line begins with the uid of its territory node; with a scope (uids),
// only the lines of those nodes: what an office whose kit holds some regions must agree on with headquarters.
inline QStringList stateOf(CampaignStore &store, const QSet<QString> &scope = {})
{
    QStringList lines;
    const QStringList queries = {
        QStringLiteral("SELECT t.uid, 'protocol', p.contest_id, p.source, p.copy, p.figures, p.observer_name,"
                       " p.remarks, p.entry_status FROM protocol p JOIN territory t ON t.id = p.territory_id"),
        QStringLiteral("SELECT c.uid, 'territory', coalesce(p.uid, ''), c.level, c.code, c.name, c.address"
                       " FROM territory c LEFT JOIN territory p ON p.id = c.parent_id"),
        QStringLiteral("SELECT t.uid, 'photo', x.uid, a.file_name, length(a.data), substr(a.data, 1, 32),"
                       " substr(a.data, length(a.data) - 31, 32) FROM protocol_attachment a"
                       " JOIN exchange_photo x ON x.attachment_id = a.id JOIN territory t ON t.id = a.territory_id"),
        QStringLiteral("SELECT r.territory_uid, 'revision', r.uid, r.figures, r.details, r.saved_at, r.saved_by,"
                       " r.origin FROM exchange_revision r"),
        QStringLiteral("SELECT r.territory_uid, 'parent', p.child, p.parent FROM exchange_parent p"
                       " JOIN exchange_revision r ON r.uid = p.child"),
        QStringLiteral("SELECT t.uid, 'history', h.uid, h.revision, h.saved_by, h.figures FROM protocol_history h"
                       " JOIN protocol p ON p.id = h.protocol_id JOIN territory t ON t.id = p.territory_id"),
    };
    QSqlQuery query(store.database());
    for (const QString &sql : queries) {
        if (!query.exec(sql))
            return {QStringLiteral("cannot read: ") + sql};
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant value = query.value(i);
                fields.append(value.typeId() == QMetaType::QByteArray ? QString::fromLatin1(value.toByteArray().toHex())
                                                                     : value.toString());
            }
            lines.append(fields.join(QLatin1Char('|')));
        }
    }
    const ExchangeLedger ledger(store);
    for (const ExchangeConflict &conflict : ledger.conflicts()) {
        QStringList versions;
        for (const ExchangeConflict::Version &version : conflict.versions)
            versions.append(version.revisionUid + (version.shown ? QStringLiteral("*") : QString()));
        lines.append(QStringLiteral("%1|conflict|%2|%3")
                         .arg(QString::fromLatin1(ledger.territoryUid(conflict.key.territoryId)), conflict.key.copy,
                              versions.join(QLatin1Char(','))));
    }
    for (const ExchangeLedger::RefusedDeletion &kept : ledger.refusedDeletions())
        lines.append(QStringLiteral("%1|kept|%2|%3")
                         .arg(QString::fromLatin1(ledger.territoryUid(kept.territoryId)), kept.origin, kept.changedBy));
    if (!scope.isEmpty())
        lines.removeIf([&](const QString &line) { return !scope.contains(line.section(QLatin1Char('|'), 0, 0)); });
    lines.sort();
    return lines;
}

} // namespace saylau::test
