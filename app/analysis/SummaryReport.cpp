#include "SummaryReport.h"

#include "NumberFormat.h"
#include "SampleEstimate.h"
#include "SampleEstimateWriter.h"
#include "SeatAllocation.h"

#include "../domain/CountArithmetic.h"
#include "../domain/LargestRemainder.h"
#include "../domain/SaylauError.h"
#include "../domain/TerritoryIndex.h"
#include "../storage/CampaignStore.h"

#include <algorithm>

namespace saylau {

int SummaryReport::Range::informativePrecision(int precision) const
{
    int decimals = precision;
    while (decimals < 2 && regions > 1 && min.roundedUnits(decimals) == max.roundedUnits(decimals)
           && min.part() * max.whole() != max.part() * min.whole())
        ++decimals;
    return decimals;
}

SummaryReport SummaryReport::fromStore(const CampaignStore &store, const QString &contestId, const Options &options)
{
    QList<Aggregator> aggregators;
    for (SourceKind source : options.sources)
        aggregators.append(Aggregator::fromStore(store, contestId, source));
    SummaryReport report = build(store.election(), aggregators, options);
    // The estimate reads the official figures through a report of the official source alone, so this does
    // not recurse.
    if (options.sources.contains(SourceKind::Observer))
        report.m_sampleLines =
            SampleEstimateWriter(SampleEstimate::fromStore(store, contestId, options.shareBase)).summaryLines();
    return report;
}

SummaryReport SummaryReport::build(const Election &election, const QList<Aggregator> &aggregators,
                                   const Options &options)
{
    if (aggregators.isEmpty() || aggregators.size() != options.sources.size())
        throw SaylauError(tr("a summary report needs one aggregation per source"));
    SummaryReport report;
    report.m_election = election;
    report.m_contest = aggregators.first().contest();
    report.m_options = options;
    report.m_options.precision = qBound(0, options.precision, 4);

    for (int s = 0; s < aggregators.size(); ++s) {
        report.m_regionRanges.append(report.makeRegionRanges(aggregators.at(s)));
        report.m_total.cells.append(report.makeCell(aggregators.at(s).grandTotal()));
        report.addWarnings(report.m_total.cells.last(), options.sources.at(s), aggregators.at(s));
    }
    if (options.by) {
        // Ancestors, and the TIK a unit it counted itself is named after, which a row alone does not give.
        const std::optional<TerritoryIndex> tree = *options.by == TerritoryNode::Level::Region
            ? std::nullopt
            : std::make_optional<TerritoryIndex>(aggregators.first().tree());
        const auto ancestor = [&tree](const TerritoryNode &node, TerritoryNode::Level level) {
            const TerritoryNode *found = tree && node.level != level ? tree->ancestorAt(node.id, level) : nullptr;
            return found ? *found : TerritoryNode{};
        };
        for (const TerritoryNode &node : aggregators.first().tree()) {
            if (node.level != *options.by)
                continue;
            Row row;
            row.node = node;
            row.name = node.countedByCommission ? tree->label(node.id) : node.displayName();
            row.region = ancestor(node, TerritoryNode::Level::Region);
            row.district = ancestor(node, TerritoryNode::Level::District);
            bool any = false;
            for (const Aggregator &aggregator : aggregators) {
                row.cells.append(report.makeCell(aggregator.totals(node.id)));
                any = any || !row.cells.last().isEmpty();
            }
            if (any)
                report.m_rows.append(row);
        }
    }
    return report;
}

Measure SummaryReport::shareBaseMeasure() const
{
    return shareBaseMeasure(m_options.shareBase);
}

Measure SummaryReport::shareBaseMeasure(ShareBase base)
{
    return base == ShareBase::Valid ? Measure::Valid : Measure::Cast;
}

Measure SummaryReport::unusedBaseMeasure() const
{
    // The share of ballots left unused is a share of the ballots the commission received; a form without
    // that line can only say it of the voters on the list.
    return m_contest.form.measures.contains(Measure::Received) ? Measure::Received : Measure::Voters;
}

SummaryReport::Cell SummaryReport::makeCell(const Totals &totals) const
{
    const ProtocolForm &form = m_contest.form;
    const Measure base = shareBaseMeasure();
    Cell cell;
    cell.totals = totals;
    cell.turnout = share(totals.paired(form.turnoutMeasure, Measure::Voters));
    cell.unused = share(totals.paired(Measure::Unused, unusedBaseMeasure()));
    cell.invalid = share(totals.paired(Measure::Invalid, Measure::Cast));
    if (form.measures.contains(Measure::AgainstAll))
        cell.againstAll = share(totals.paired(Measure::AgainstAll, base));
    for (int i = 0; i < m_contest.ballot.size(); ++i) {
        const int slot = m_contest.partySlot(i);
        cell.parties.append(share(totals.pairedSlot(slot, base)));
        // The threshold is the preset's rule (7% of the voters who took part, in 2021), whatever share
        // base the table displays.
        const Totals::Paired threshold = totals.pairedSlot(slot, form.thresholdBase);
        if (threshold.protocols > 0 && SeatAllocation::passesThreshold(form, threshold.part, threshold.whole))
            cell.overThreshold.append(i);
    }
    if (m_options.largestRemainder)
        applyLargestRemainder(cell);
    return cell;
}

Percentage SummaryReport::share(const Totals::Paired &paired)
{
    return paired.protocols > 0 ? Percentage(paired.part, paired.whole) : Percentage();
}

void SummaryReport::applyLargestRemainder(Cell &cell) const
{
    QList<Percentage *> column;
    for (Percentage &p : cell.parties)
        column.append(&p);
    column.append(&cell.againstAll);
    if (m_options.shareBase == ShareBase::Cast)
        column.append(&cell.invalid);
    column.removeIf([](const Percentage *p) { return !p->isDefined(); });
    // Shares of different wholes (some protocols give no figure for a party) cannot be shared out as one
    // column: each keeps its own rounding, and the warnings say why the column does not make 100%.
    if (column.isEmpty() || std::any_of(column.cbegin(), column.cend(), [&](const Percentage *p) {
            return p->whole() != column.first()->whole();
        }))
        return;
    QList<qint64> parts;
    qint64 counted = 0;
    for (const Percentage *p : std::as_const(column)) {
        parts.append(qMax<qint64>(0, p->part()));
        CountArithmetic::accumulate(counted, parts.last());
    }
    // What the column should add up to: 100% when the parts make the whole base; otherwise their true
    // share, rounded once, and the warnings say why it is not 100%.
    const int precision = m_options.precision;
    const qint64 units = Percentage(counted, column.first()->whole()).roundedUnits(precision);
    const LargestRemainder::Result shared = LargestRemainder::apportion(parts, units);
    for (int i = 0; i < column.size(); ++i)
        column[i]->setDisplayedUnits(shared.units.at(i), precision);
}

SummaryReport::RegionRanges SummaryReport::makeRegionRanges(const Aggregator &aggregator) const
{
    const auto widen = [](Range &range, const Percentage &p, const QString &region, double &sum) {
        if (!p.isDefined())
            return;
        if (range.regions == 0 || p.value() < range.min.value()) {
            range.min = p;
            range.minRegion = region;
        }
        if (range.regions == 0 || p.value() > range.max.value()) {
            range.max = p;
            range.maxRegion = region;
        }
        ++range.regions;
        sum += p.value();
    };
    RegionRanges ranges;
    double turnoutSum = 0;
    double invalidSum = 0;
    for (const TerritoryNode &node : aggregator.tree()) {
        if (node.level != TerritoryNode::Level::Region)
            continue;
        const Totals &totals = aggregator.totals(node.id);
        if (totals.isEmpty())
            continue;
        const Cell cell = makeCell(totals);
        widen(ranges.turnout, cell.turnout, node.displayName(), turnoutSum);
        widen(ranges.invalid, cell.invalid, node.displayName(), invalidSum);
    }
    // A millionth of a percent is finer than any precision shown.
    constexpr qint64 fine = 100'000'000;
    if (ranges.turnout.regions > 0)
        ranges.turnout.mean = Percentage(qRound64(turnoutSum / ranges.turnout.regions * fine / 100.0), fine);
    if (ranges.invalid.regions > 0)
        ranges.invalid.mean = Percentage(qRound64(invalidSum / ranges.invalid.regions * fine / 100.0), fine);
    return ranges;
}

void SummaryReport::addWarnings(const Cell &cell, SourceKind source, const Aggregator &aggregator)
{
    if (cell.isEmpty()) {
        m_warnings.append(tr("%1: no protocols.").arg(sourceLabel(source)));
        return;
    }
    const NumberFormat format(QLocale(), m_options.precision);
    const qint64 hundred = 100 * Percentage::unitsPerPercent(m_options.precision);
    const Totals &totals = cell.totals;
    const QString who = sourceLabel(source);

    // The seed's own check: what did not vote was left unused, so the two should make 100%.
    if (cell.turnout.isDefined() && cell.unused.isDefined()) {
        const qint64 sum = cell.turnout.roundedUnits(m_options.precision) + cell.unused.roundedUnits(m_options.precision);
        if (sum != hundred) {
            const Totals::Paired turnout = totals.paired(m_contest.form.turnoutMeasure, Measure::Voters);
            const Totals::Paired unused = totals.paired(Measure::Unused, unusedBaseMeasure());
            const Totals::Paired issued = totals.paired(Measure::Issued, Measure::Voters);
            QString reason;
            if (turnout.protocols != unused.protocols)
                reason = tr("turnout is taken over %n protocol(s) and unused ballots over %1", nullptr,
                            turnout.protocols)
                             .arg(format.count(unused.protocols));
            else if (unused.whole != turnout.whole)
                reason = tr("the commissions received %1 ballots for %2 voters on the list")
                             .arg(format.count(unused.whole), format.count(turnout.whole));
            else if (issued.protocols == turnout.protocols && issued.part != turnout.part)
                reason = tr("%1 ballots were issued but %2 counted as voting")
                             .arg(format.count(issued.part), format.count(turnout.part));
            else
                reason = tr("each figure is rounded on its own");
            m_warnings.append(tr("%1: turnout %2 and unused ballots %3 add up to %4, not 100%: %5.")
                                  .arg(who, format.percent(cell.turnout), format.percent(cell.unused),
                                       format.percentUnits(sum) + format.locale().percent(), reason));
        }
    }

    // Shares of the base should make 100% (spoiled ballots belong to it when the base is all ballots cast).
    qint64 shown = 0;
    qint64 counted = 0;
    QList<qint64> wholes;
    const auto include = [&](const Percentage &p) {
        if (!p.isDefined())
            return;
        shown += p.roundedUnits(m_options.precision);
        CountArithmetic::accumulate(counted, p.part());
        if (!wholes.contains(p.whole()))
            wholes.append(p.whole());
    };
    for (const Percentage &p : cell.parties)
        include(p);
    include(cell.againstAll);
    if (m_options.shareBase == ShareBase::Cast)
        include(cell.invalid);
    if (!wholes.isEmpty() && shown != hundred) {
        QString reason;
        if (wholes.size() > 1)
            reason = tr("the shares are taken over different protocols, as some protocols do not give every line");
        else if (counted != wholes.first())
            reason = tr("the votes counted (%1) are not the %2 (%3)")
                         .arg(format.count(counted), shareBaseDescription(), format.count(wholes.first()));
        else
            reason = tr("each share is rounded on its own");
        m_warnings.append(tr("%1: the shares shown add up to %2, not 100%: %3.")
                              .arg(who, format.percentUnits(shown) + format.locale().percent(), reason));
    }

    // Every line whose sum covers fewer protocols than the others says so, and what its percentage covers.
    const auto warnCoverage = [&](int covered, const QString &line) {
        if (covered > 0 && covered < totals.protocols)
            m_warnings.append(tr("%1: %2 of %n protocol(s) give no \"%3\": its sum covers the others, and a "
                                 "percentage using it only the protocols that give both of its figures.",
                                 nullptr, totals.protocols)
                                  .arg(who, format.count(totals.protocols - covered), line));
    };
    QList<Measure> measures;
    for (Measure m : {Measure::Voters, m_contest.form.turnoutMeasure, unusedBaseMeasure(), Measure::Unused,
                      shareBaseMeasure(), Measure::Cast, Measure::Invalid, Measure::AgainstAll}) {
        if (m_contest.form.measures.contains(m) && !measures.contains(m))
            measures.append(m);
    }
    QStringList absentMeasures;
    for (Measure m : std::as_const(measures)) {
        if (totals.measureCoverage(m) == 0)
            absentMeasures.append(measureDescription(m));
        warnCoverage(totals.measureCoverage(m), measureDescription(m));
    }
    QStringList absentParties;
    for (int i = 0; i < m_contest.ballot.size(); ++i) {
        const int covered = totals.slotCoverage(m_contest.partySlot(i));
        if (covered == 0)
            absentParties.append(m_contest.ballot.at(i).displayShortName());
        warnCoverage(covered, m_contest.ballot.at(i).displayShortName());
    }
    if (!absentMeasures.isEmpty())
        m_warnings.append(tr("%1: no protocol gives %2.").arg(who, absentMeasures.join(QLatin1String(", "))));
    if (!absentParties.isEmpty())
        m_warnings.append(tr("%1: no protocol gives votes for %2.").arg(who, absentParties.join(QLatin1String(", "))));
    if (aggregator.skippedCopies() > 0)
        m_warnings.append(tr("%1: %n further copy(ies) of precincts already counted were left out of the sums.",
                             nullptr, aggregator.skippedCopies())
                              .arg(who));
    if (aggregator.orphanProtocols() > 0)
        m_warnings.append(tr("%1: %n protocol(s) belong to no known territory and were left out.", nullptr,
                             aggregator.orphanProtocols())
                              .arg(who));
}

QString SummaryReport::shareBaseDescription() const
{
    return measureDescription(shareBaseMeasure());
}

QString SummaryReport::unusedBaseDescription() const
{
    return measureDescription(unusedBaseMeasure());
}

QString SummaryReport::measureDescription(Measure measure)
{
    switch (measure) {
    case Measure::Voters: return tr("voters on the list");
    case Measure::Received: return tr("ballots received");
    case Measure::Issued: return tr("ballots issued");
    case Measure::Cast: return tr("ballots cast (spoiled included)");
    case Measure::Invalid: return tr("spoiled ballots");
    case Measure::Valid: return tr("valid votes");
    case Measure::Unused: return tr("unused ballots");
    case Measure::AgainstAll: return tr("votes against all");
    }
    return {};
}

QString SummaryReport::sourceLabel(SourceKind source)
{
    return source == SourceKind::Official ? tr("Official") : tr("Observed");
}

QString SummaryReport::shareBaseName(ShareBase base)
{
    return base == ShareBase::Valid ? QStringLiteral("valid") : QStringLiteral("cast");
}

std::optional<SummaryReport::ShareBase> SummaryReport::shareBaseFromName(const QString &name)
{
    if (name == QLatin1String("cast"))
        return ShareBase::Cast;
    if (name == QLatin1String("valid"))
        return ShareBase::Valid;
    return std::nullopt;
}

} // namespace saylau
