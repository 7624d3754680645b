#pragma once

// What the reliability tests share (header only: each test is its own executable): a content digest of a
// campaign file, generated CSV files, and the typed saves that the kill harness interrupts.

#include "../EntryFixture.h"
#include "storage/EntryStore.h"

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
// runs of the same write differ only there.
struct CampaignContent
{
    QString integrity;
    QByteArray digest;
};

inline CampaignContent campaignContent(const QString &path)
{
    static std::atomic<int> connections{0};
    const QString name = QStringLiteral("reliability-%1").arg(++connections);
    CampaignContent content;
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
            if (query.next())
                hash.addData(query.value(0).toString().toUtf8());
            query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                                      "'sqlite_%' ORDER BY name"));
            while (query.next())
                tables.append(query.value(0).toString());
            for (const QString &table : std::as_const(tables)) {
                QStringList columns;
                query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
                while (query.next()) {
                    if (!query.value(0).toString().endsWith(QLatin1String("_at")))
                        columns.append(QLatin1Char('"') + query.value(0).toString() + QLatin1Char('"'));
                }
                hash.addData(table.toUtf8());
                QStringList order;
                for (int i = 1; i <= columns.size(); ++i)
                    order.append(QString::number(i));
                query.exec(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3")
                               .arg(columns.join(QLatin1Char(',')), table, order.join(QLatin1Char(','))));
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
