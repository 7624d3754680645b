#include "ImportWriter.h"

#include "BulkProtocolWriter.h"
#include "CampaignStore.h"
#include "CopyProtocolWriter.h"

namespace saylau {

std::unique_ptr<ImportWriter> ImportWriter::create(CampaignStore &store, const Contest &contest, SourceKind source,
                                                   const QString &copy, const QString &origin, const QString &savedBy)
{
    if (store.dialect().engine() == SqlDialect::Engine::PostgreSQL)
        return std::make_unique<CopyProtocolWriter>(store, contest, source, copy, origin, savedBy);
    return std::make_unique<BulkProtocolWriter>(store, contest, source, copy, origin, savedBy);
}

} // namespace saylau
