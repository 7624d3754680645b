#pragma once

#include <QCoreApplication>
#include <QString>

namespace saylau {

class CampaignStore;

// Observer copies made from a campaign's official figures, for the comparison benchmark (`saylau bench diff
// DATA.csv`) and for trying the comparison out on real official data. Every precinct gets a copy equal to its
// official record, except every n-th, where the copy keeps a few dozen votes that the official figures moved
// from the runner-up to the leading party, as a falsifier who keeps the arithmetic would: every copy still
// satisfies its form's relations, and only the comparison shows the move.
class ObserverCopyGenerator
{
    Q_DECLARE_TR_FUNCTIONS(ObserverCopyGenerator)

public:
    struct Summary
    {
        int copies = 0;
        int altered = 0;
    };

    // Writes the copies in one transaction. Throws SaylauError.
    static Summary generate(CampaignStore &store, const QString &contestId, int every = 20);
};

} // namespace saylau
