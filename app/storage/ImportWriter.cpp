#include "ImportWriter.h"

#include "BulkProtocolWriter.h"
#include "CampaignStore.h"
#include "CopyProtocolWriter.h"
#include "ProtocolWriter.h"
#include "SqlStatement.h"

#include <QDateTime>

namespace saylau {

ImportWriter::ImportWriter(const Contest &contest, SourceKind source, const QString &copy, const QString &origin,
                           const QString &savedBy)
    : m_contest(contest)
    , m_codec(contest)
    , m_contestId(contest.id.toUtf8())
    , m_source(sourceKindName(source).toUtf8())
    , m_copy(copy.toUtf8())
    , m_origin(origin.toUtf8())
    , m_savedBy(savedBy.toUtf8())
    , m_savedAt(SqlStatement::dateTimeText(QDateTime::currentDateTimeUtc()).toUtf8())
    , m_status(
          entryStatusName(ProtocolWriter::statusAfter(ProtocolWriter::Origin::Import, std::nullopt, false)).toUtf8())
    , m_historyAction(ProtocolWriter::historyAction(ProtocolWriter::Origin::Import))
{
}

std::unique_ptr<ImportWriter> ImportWriter::create(CampaignStore &store, const Contest &contest, SourceKind source,
                                                   const QString &copy, const QString &origin, const QString &savedBy)
{
    if (store.dialect().engine() == SqlDialect::Engine::PostgreSQL)
        return std::make_unique<CopyProtocolWriter>(store, contest, source, copy, origin, savedBy);
    return std::make_unique<BulkProtocolWriter>(store, contest, source, copy, origin, savedBy);
}

} // namespace saylau
