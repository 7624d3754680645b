#include "OverviewFigures.h"

namespace saylau {

namespace {

Percentage shareOf(const std::optional<qint64> &part, const std::optional<qint64> &whole)
{
    return part && whole ? Percentage(*part, *whole) : Percentage();
}

// Where the form has no valid-ballots line (or it is empty), parties are shares of those who took part.
bool partyBaseIsValid(const Totals &totals)
{
    return totals.measure(Measure::Valid).has_value();
}

} // namespace

QList<OverviewFigures::Line> OverviewFigures::lines(const Contest &contest, const Totals &totals)
{
    const std::optional<qint64> voters = totals.measure(Measure::Voters);
    const std::optional<qint64> cast = totals.measure(Measure::Cast);
    const std::optional<qint64> valid = totals.measure(Measure::Valid);
    QList<Line> lines;
    lines.append({tr("Precincts with protocols"), totals.isEmpty() ? std::nullopt : std::optional<qint64>(totals.precincts), {}});
    lines.append({tr("Voters on the list"), voters, {}});
    lines.append({tr("Took part (turnout)"), cast, shareOf(cast, voters)});
    lines.append({tr("Valid ballots"), valid, shareOf(valid, cast)});
    // Parties as a share of the valid ballots, as the electoral commissions publish them.
    const std::optional<qint64> partyBase = partyBaseIsValid(totals) ? valid : cast;
    for (int i = 0; i < contest.ballot.size(); ++i) {
        const std::optional<qint64> votes = totals.slot(contest.partySlot(i));
        const BallotEntry &entry = contest.ballot.at(i);
        lines.append({entry.displayShortName(), votes, shareOf(votes, partyBase)});
    }
    return lines;
}

QString OverviewFigures::shareBases(const Totals &totals)
{
    return partyBaseIsValid(totals)
        ? tr("Turnout: % of the voters on the list. Valid ballots: % of those who took part. Parties: % of the "
             "valid ballots.")
        : tr("Turnout: % of the voters on the list. Valid ballots: % of those who took part. Parties: % of those "
             "who took part (no valid-ballots line).");
}

} // namespace saylau
