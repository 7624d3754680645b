#pragma once

#include "ExchangeLedger.h"

#include <QCoreApplication>

namespace saylau {

class CampaignStore;

// The one place the exchange writes a protocol row: the row is made to show a revision (its figures, its other
// fields, who saved it and when). Kept to this one function so that it can be pointed at the store's common
// protocol writer when there is one.
class MergedProtocolWriter
{
    Q_DECLARE_TR_FUNCTIONS(MergedProtocolWriter)

public:
    enum class Outcome { Inserted, Updated, Unchanged };

    explicit MergedProtocolWriter(CampaignStore &store);

    // Inside the caller's write transaction. Throws SaylauError.
    Outcome show(qint64 territoryId, const ExchangeLedger::Revision &revision);

private:
    CampaignStore &m_store;
};

} // namespace saylau
