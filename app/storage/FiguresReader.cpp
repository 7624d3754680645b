#include "FiguresReader.h"

#include "SqliteHandle.h"

#include "SqlDialect.h"

#include "../domain/SaylauError.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>

namespace saylau {

FiguresReader::FiguresReader(const CampaignStore &store, const Contest &contest)
    : m_store(store)
    , m_contestId(contest.id.toUtf8())
    , m_codec(contest)
{
}

void FiguresReader::run(std::optional<SourceKind> source,
                        const std::function<void(CampaignStore::FiguresRow &)> &visit) const
{
    if (m_store.dialect().engine() != SqlDialect::Engine::SQLite) {
        runThroughDriver(source, visit);
        return;
    }
    sqlite3 *db = SqliteHandle::of(m_store.database());

    // The (contest_id, territory_id, source, copy) unique index serves the order with no sort step; naming
    // copy in the ORDER BY of one source would add one (source sits between), and the index gives that
    // order anyway.
    static const char oneSource[] = "SELECT id, territory_id, source, copy, figures FROM protocol"
                                    " WHERE contest_id = ? AND source = ? ORDER BY territory_id";
    static const char allSources[] = "SELECT id, territory_id, source, copy, figures FROM protocol"
                                     " WHERE contest_id = ? ORDER BY territory_id, source, copy";
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, source ? oneSource : allSources, -1, &raw, nullptr) != SQLITE_OK)
        throw SaylauError(tr("reading protocols failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    const QByteArray sourceName = source ? sourceKindName(*source).toUtf8() : QByteArray();
    sqlite3_bind_text(raw, 1, m_contestId.constData(), int(m_contestId.size()), SQLITE_STATIC);
    if (source)
        sqlite3_bind_text(raw, 2, sourceName.constData(), int(sourceName.size()), SQLITE_STATIC);
    const QByteArray official = sourceKindName(SourceKind::Official).toUtf8();

    CampaignStore::FiguresRow row;
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(raw)) == SQLITE_ROW) {
        row.protocolId = sqlite3_column_int64(raw, 0);
        row.territoryId = sqlite3_column_int64(raw, 1);
        const QByteArrayView sourceText(reinterpret_cast<const char *>(sqlite3_column_text(raw, 2)),
                                        sqlite3_column_bytes(raw, 2));
        // The table's CHECK allows the two names only.
        row.source = sourceText == official ? SourceKind::Official : SourceKind::Observer;
        const int copyBytes = sqlite3_column_bytes(raw, 3);
        row.copy = copyBytes == 0 ? QString()
                                  : QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, 3)),
                                                      copyBytes);
        const auto *figures = reinterpret_cast<const char *>(sqlite3_column_text(raw, 4));
        m_store.readStoredFigures(m_codec, QByteArrayView(figures, sqlite3_column_bytes(raw, 4)), row.protocolId,
                                  row.figures);
        visit(row);
    }
    if (status != SQLITE_DONE)
        throw SaylauError(tr("reading protocols failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
}

void FiguresReader::runThroughDriver(std::optional<SourceKind> source,
                                     const std::function<void(CampaignStore::FiguresRow &)> &visit) const
{
    // On a server the rows come through Qt's driver; the same statements and order as above.
    QSqlQuery query(m_store.database());
    m_store.dialect().streamRows(query);
    const QString columns = QStringLiteral("SELECT id, territory_id, source, copy, figures FROM protocol WHERE contest_id = :contest_id");
    if (!query.prepare(source ? columns + QStringLiteral(" AND source = :source ORDER BY territory_id, copy")
                              : columns + QStringLiteral(" ORDER BY territory_id, source, copy")))
        throw SaylauError(tr("reading protocols failed: %1").arg(query.lastError().text()));
    query.bindValue(QStringLiteral(":contest_id"), QString::fromUtf8(m_contestId));
    if (source)
        query.bindValue(QStringLiteral(":source"), sourceKindName(*source));
    if (!query.exec())
        throw SaylauError(tr("reading protocols failed: %1").arg(query.lastError().text()));
    const QString official = sourceKindName(SourceKind::Official);
    CampaignStore::FiguresRow row;
    while (query.next()) {
        row.protocolId = query.value(QLatin1String("id")).toLongLong();
        row.territoryId = query.value(QLatin1String("territory_id")).toLongLong();
        row.source = query.value(QLatin1String("source")).toString() == official ? SourceKind::Official
                                                                                  : SourceKind::Observer;
        row.copy = query.value(QLatin1String("copy")).toString();
        const QByteArray figures = query.value(QLatin1String("figures")).toByteArray();
        m_store.readStoredFigures(m_codec, figures, row.protocolId, row.figures);
        visit(row);
    }
}

} // namespace saylau
