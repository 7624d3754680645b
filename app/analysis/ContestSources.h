#pragma once

#include "../domain/Contest.h"
#include "../domain/SourceKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace saylau {

class CampaignStore;

// Which figures a contest has — observers' copies, official figures, both or none — so that a report or a
// chart shows what there is by default, and says why when asked for what there is not (a table of dashes or
// an empty chart explains nothing).
class ContestSources
{
    Q_DECLARE_TR_FUNCTIONS(ContestSources)

public:
    ContestSources(const CampaignStore &store, const Contest &contest);

    // The sources with at least one protocol, observer first: the default of `report`, `chart` and the
    // charts pane.
    const QList<SourceKind> &available() const { return m_available; }
    // Why these sources cannot be shown (a sentence naming the contest and what it has); empty when they can.
    QString whyNotShown(const QList<SourceKind> &requested) const;

private:
    QString m_contestName;
    QList<SourceKind> m_available;
};

} // namespace saylau
