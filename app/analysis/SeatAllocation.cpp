#include "SeatAllocation.h"

#include "../domain/CountArithmetic.h"
#include "../domain/LargestRemainder.h"

namespace saylau {

bool SeatAllocation::passesThreshold(const ProtocolForm &form, qint64 votes, qint64 thresholdBase)
{
    // votes / base >= percent / 100, compared without dividing.
    return form.thresholdPercent > 0 && thresholdBase > 0
        && double(votes) * 100.0 >= form.thresholdPercent * double(thresholdBase);
}

SeatAllocation SeatAllocation::compute(const Contest &contest, const Totals &totals)
{
    SeatAllocation allocation;
    allocation.m_seats = contest.seats;
    QList<qint64> weights;
    bool complete = true;
    for (int i = 0; i < contest.ballot.size(); ++i) {
        Party party;
        party.ballotIndex = i;
        const std::optional<qint64> votes = totals.slot(contest.partySlot(i));
        complete = complete && votes.has_value();
        party.votes = votes.value_or(0);
        // The threshold share over the protocols that give both figures, as the summary report shows it.
        const Totals::Paired share = totals.pairedSlot(contest.partySlot(i), contest.form.thresholdBase);
        complete = complete && share.protocols > 0;
        party.overThreshold = share.protocols > 0 && passesThreshold(contest.form, share.part, share.whole);
        weights.append(party.overThreshold ? party.votes : 0);
        if (party.overThreshold)
            CountArithmetic::accumulate(allocation.m_qualifyingVotes, party.votes);
        allocation.m_parties.append(party);
    }
    allocation.m_defined = complete && contest.seats > 0 && allocation.m_qualifyingVotes > 0;
    if (!allocation.m_defined)
        return allocation;
    const LargestRemainder::Result shared = LargestRemainder::apportion(weights, contest.seats);
    for (int i = 0; i < allocation.m_parties.size(); ++i)
        allocation.m_parties[i].seats = int(shared.units.at(i));
    allocation.m_tieAtCutoff = shared.tieAtCutoff;
    return allocation;
}

} // namespace saylau
