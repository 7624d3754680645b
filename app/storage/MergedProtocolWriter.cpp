#include "MergedProtocolWriter.h"

#include "CampaignQuery.h"
#include "CampaignStore.h"
#include "RevisionDetails.h"

namespace saylau {

MergedProtocolWriter::MergedProtocolWriter(CampaignStore &store)
    : m_store(store)
{
}

MergedProtocolWriter::Outcome MergedProtocolWriter::show(qint64 territoryId, const ExchangeLedger::Revision &revision)
{
    CampaignQuery current(m_store,
                          QStringLiteral("SELECT p.id, p.figures, %1 FROM protocol p WHERE p.contest_id = :contest"
                                         " AND p.territory_id = :territory AND p.source = :source AND p.copy = :copy")
                              .arg(RevisionDetails::selectList(QStringLiteral("p"))),
                          tr("reading a protocol to merge"));
    current.bind(":contest", revision.contestId)
        .bind(":territory", territoryId)
        .bind(":source", revision.source)
        .bind(":copy", revision.copy);
    const bool exists = current.step();
    qint64 id = 0;
    if (exists) {
        RevisionDetails::Fields shown;
        for (int i = 0; i < RevisionDetails::fieldCount; ++i)
            shown.at(size_t(i)) = current.string(2 + i);
        if (current.text(1) == revision.figures && RevisionDetails::toJson(shown) == revision.details)
            return Outcome::Unchanged;
        id = current.integer(0);
        current.reset();
    }

    // The revision number moves past every history row the protocol has (those merged with it included), so
    // that an operator who opened the protocol before the merge meets a save conflict instead of overwriting
    // it. relation_errors is left unchecked, as for an import: the figures were not typed here.
    QStringList assignments;
    QStringList placeholders;
    for (const char *column : RevisionDetails::columns) {
        assignments.append(QStringLiteral("%1 = :%1").arg(QLatin1String(column)));
        placeholders.append(QStringLiteral(":%1").arg(QLatin1String(column)));
    }
    const QString sql =
        exists ? QStringLiteral("UPDATE protocol SET figures = :figures, %1, entered_by = :saved_by,"
                                " updated_at = :saved_at, relation_errors = NULL, revision = %2 WHERE id = :id")
                     .arg(assignments.join(QStringLiteral(", ")),
                          m_store.dialect().greaterOf(
                              QStringLiteral("revision + 1"),
                              QStringLiteral("coalesce((SELECT max(h.revision) FROM protocol_history h"
                                             " WHERE h.protocol_id = :id), 0)")))
               : QStringLiteral("INSERT INTO protocol (contest_id, territory_id, source, copy, figures, %1,"
                                " entered_by, updated_at, revision) VALUES (:contest, :territory, :source, :copy,"
                                " :figures, %2, :saved_by, :saved_at, 1)")
                     .arg(RevisionDetails::selectList(QString()),
                          placeholders.join(QStringLiteral(", ")));
    CampaignQuery write(m_store, sql, tr("writing a merged protocol"));
    const RevisionDetails::Fields details = RevisionDetails::fromJson(revision.details);
    for (int i = 0; i < RevisionDetails::fieldCount; ++i)
        write.bind(QByteArray(":").append(RevisionDetails::columns.at(size_t(i))).constData(), details.at(size_t(i)));
    write.bind(":figures", QByteArrayView(revision.figures))
        .bind(":saved_by", QByteArrayView(revision.savedBy))
        .bind(":saved_at", QByteArrayView(revision.savedAt));
    if (exists) {
        write.bind(":id", id);
    } else {
        write.bind(":contest", revision.contestId)
            .bind(":territory", territoryId)
            .bind(":source", revision.source)
            .bind(":copy", revision.copy);
    }
    write.run();
    return exists ? Outcome::Updated : Outcome::Inserted;
}

} // namespace saylau
