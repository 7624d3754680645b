#include "OverviewFigures.h"

#include "SummaryReport.h"

namespace saylau {

namespace {

// Parties are shares of what the summary report takes unless told otherwise, so that the overview and the
// report print the same percentage for the same territory.
Measure partyBase()
{
    return SummaryReport::shareBaseMeasure(SummaryReport::defaultShareBase);
}

} // namespace

QList<OverviewFigures::Line> OverviewFigures::lines(const Contest &contest, const Totals &totals)
{
    const std::optional<qint64> cast = totals.measure(Measure::Cast);
    QList<Line> lines;
    lines.append({tr("Precincts with protocols"), totals.isEmpty() ? std::nullopt : std::optional<qint64>(totals.precincts), {}});
    lines.append({tr("Voters on the list"), totals.measure(Measure::Voters), {}});
    lines.append({tr("Took part (turnout)"), cast, SummaryReport::share(totals.paired(Measure::Cast, Measure::Voters))});
    lines.append({tr("Valid ballots"), totals.measure(Measure::Valid),
                  SummaryReport::share(totals.paired(Measure::Valid, Measure::Cast))});
    for (int i = 0; i < contest.ballot.size(); ++i) {
        const int slot = contest.partySlot(i);
        const BallotEntry &entry = contest.ballot.at(i);
        lines.append({entry.displayShortName(), totals.slot(slot),
                      SummaryReport::share(totals.pairedSlot(slot, partyBase()))});
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
