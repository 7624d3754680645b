#pragma once

#include "Totals.h"

#include "../domain/Contest.h"

#include <QList>

namespace saylau {

// Seats of a party-list contest as the Kazakh Constitutional Law "On Elections" shares them: the lists over the
// threshold (the form's rule: 7% of the voters who took part, in 2021) share the contest's seats in
// proportion to their votes, by the largest-remainder (Hare) method. Computed from any totals: on the official
// figures it is the published allocation, on the observers' it is what the seats would have been.
class SeatAllocation
{
public:
    struct Party
    {
        int ballotIndex = 0;
        qint64 votes = 0;
        bool overThreshold = false;
        int seats = 0;
    };

    static SeatAllocation compute(const Contest &contest, const Totals &totals);

    // The threshold rule of a form, shared by every table that marks the parties over it.
    static bool passesThreshold(const ProtocolForm &form, qint64 votes, qint64 thresholdBase);

    // False when the contest has no seats or the totals lack the votes or the threshold's base.
    bool isDefined() const { return m_defined; }
    int seats() const { return m_seats; }
    // In ballot order.
    const QList<Party> &parties() const { return m_parties; }
    // The votes the seats are shared over: those of the lists over the threshold.
    qint64 qualifyingVotes() const { return m_qualifyingVotes; }
    // The last seat went to one of equal remainders; the law's tie rule, not arithmetic, decides it.
    bool tieAtCutoff() const { return m_tieAtCutoff; }

private:
    bool m_defined = false;
    int m_seats = 0;
    QList<Party> m_parties;
    qint64 m_qualifyingVotes = 0;
    bool m_tieAtCutoff = false;
};

} // namespace saylau
