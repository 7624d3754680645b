#pragma once

// What the reliability tests share (header only: each test is its own executable): a content digest of a
// campaign file, generated CSV files, and the typed saves that the kill harness interrupts.

#include "../EntryFixture.h"
#include "domain/SaylauError.h"
#include "entry/EntryStore.h"
#include "storage/CampaignStore.h"
#include "storage/HistoryChain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <atomic>

namespace saylau::reliability {

// What a campaign file holds, as a plain connection sees it after SQLite's own recovery (a hot journal rolled
// back, a log read through): PRAGMA integrity_check, and a SHA-256 over the schema version and every row of
// every table, in a fixed order. Columns named *_at (when a save or an import happened) are left out: two
// runs of the same write differ only there, and in what is computed from them, the history chain's hashes
// (protocol_history.prev_hash and row_hash, meta's history_head: see HistoryChain). Those are checked instead
// of compared: the chain must link every row whole up to the head, as `saylau verify-history` requires.
struct CampaignContent
{
    QString integrity;
    QByteArray digest;
};

// Why the file's history chain is not whole, or empty when it is. Only a file at the current schema is opened
// here (read-only): opening an older one would upgrade it, changing what is being looked at.
inline QString historyChainFault(const QString &path, int schemaVersion)
{
    if (schemaVersion != CampaignStore::currentSchemaVersion())
        return {};
    try {
        const auto store = CampaignStore::open(path, CampaignStore::Access::ReadOnly);
        const HistoryChain::Verdict verdict = HistoryChain::verify(*store);
        if (verdict.broken)
            return QStringLiteral("history chain broken at row %1: %2")
                .arg(verdict.broken->rowId)
                .arg(verdict.broken->reason);
    } catch (const SaylauError &error) {
        return QStringLiteral("history chain unreadable: ") + error.message();
    }
    return {};
}

// Whether a table's column is left out of the digest (see CampaignContent).
inline bool isLeftOutOfDigest(const QString &table, const QString &column)
{
    return column.endsWith(QLatin1String("_at"))
        || (table == QLatin1String("protocol_history")
            && (column == QLatin1String("prev_hash") || column == QLatin1String("row_hash")));
}

// The condition on a table's rows that leaves out the ones the digest does not compare (see CampaignContent).
inline QString rowsInDigest(const QString &table)
{
    return table == QLatin1String("meta") ? QStringLiteral(" WHERE key <> 'history_head'") : QString();
}

inline CampaignContent campaignContent(const QString &path)
{
    static std::atomic<int> connections{0};
    const QString name = QStringLiteral("reliability-%1").arg(++connections);
    CampaignContent content;
    int schemaVersion = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        if (!db.open()) {
            content.integrity = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
                content.integrity = query.lastError().text();
            while (query.next())
                content.integrity += query.value(0).toString();
            QCryptographicHash hash(QCryptographicHash::Sha256);
            QStringList tables;
            query.exec(QStringLiteral("PRAGMA user_version"));
            if (query.next()) {
                schemaVersion = query.value(0).toInt();
                hash.addData(query.value(0).toString().toUtf8());
            }
            query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                                      "'sqlite_%' ORDER BY name"));
            while (query.next())
                tables.append(query.value(0).toString());
            for (const QString &table : std::as_const(tables)) {
                QStringList columns;
                query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
                while (query.next()) {
                    if (!isLeftOutOfDigest(table, query.value(0).toString()))
                        columns.append(QLatin1Char('"') + query.value(0).toString() + QLatin1Char('"'));
                }
                hash.addData(table.toUtf8());
                QStringList order;
                for (int i = 1; i <= columns.size(); ++i)
                    order.append(QString::number(i));
                query.exec(QStringLiteral("SELECT %1 FROM \"%2\"%3 ORDER BY %4")
                               .arg(columns.join(QLatin1Char(',')), table, rowsInDigest(table),
                                    order.join(QLatin1Char(','))));
                while (query.next()) {
                    for (int i = 0; i < columns.size(); ++i)
                        hash.addData(QByteArray((query.isNull(i) ? QStringLiteral("\x01NULL")
                                                                 : query.value(i).toString()).toUtf8()
                                                + '\x1f'));
                    hash.addData("\x1e");
                }
            }
            content.digest = hash.result().toHex();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (content.integrity == QLatin1String("ok")) {
        if (const QString fault = historyChainFault(path, schemaVersion); !fault.isEmpty())
            content.integrity = fault;
    }
    return content;
}

// The header cells of two count columns (voters on the list, the first party's votes) of each preset.
inline const QByteArray ruDumaCounts = "\"Число избирателей, внесенных в список избирателей\","
                                       "\"6. Всероссийская политическая партия \"\"ЕДИНАЯ РОССИЯ\"\"\"";
inline const QByteArray kz2021Counts = "\"Количество избирателей, включенных в списки избирателей\",1. Народная партия";

// A results file: region, TIK, precinct and the two count columns named by counts; rows precincts numbered
// from firstPrecinct in seven regions, the counts shifted by variant (a corrected file of the same precincts
// has another variant).
inline QString writeResultsCsv(const QString &path, const QByteArray &counts, int rows, int firstPrecinct,
                               int variant)
{
    QByteArray text = "region,tik,uik," + counts + '\n';
    for (int i = 0; i < rows; ++i) {
        const int precinct = firstPrecinct + i;
        text += "Регион " + QByteArray::number(precinct % 7) + ",ТИК " + QByteArray::number(precinct % 40) + ','
            + QByteArray::number(precinct) + ',' + QByteArray::number(1000 + precinct + variant) + ','
            + QByteArray::number((precinct * 7 + variant) % 600) + '\n';
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The step-th of a series of typed saves into an EntryFixture campaign: a protocol of one of its three
// precincts, its figures set from the step number, saved on top of what is stored. Each save is one
// transaction, so after any number of whole steps the file holds exactly that many.
inline void typedSave(CampaignStore &store, int step)
{
    const QList<TerritoryNode> precincts = [&store] {
        QList<TerritoryNode> found;
        for (const TerritoryNode &node : store.allTerritory())
            if (node.level == TerritoryNode::Level::Precinct)
                found.append(node);
        return found;
    }();
    EntryStore entries(store);
    Protocol protocol = EntryFixture::consistentProtocol(precincts.at(step % precincts.size()).id);
    if (const std::optional<Protocol> stored = entries.find(ProtocolKey::of(protocol)))
        protocol = *stored;
    protocol.figures.set(0, 1500 + step);
    protocol.figures.set(6, 400 + step % 50);
    protocol.remarks = QStringLiteral("step %1").arg(step);
    entries.save(protocol, QStringLiteral("Оператор %1").arg(step % 3));
}

} // namespace saylau::reliability
