#include "MergedProtocolWriter.h"

#include "SqliteStatement.h"

namespace saylau {

MergedProtocolWriter::MergedProtocolWriter(sqlite3 *db)
    : m_db(db)
{
}

MergedProtocolWriter::Outcome MergedProtocolWriter::show(qint64 territoryId, const ExchangeLedger::Revision &revision)
{
    SqliteStatement current(m_db,
                            (QByteArray("SELECT p.id, p.figures IS :figures AND ") + ExchangeLedger::detailsOfProtocol
                             + " IS :details FROM protocol p WHERE p.contest_id = :contest"
                               " AND p.territory_id = :territory AND p.source = :source AND p.copy = :copy"),
                            tr("reading a protocol to merge"));
    current.bind(":figures", QByteArrayView(revision.figures))
        .bind(":details", QByteArrayView(revision.details))
        .bind(":contest", revision.contestId)
        .bind(":territory", territoryId)
        .bind(":source", revision.source)
        .bind(":copy", revision.copy);
    const bool exists = current.step();
    if (exists && current.integer(1) == 1)
        return Outcome::Unchanged;
    const qint64 id = exists ? current.integer(0) : 0;

    // The revision number moves past every history row the protocol has (those merged with it included), so
    // that an operator who opened the protocol before the merge meets a save conflict instead of overwriting
    // it. relation_errors is left unchecked, as for an import: the figures were not typed here.
    SqliteStatement write(
        m_db,
        exists ? "UPDATE protocol SET figures = :figures,"
                 " entry_status = json_extract(:details, '$.entry_status'), extra = json_extract(:details, '$.extra'),"
                 " observer_contact = json_extract(:details, '$.observer_contact'),"
                 " observer_name = json_extract(:details, '$.observer_name'),"
                 " received_at = json_extract(:details, '$.received_at'),"
                 " received_how = json_extract(:details, '$.received_how'),"
                 " remarks = json_extract(:details, '$.remarks'), entered_by = :saved_by, updated_at = :saved_at,"
                 " relation_errors = NULL, revision = max(revision + 1,"
                 "  coalesce((SELECT max(h.revision) FROM protocol_history h WHERE h.protocol_id = :id), 0))"
                 " WHERE id = :id"
               : "INSERT INTO protocol (contest_id, territory_id, source, copy, figures, entry_status, extra,"
                 " observer_contact, observer_name, received_at, received_how, remarks, entered_by, updated_at,"
                 " revision) VALUES (:contest, :territory, :source, :copy, :figures,"
                 " json_extract(:details, '$.entry_status'), json_extract(:details, '$.extra'),"
                 " json_extract(:details, '$.observer_contact'), json_extract(:details, '$.observer_name'),"
                 " json_extract(:details, '$.received_at'), json_extract(:details, '$.received_how'),"
                 " json_extract(:details, '$.remarks'), :saved_by, :saved_at, 1)",
        tr("writing a merged protocol"));
    write.bind(":figures", QByteArrayView(revision.figures))
        .bind(":details", QByteArrayView(revision.details))
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
