#include "CampaignCopy.h"

#include "CampaignStore.h"
#include "SqlDialect.h"

#include "../domain/SaylauError.h"
#include "Sha256.h"

#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace saylau {

namespace {

// Every table of a campaign, parents before the tables whose foreign keys name them. A table the migrations add
// must be named here: copy() refuses a source holding a table this list lacks rather than leave it behind.
const QStringList tablesInCopyOrder = {
    QStringLiteral("meta"),
    QStringLiteral("contest"),
    QStringLiteral("ballot_entry"),
    QStringLiteral("territory"),
    QStringLiteral("territory_name"),
    QStringLiteral("import_run"),
    QStringLiteral("saved_mapping"),
    QStringLiteral("protocol"),
    QStringLiteral("protocol_history"),
    QStringLiteral("protocol_draft"),
    QStringLiteral("protocol_second_entry"),
    QStringLiteral("protocol_attachment"),
    QStringLiteral("sample_design"),
    QStringLiteral("sample_stratum"),
    QStringLiteral("sample_member"),
    QStringLiteral("territory_history"),
    QStringLiteral("exchange_photo"),
    QStringLiteral("exchange_peer"),
    QStringLiteral("exchange_revision"),
    QStringLiteral("exchange_parent"),
};

// The tables the checksum covers: the evidence (figures, their history, the photos).
const QStringList checkedTables = {QStringLiteral("protocol"), QStringLiteral("protocol_history"),
                                   QStringLiteral("protocol_attachment")};

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        throw SaylauError(CampaignCopy::tr("%1 failed: %2").arg(what, query.lastError().text()));
    return query;
}

// Rows in an order the target can take them in: a territory's parent before it (a node moved under a later
// one has a larger parent id), everything else by id where there is one.
QString selectInCopyOrder(const QString &table, const QSqlRecord &columns)
{
    if (table == QLatin1String("territory"))
        return QStringLiteral("WITH RECURSIVE tree (id, depth) AS ("
                              " SELECT id, 0 FROM territory WHERE parent_id IS NULL"
                              " UNION ALL SELECT t.id, tree.depth + 1 FROM territory t JOIN tree ON t.parent_id = tree.id)"
                              " SELECT territory.* FROM territory JOIN tree ON tree.id = territory.id"
                              " ORDER BY tree.depth, territory.id");
    QStringList order;
    if (columns.contains(QStringLiteral("id")))
        order.append(QStringLiteral("id"));
    else
        for (int i = 0; i < columns.count(); ++i)
            order.append(columns.fieldName(i));
    return QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order.join(QStringLiteral(", ")));
}

// Rows go in batches: one statement per row costs a round trip to a server each (the 193,000 rows of the 2011
// Duma election took 53 s row by row, 23 s in batches). 100 rows of the widest table stay far below either engine's limit on
// bound values (SQLite 32,766; the server 65,535).
constexpr int rowsPerStatement = 100;

QSqlQuery prepareInsert(const QSqlDatabase &db, const QString &table, const QStringList &names, int rows)
{
    QStringList marks(names.size(), QStringLiteral("?"));
    const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                            .arg(table, names.join(QStringLiteral(", ")),
                                 QStringList(rows, row).join(QStringLiteral(", ")))))
        throw SaylauError(CampaignCopy::tr("copying %1 failed: %2").arg(table, insert.lastError().text()));
    return insert;
}

QSqlRecord columnsOf(const QSqlDatabase &db, const QString &table)
{
    return db.record(table);
}

// One value as text for the checksum: the same on both engines for the same stored value.
void addValue(Sha256 &hash, const QVariant &value)
{
    if (value.isNull()) {
        hash.addData("N;");
        return;
    }
    const QByteArray bytes = value.metaType().id() == QMetaType::QByteArray ? value.toByteArray()
                                                                             : value.toString().toUtf8();
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(":");
    hash.addData(bytes);
    hash.addData(";");
}

} // namespace

CampaignCopy::Verification CampaignCopy::measure(const CampaignStore &store)
{
    const QSqlDatabase db = store.database();
    Verification verification;
    for (const QString &table : tablesInCopyOrder) {
        QSqlQuery count = run(db, QStringLiteral("SELECT count(*) FROM %1").arg(table), tr("counting %1").arg(table));
        verification.counts.append({table, count.next() ? count.value(0).toLongLong() : 0});
    }
    Sha256 hash;
    for (const QString &table : checkedTables) {
        // Columns by name in a fixed order: the engines list them alike, but nothing should hang on that.
        const QSqlRecord record = columnsOf(db, table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i));
        columns.sort();
        hash.addData(table.toUtf8());
        QSqlQuery rows = run(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns.join(QStringLiteral(", ")), table),
                             tr("reading %1").arg(table));
        while (rows.next()) {
            for (int i = 0; i < columns.size(); ++i)
                addValue(hash, rows.value(i));
            hash.addData("\n");
        }
    }
    verification.checksum = hash.hexResult();
    return verification;
}

void CampaignCopy::copyRows(const CampaignStore &source, CampaignStore &target)
{
    const QSqlDatabase from = source.database();
    const QSqlDatabase to = target.database();
    for (const QString &line : source.dialect().schemaOutline(from)) {
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.value(0) == QLatin1String("table") && !tablesInCopyOrder.contains(parts.value(1)))
            throw SaylauError(tr("%1 holds a table this version cannot copy (%2); nothing was copied")
                                  .arg(source.path(), parts.value(1)));
    }
    CampaignStore::Transaction transaction(target);
    for (const QString &table : tablesInCopyOrder) {
        const QSqlRecord columns = columnsOf(from, table);
        QSqlQuery rows = run(from, selectInCopyOrder(table, columns), tr("reading %1").arg(table));
        QStringList names;
        for (int i = 0; i < columns.count(); ++i)
            names.append(columns.fieldName(i));
        QSqlQuery batch = prepareInsert(to, table, names, rowsPerStatement);
        QList<QVariant> values;
        values.reserve(names.size() * rowsPerStatement);
        const auto write = [&](QSqlQuery &insert) {
            for (qsizetype i = 0; i < values.size(); ++i)
                insert.bindValue(int(i), values.at(i));
            if (!insert.exec())
                throw SaylauError(tr("copying %1 failed: %2").arg(table, insert.lastError().text()));
            values.clear();
        };
        // Bound by name in the source's column order, whatever the target's is. The positions are looked up
        // once: QSqlQuery::value(name) builds the whole record for every value read (a second per 100,000 rows).
        QList<int> positions;
        const QSqlRecord read = rows.record();
        for (const QString &name : std::as_const(names))
            positions.append(read.indexOf(name));
        while (rows.next()) {
            for (const int position : std::as_const(positions))
                values.append(rows.value(position));
            if (values.size() == names.size() * rowsPerStatement)
                write(batch);
        }
        if (!values.isEmpty()) {
            QSqlQuery rest = prepareInsert(to, table, names, int(values.size() / names.size()));
            write(rest);
        }
        // Tables numbered by the engine (an integer id) go on numbering after the ids copied.
        const QMetaType idType = columns.field(QStringLiteral("id")).metaType();
        if (idType == QMetaType::fromType<int>() || idType == QMetaType::fromType<qlonglong>()) {
            const QString follow = target.dialect().followIdsStatement(table);
            if (!follow.isEmpty())
                run(to, follow, tr("numbering %1").arg(table));
        }
    }
    transaction.commit();
}

CampaignCopy::Verification CampaignCopy::copy(const CampaignStore &source, const QString &target,
                                              const std::function<void(CampaignStore &)> &before,
                                              const std::function<void(CampaignStore &)> &after)
{
    const Verification expected = measure(source);
    const auto copied = CampaignStore::create(target, [&](CampaignStore &store) {
        if (before)
            before(store);
        copyRows(source, store);
        if (after)
            after(store);
    });
    const Verification found = measure(*copied);
    for (qsizetype i = 0; i < expected.counts.size(); ++i) {
        if (found.counts.at(i).rows != expected.counts.at(i).rows)
            throw SaylauError(tr("the copy in %1 does not match: %2 has %3 rows there, %4 in %5")
                                  .arg(target, expected.counts.at(i).table)
                                  .arg(found.counts.at(i).rows)
                                  .arg(expected.counts.at(i).rows)
                                  .arg(source.path()));
    }
    if (found.checksum != expected.checksum)
        throw SaylauError(tr("the copy in %1 does not match: the checksum over protocols, their history and photos "
                             "differs (%2 there, %3 in %4)")
                              .arg(target, QString::fromLatin1(found.checksum), QString::fromLatin1(expected.checksum),
                                   source.path()));
    return found;
}

} // namespace saylau
