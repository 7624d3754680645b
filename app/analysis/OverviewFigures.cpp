#include "OverviewFigures.h"

#include "SummaryReport.h"

namespace saylau {

namespace {

Percentage shareOf(const std::optional<qint64> &part, const std::optional<qint64> &whole)
{
    return part && whole ? Percentage(*part, *whole) : Percentage();
}

// Parties are shares of what the summary report takes unless told otherwise, so that the overview and the
// report print the same percentage for the same territory.
Measure partyBase()
{
    return SummaryReport::shareBaseMeasure(SummaryReport::defaultShareBase);
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
    const std::optional<qint64> base = totals.measure(partyBase());
    for (int i = 0; i < contest.ballot.size(); ++i) {
        const std::optional<qint64> votes = totals.slot(contest.partySlot(i));
        const BallotEntry &entry = contest.ballot.at(i);
        lines.append({entry.displayShortName(), votes, shareOf(votes, base)});
    }
    return lines;
}

QString OverviewFigures::shareBases()
{
    return tr("Turnout: % of the voters on the list. Valid ballots: % of those who took part. Parties: % of %1, "
              "as in the summary report.")
        .arg(SummaryReport::measureDescription(partyBase()));
}

} // namespace saylau
