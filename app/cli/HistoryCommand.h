#pragma once

#include "CampaignCommand.h"
#include "domain/Protocol.h"

namespace saylau {

// `saylau history FILE PRECINCT`: every save of a precinct's typed protocol, who, when and what changed,
// with its entry status; the same history the desktop program shows, readable where there is no screen.
class HistoryCommand : public CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    HistoryCommand();

private:
    // The protocol --source and --copy name at a precinct, if it has one.
    std::optional<Protocol> protocolAt(const CampaignStore &store, qint64 precinctId, const QString &contestId) const;
    int runOn(CampaignStore &store, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
