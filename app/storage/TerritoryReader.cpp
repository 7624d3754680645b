#include "TerritoryReader.h"

#include "SqliteHandle.h"

#include "../domain/SaylauError.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <memory>

namespace saylau {

namespace {

QByteArrayView columnBytes(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(statement, column));
}

QString columnText(sqlite3_stmt *statement, int column)
{
    const QByteArrayView bytes = columnBytes(statement, column);
    return bytes.isEmpty() ? QString() : QString::fromUtf8(bytes);
}

// The table's CHECK allows these four names only.
TerritoryNode::Level levelOf(QByteArrayView name)
{
    if (name == "precinct")
        return TerritoryNode::Level::Precinct;
    if (name == "district")
        return TerritoryNode::Level::District;
    if (name == "region")
        return TerritoryNode::Level::Region;
    return TerritoryNode::Level::Country;
}

} // namespace

QList<TerritoryNode> TerritoryReader::readAll(const QSqlDatabase &db)
{
    sqlite3 *handle = SqliteHandle::of(db);
    // The columns and the book of names as CampaignStore reads one node, in id order.
    static const char sql[] = "SELECT t.id, t.parent_id, t.level, t.code, t.name, t.address, t.kind, n.translations"
                              " FROM territory t LEFT JOIN territory_name n ON n.level = t.level AND n.name = t.name"
                              " ORDER BY t.id";
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &raw, nullptr) != SQLITE_OK)
        throw SaylauError(tr("reading the territory failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    const QByteArray commission = TerritoryNode::commissionKind().toUtf8();

    QList<TerritoryNode> nodes;
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(raw)) == SQLITE_ROW) {
        TerritoryNode &node = nodes.emplace_back();
        node.id = sqlite3_column_int64(raw, 0);
        node.parentId = sqlite3_column_int64(raw, 1);
        node.level = levelOf(columnBytes(raw, 2));
        node.code = columnText(raw, 3);
        node.name = columnText(raw, 4);
        node.address = columnText(raw, 5);
        node.countedByCommission = columnBytes(raw, 6) == commission;
        // Most nodes (every precinct) have no entry in the book: nothing to parse. Translations only ever add
        // to the stored names, so a column that does not parse shows the names as stored.
        if (sqlite3_column_type(raw, 7) != SQLITE_NULL) {
            const QByteArrayView json = columnBytes(raw, 7);
            node.nameTranslations = LocalizedText::fromJson(
                QJsonDocument::fromJson(QByteArray(json.data(), json.size())).object(), QStringLiteral("name"));
        }
    }
    if (status != SQLITE_DONE)
        throw SaylauError(tr("reading the territory failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    return nodes;
}

} // namespace saylau
