#pragma once

#include "../domain/Attachment.h"
#include "../domain/ProtocolKey.h"

#include <QCoreApplication>
#include <QList>

namespace saylau {

class CampaignStore;

// Photos and scans of paper protocols, stored as BLOBs in the campaign file.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    explicit AttachmentStore(CampaignStore &store);

    // Returns the new attachment's id. Throws SaylauError for an empty file.
    qint64 add(const Attachment &attachment);
    // Without their data, in the order they were added.
    QList<Attachment> list(const ProtocolKey &key) const;
    // With its data; throws SaylauError when there is no such attachment.
    Attachment attachment(qint64 id) const;

private:
    CampaignStore &m_store;
};

} // namespace saylau
