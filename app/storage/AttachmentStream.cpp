#include "AttachmentStream.h"

#include "CampaignStore.h"
#include "FileAttachmentStream.h"
#include "ServerAttachmentStream.h"

namespace saylau {

std::unique_ptr<AttachmentStream> AttachmentStream::open(CampaignStore &store)
{
    if (store.dialect().engine() == SqlDialect::Engine::PostgreSQL)
        return std::make_unique<ServerAttachmentStream>(store);
    return std::make_unique<FileAttachmentStream>(store);
}

} // namespace saylau
