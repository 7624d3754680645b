#pragma once

#include "CampaignStore.h"
#include "FiguresCodec.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace saylau {

// The read path of a whole-contest comparison (CampaignStore::forEachFigures): id, territory, copy and
// figures of one contest's protocols of one source (or both), in territory order.
//
// Like BulkProtocolWriter it talks to SQLite's C API on the store's own connection: reading the figures'
// UTF-8 bytes in place, with no QVariant and no UTF-16 round trip per value, reads 100,000 protocols in
// about a tenth of a second.
class FiguresReader
{
    Q_DECLARE_TR_FUNCTIONS(FiguresReader)

public:
    FiguresReader(const CampaignStore &store, const Contest &contest);

    // Throws SaylauError when the statement fails or stored figures are damaged.
    // No source: both, in territory, source and copy order.
    void run(std::optional<SourceKind> source, const std::function<void(CampaignStore::FiguresRow &)> &visit) const;

private:
    // The reading for engines other than SQLite (whose C API the fast path above steps through).
    void runThroughDriver(std::optional<SourceKind> source,
                          const std::function<void(CampaignStore::FiguresRow &)> &visit) const;

    const CampaignStore &m_store;
    QByteArray m_contestId;
    FiguresCodec m_codec;
};

} // namespace saylau
