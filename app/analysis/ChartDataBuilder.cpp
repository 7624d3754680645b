#include "ChartDataBuilder.h"

#include "ForensicsChartBuilder.h"
#include "ForensicsData.h"
#include "NumberFormat.h"
#include "PartyColors.h"
#include "SeatAllocation.h"
#include "TotalsCache.h"

#include "../domain/SaylauError.h"
#include "../storage/CampaignStore.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace saylau {

namespace {

// Neutral colours for series that are sources, not parties: the observers' figures dark, the official light.
QString sourceColor(SourceKind source)
{
    return source == SourceKind::Official ? QStringLiteral("#9aa5b1") : QStringLiteral("#2b6cb0");
}

const QString spoiledColor = QStringLiteral("#7f7f7f");
const QString markerColor = QStringLiteral("#c0392b");
const QString averageColor = QStringLiteral("#1a202c");

// The colour press staff chose for a party when it is "#rrggbb", else the ballot's.
QString chosenColor(const QString &chosen, const QString &ballotColor)
{
    static const QRegularExpression rgb(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return rgb.match(chosen).hasMatch() ? chosen : ballotColor;
}

// The colour press staff chose for a party, by its short name as printed or as shown in the program's language
// (the CLI's --color ЕР=#... works in an English session too); empty when none.
QString choiceFor(const QMap<QString, QString> &chosen, const BallotEntry &entry)
{
    return chosen.value(entry.shortName, chosen.value(entry.displayShortName()));
}

// A round axis end a little above the largest value, leaving room for the value labels.
double axisMax(double largest, double step)
{
    return std::max(step, std::ceil(largest * 1.12 / step) * step);
}

// The same for percentages, which never run past 100: a bar near 100% carries its label inside.
double percentAxisMax(double largest, double step)
{
    return std::min(100.0, axisMax(largest, step));
}

class SpecMaker
{
    Q_DECLARE_TR_FUNCTIONS(ChartDataBuilder)

public:
    SpecMaker(const Election &election, const QList<Aggregator> &aggregators, const ChartDataBuilder::Options &options)
        : m_election(election)
        , m_aggregators(aggregators)
        , m_options(options)
        , m_format(QLocale(), options.precision)
    {
    }

    ChartSpec make()
    {
        ChartSpec spec;
        spec.kind = m_options.kind;
        spec.precision = m_options.precision;
        spec.organisation = m_options.organisation;
        spec.logoPath = m_options.logoPath;
        if (m_election.synthetic)
            spec.syntheticLabel = tr("SYNTHETIC DEMO DATA — not real election results");
        switch (m_options.kind) {
        case ChartSpec::Kind::SharesByRegion:
            sharesByRegion(spec);
            break;
        case ChartSpec::Kind::TurnoutByRegion:
            turnoutByRegion(spec);
            break;
        case ChartSpec::Kind::Shares:
            shares(spec);
            break;
        case ChartSpec::Kind::TurnoutHistogram:
            turnoutHistogram(spec);
            break;
        case ChartSpec::Kind::TurnoutHistogramFine:
        case ChartSpec::Kind::TurnoutShareScatter:
        case ChartSpec::Kind::Fingerprint:
        case ChartSpec::Kind::VotesByTurnout:
        case ChartSpec::Kind::FingerprintByRegion:
            throw SaylauError(tr("%1 is drawn from per-precinct figures, not from aggregates")
                                  .arg(ChartSpec::kindName(m_options.kind)));
        case ChartSpec::Kind::EstimateVsOfficial:
            throw SaylauError(tr("the estimate chart is drawn from a sample's estimate, not from sums"));
        }
        spec.subtitle = subtitle();
        spec.sourceLine = ChartDataBuilder::sourceLine(m_options.sources.mid(0, m_drawnSources));
        writeLabels(spec);
        return spec;
    }

private:
    SummaryReport report(std::optional<TerritoryNode::Level> by, int sourceCount) const
    {
        SummaryReport::Options options;
        options.by = by;
        options.shareBase = m_options.shareBase;
        options.precision = m_options.precision;
        options.sources = m_options.sources.mid(0, sourceCount);
        return SummaryReport::build(m_election, m_aggregators.mid(0, sourceCount), options);
    }

    const Contest &contest() const { return m_aggregators.first().contest(); }

    double shown(const Percentage &p) const { return p.isDefined() ? p.rounded(m_options.precision) : 0.0; }

    // The ballot's colour, unless the press staff chose another for this party (by short name), and unless it
    // is too close to the colour of a party with more votes (PartyColors): call chooseColors first.
    QString partyColor(int ballotIndex) const { return m_partyColors.at(ballotIndex); }

    // The colours of every party, decided in the order of votes so that the leader keeps its own.
    void chooseColors(const QList<int> &partiesByVotes)
    {
        QStringList wanted;
        QList<bool> chosen;
        for (int p : partiesByVotes) {
            const QString choice = choiceFor(m_options.partyColors, contest().ballot.at(p));
            wanted.append(chosenColor(choice, contest().ballot.at(p).color));
            chosen.append(wanted.last() == choice);
        }
        const QStringList drawn = PartyColors::distinct(wanted, chosen);
        m_partyColors = QStringList(contest().ballot.size());
        for (int i = 0; i < partiesByVotes.size(); ++i)
            m_partyColors[partiesByVotes.at(i)] = drawn.at(i);
    }

    // Every value label with the chart's precision, so that 17.0% stands beside 16.2%.
    void writeLabels(ChartSpec &spec) const
    {
        const NumberFormat format(QLocale(), spec.precision);
        for (ChartSpec::Series &series : spec.series) {
            series.labels.clear();
            for (int i = 0; i < series.values.size(); ++i) {
                const double v = series.values.at(i);
                if (i == spec.breakCategory)
                    series.labels.append(QString());
                else
                    series.labels.append(spec.percentValues ? format.roundedPercent(v) : format.count(qRound64(v)));
            }
        }
    }

    QString partyLabel(int ballotIndex) const
    {
        return contest().slotShortLabel(contest().partySlot(ballotIndex));
    }

    // "Observed: 192 precincts, 433,325 voters" — what each side of a comparison covers.
    QString coverage(SourceKind source, const SummaryReport::Cell &cell) const
    {
        const QString voters = m_format.count(cell.totals.measure(Measure::Voters).value_or(0));
        if (cell.totals.published && cell.totals.precincts == 0)
            return tr("%1: published total, %2 voters").arg(SummaryReport::sourceLabel(source), voters);
        return tr("%1: %Ln precinct(s), %2 voters", nullptr, cell.totals.precincts)
            .arg(SummaryReport::sourceLabel(source), voters);
    }

    // "Observed, 192 precincts": an axis label has room for no more.
    QString shortCoverage(SourceKind source, const SummaryReport::Cell &cell) const
    {
        if (cell.totals.published && cell.totals.precincts == 0)
            return tr("%1, published total").arg(SummaryReport::sourceLabel(source));
        return tr("%1, %Ln precinct(s)", nullptr, cell.totals.precincts).arg(SummaryReport::sourceLabel(source));
    }

    QString subtitle() const
    {
        const int observed = m_observedPrecincts >= 0 ? m_observedPrecincts : m_options.observedPrecincts;
        return ChartDataBuilder::subtitle(m_election, contest(), observed);
    }

    QString denominatorNote(const SummaryReport &report) const
    {
        return tr("Shares of %1.").arg(report.shareBaseDescription());
    }

    void addThreshold(ChartSpec &spec) const
    {
        const ProtocolForm &form = contest().form;
        if (form.thresholdPercent <= 0)
            return;
        spec.markers.append({form.thresholdPercent,
                             tr("%1% threshold (of %2)")
                                 .arg(QLocale().toString(form.thresholdPercent), thresholdBaseName()),
                             markerColor});
    }

    // Short enough for an axis; the notes give the denominator in full.
    QString shareAxisTitle() const
    {
        return tr("% of %1").arg(m_options.shareBase == SummaryReport::ShareBase::Valid ? tr("valid votes")
                                                                                        : tr("ballots cast"));
    }

    QString thresholdBaseName() const
    {
        return contest().form.thresholdBase == Measure::Valid ? tr("valid votes") : tr("ballots cast");
    }

    void noteObserved(const SummaryReport &report)
    {
        for (int s = 0; s < report.options().sources.size(); ++s)
            if (report.options().sources.at(s) == SourceKind::Observer)
                m_observedPrecincts = report.total().cells.at(s).totals.precincts;
    }

    // Parties in the order of their votes in the first source's total: the leader first, as slides read.
    QList<int> partiesByVotes(const SummaryReport::Cell &total) const
    {
        QList<int> order(contest().ballot.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return total.totals.slot(contest().partySlot(a)).value_or(0)
                > total.totals.slot(contest().partySlot(b)).value_or(0);
        });
        return order;
    }

    // A slide holds the extremes, not 84 regions: of rows sorted in ascending order, the lowest and the
    // highest halves of Options::maxRegions, and a note that says so. Returns how many of the lowest are kept
    // (where the break goes), -1 when every region is. sortedBy follows "the highest": a noun with no article
    // ("turnout", "share of X").
    int keepExtremes(QList<SummaryReport::Row> &rows, ChartSpec &spec, const QString &sortedBy) const
    {
        const int regions = int(rows.size());
        const int maxRegions = std::max(2, m_options.maxRegions);
        if (regions <= maxRegions)
            return -1;
        const int low = maxRegions / 2;
        const int high = maxRegions - low;
        rows = rows.mid(0, low) + rows.mid(regions - high);
        spec.notes.append(tr("Shown: the %1 regions with the lowest and the %2 with the highest %3, of %4.")
                              .arg(QString::number(low), QString::number(high), sortedBy, QString::number(regions)));
        return low;
    }

    // A visible break between the lowest and the highest regions: an empty "…" category, so that no reader
    // takes the two groups for neighbours.
    static void insertBreak(ChartSpec &spec, int position)
    {
        if (position < 0)
            return;
        spec.categories.insert(position, QStringLiteral("…"));
        for (ChartSpec::Series &series : spec.series) {
            series.values.insert(position, 0.0);
            for (int &i : series.highlighted)
                i += i >= position ? 1 : 0;
        }
        spec.breakCategory = position;
    }

    void sharesByRegion(ChartSpec &spec)
    {
        // One source: five parties by seventeen regions is already as many bars as a slide can hold.
        const SummaryReport r = report(TerritoryNode::Level::Region, 1);
        m_drawnSources = 1;
        noteObserved(r);
        const SourceKind source = m_options.sources.first();
        const QList<int> parties = partiesByVotes(r.total().cells.first());
        int sortBy = m_options.sortParty.isEmpty() ? parties.value(0, -1)
                                                   : contest().findParty(m_options.sortParty);
        if (sortBy < 0)
            throw SaylauError(tr("no party \"%1\" on the ballot of %2").arg(m_options.sortParty, contest().displayName()));

        QList<SummaryReport::Row> rows = r.rows();
        // Horizontal bars list categories from the bottom up: ascending order puts the highest share on top.
        std::stable_sort(rows.begin(), rows.end(), [sortBy](const SummaryReport::Row &a, const SummaryReport::Row &b) {
            return a.cells.first().parties.value(sortBy).value() < b.cells.first().parties.value(sortBy).value();
        });
        const int breakAt = keepExtremes(rows, spec, tr("share of %1").arg(partyLabel(sortBy)));
        chooseColors(parties);
        // Many lists by many regions make bars too thin to label: then the lists over the threshold only.
        QList<int> drawn = parties;
        const QList<int> &over = r.total().cells.first().overThreshold;
        if (drawn.size() * rows.size() > 64 && !over.isEmpty()) {
            QStringList left;
            drawn.removeIf([&](int p) {
                if (over.contains(p) || p == sortBy)
                    return false;
                left.append(partyLabel(p));
                return true;
            });
            spec.notes.append(tr("Not shown, under the threshold in the whole contest: %1.").arg(left.join(QStringLiteral(", "))));
        }
        spec.horizontal = true;
        spec.title = tr("Party shares by region, %1").arg(SummaryReport::sourceLabel(source).toLower());
        for (const SummaryReport::Row &row : rows)
            spec.categories.append(row.node.displayName());
        double largest = 0;
        for (int p : drawn) {
            ChartSpec::Series series{partyLabel(p), partyColor(p), {}, {}, {}};
            for (const SummaryReport::Row &row : rows) {
                series.values.append(shown(row.cells.first().parties.value(p)));
                largest = std::max(largest, series.values.last());
            }
            spec.series.append(series);
        }
        insertBreak(spec, breakAt);
        spec.valueMax = percentAxisMax(largest, 10);
        spec.valueAxisTitle = shareAxisTitle();
        addThreshold(spec);
        // Spoiled ballots by region are left to the report: a sixth bar per region would make every label
        // too small to read on a projector.
        spec.notes.append(tr("Regions sorted by the share of %1.").arg(partyLabel(sortBy)) + QLatin1Char(' ')
                          + denominatorNote(r) + QLatin1Char(' ') + coverage(source, r.total().cells.first()) + QLatin1Char('.'));
    }

    void turnoutByRegion(ChartSpec &spec)
    {
        const SummaryReport r = report(TerritoryNode::Level::Region, int(m_options.sources.size()));
        noteObserved(r);
        QList<SummaryReport::Row> rows = r.rows();
        std::stable_sort(rows.begin(), rows.end(), [](const SummaryReport::Row &a, const SummaryReport::Row &b) {
            return a.cells.first().turnout.value() < b.cells.first().turnout.value();
        });
        const int breakAt = keepExtremes(rows, spec, tr("turnout"));
        spec.horizontal = true;
        spec.title = tr("Turnout by region");
        for (const SummaryReport::Row &row : rows)
            spec.categories.append(row.node.displayName());
        double largest = 0;
        for (int s = 0; s < m_options.sources.size(); ++s) {
            const SourceKind source = m_options.sources.at(s);
            // The legend has room for the short form; the notes say what each side covers in full.
            ChartSpec::Series series{shortCoverage(source, r.total().cells.at(s)), sourceColor(source), {}, {}, {}};
            spec.notes.append(coverage(source, r.total().cells.at(s)) + QLatin1Char('.'));
            for (const SummaryReport::Row &row : rows) {
                series.values.append(shown(row.cells.at(s).turnout));
                largest = std::max(largest, series.values.last());
            }
            const SummaryReport::Range &range = r.regionRanges().at(s).turnout;
            if (range.regions > 0) {
                // Rows are sorted by the first source: its lowest and highest are the ends; for another
                // source they are wherever its own extremes fall.
                for (int i = 0; i < rows.size(); ++i) {
                    const Percentage &p = rows.at(i).cells.at(s).turnout;
                    if (p.isDefined() && (p.value() == range.min.value() || p.value() == range.max.value()))
                        series.highlighted.append(i);
                }
                const NumberFormat format(QLocale(), range.informativePrecision(m_options.precision));
                spec.notes.append(tr("%1: turnout from %2 (%3) to %4 (%5); mean of the regions %6.")
                                      .arg(SummaryReport::sourceLabel(source), format.percent(range.min),
                                           range.minRegion, format.percent(range.max), range.maxRegion,
                                           format.percent(range.mean)));
            }
            const SummaryReport::Cell &total = r.total().cells.at(s);
            if (total.totals.published)
                spec.notes.append(tr("%1: bars are the sums of the precincts of each region; the line is the "
                                     "published total.")
                                      .arg(SummaryReport::sourceLabel(source)));
            if (total.turnout.isDefined()) {
                largest = std::max(largest, shown(total.turnout));
                spec.markers.append({shown(total.turnout),
                                     tr("%1, overall: %2").arg(SummaryReport::sourceLabel(source),
                                                               m_format.percent(total.turnout)),
                                     s == 0 ? averageColor : markerColor});
            }
            spec.series.append(series);
        }
        insertBreak(spec, breakAt);
        spec.valueMax = percentAxisMax(largest, 10);
        spec.valueAxisTitle = tr("% of voters on the list who took part");
    }

    void shares(ChartSpec &spec)
    {
        const SummaryReport r = report(std::nullopt, int(m_options.sources.size()));
        noteObserved(r);
        spec.title = tr("Party shares");
        for (int s = 0; s < m_options.sources.size(); ++s)
            spec.categories.append(shortCoverage(m_options.sources.at(s), r.total().cells.at(s)));
        double largest = 0;
        const QList<int> parties = partiesByVotes(r.total().cells.first());
        chooseColors(parties);
        for (int p : parties) {
            ChartSpec::Series series{partyLabel(p), partyColor(p), {}, {}, {}};
            for (const SummaryReport::Cell &cell : r.total().cells) {
                series.values.append(shown(cell.parties.value(p)));
                largest = std::max(largest, series.values.last());
            }
            spec.series.append(series);
        }
        if (contest().form.measures.contains(Measure::AgainstAll)) {
            ChartSpec::Series series{tr("Against all"), QStringLiteral("#4a5568"), {}, {}, {}};
            for (const SummaryReport::Cell &cell : r.total().cells)
                series.values.append(shown(cell.againstAll));
            spec.series.append(series);
        }
        if (m_options.showSpoiled) {
            ChartSpec::Series series{tr("Spoiled ballots"), spoiledColor, {}, {}, {}};
            for (const SummaryReport::Cell &cell : r.total().cells)
                series.values.append(shown(cell.invalid));
            spec.series.append(series);
        }
        spec.valueMax = percentAxisMax(largest, 10);
        spec.valueAxisTitle = shareAxisTitle();
        addThreshold(spec);
        spec.notes.append(denominatorNote(r)
                          + (m_options.showSpoiled && m_options.shareBase == SummaryReport::ShareBase::Valid
                                 ? QLatin1Char(' ') + tr("Spoiled ballots: of all ballots cast.")
                                 : QString()));
        for (int s = 0; s < m_options.sources.size(); ++s) {
            const SummaryReport::Cell &cell = r.total().cells.at(s);
            QStringList over;
            for (int p : partiesByVotes(cell))
                if (cell.overThreshold.contains(p))
                    over.append(partyLabel(p));
            QString line = tr("%1; turnout %2; over the threshold: %3.")
                               .arg(coverage(m_options.sources.at(s), cell), m_format.percent(cell.turnout),
                                    over.isEmpty() ? tr("none") : over.join(QStringLiteral(", ")));
            const SeatAllocation seats = SeatAllocation::compute(contest(), cell.totals);
            if (seats.isDefined()) {
                QStringList won;
                for (int p : partiesByVotes(cell))
                    if (seats.parties().at(p).seats > 0)
                        won.append(QStringLiteral("%1 %2").arg(partyLabel(p), QString::number(seats.parties().at(p).seats)));
                line += QLatin1Char(' ')
                    + tr("Seats (%1): %2.").arg(QString::number(seats.seats()), won.join(QStringLiteral(", ")));
            }
            spec.notes.append(line);
        }
    }

    void turnoutHistogram(ChartSpec &spec)
    {
        noteObserved(report(std::nullopt, int(m_options.sources.size())));
        const int width = std::max(1, m_options.binWidth);
        // Each precinct's bin in integers, 100·turnout / (width·voters) rounded down, from the aggregations'
        // precinct totals as the report's precinct rows show them, without building those rows (a whole
        // country's would double the chart's memory). A turnout rounded first (54.996% shown as 55.00%) would
        // land in the bin above its own. Over 100% (more ballots than voters) counts in the last bin.
        const Measure turnoutMeasure = contest().form.turnoutMeasure;
        QList<QList<qint64>> bins(m_options.sources.size());
        qint64 low = std::numeric_limits<qint64>::max();
        qint64 high = 0;
        const qint64 lastBin = (100 + width - 1) / width - 1;
        for (const TerritoryNode &node : m_aggregators.first().tree()) {
            if (node.level != TerritoryNode::Level::Precinct)
                continue;
            for (int s = 0; s < m_options.sources.size(); ++s) {
                const Totals &totals = m_aggregators.at(s).totals(node.id);
                const std::optional<qint64> turnout = totals.measure(turnoutMeasure);
                const std::optional<qint64> voters = totals.measure(Measure::Voters);
                if (!turnout || !voters || *voters <= 0 || *turnout < 0)
                    continue;
                const qint64 bin = std::min(100 * *turnout / (qint64(width) * *voters), lastBin);
                bins[s].append(bin);
                low = std::min(low, bin);
                high = std::max(high, bin);
            }
        }
        spec.title = tr("Turnout across precincts");
        spec.percentValues = false;
        spec.precision = 0;
        spec.valueAxisTitle = tr("Precincts");
        if (high == 0 && low == std::numeric_limits<qint64>::max())
            return;
        for (qint64 b = low; b <= high; ++b)
            spec.categories.append(tr("%1–%2").arg(b * width).arg(std::min<qint64>((b + 1) * width, 100)));
        spec.categoryAxisTitle = tr("Turnout, % of voters on the list");
        double largest = 0;
        for (int s = 0; s < m_options.sources.size(); ++s) {
            const SourceKind source = m_options.sources.at(s);
            ChartSpec::Series series{tr("%1: %Ln precinct(s)", nullptr, int(bins.at(s).size()))
                                         .arg(SummaryReport::sourceLabel(source)),
                                     sourceColor(source), QList<double>(spec.categories.size(), 0.0), {}, {}};
            for (qint64 bin : bins.at(s))
                series.values[int(bin - low)] += 1;
            for (double v : std::as_const(series.values))
                largest = std::max(largest, v);
            spec.series.append(series);
        }
        spec.valueMax = axisMax(largest, largest > 50 ? 10 : 5);
        spec.notes.append(tr("Turnout: %1 of voters on the list, per precinct protocol; bins of %2 percentage points, "
                             "each from its lower bound up to (not including) its upper one. Totals published only "
                             "for a whole region or the country are not precincts and are not counted here.")
                              .arg(SummaryReport::measureDescription(turnoutMeasure))
                              .arg(width));
    }

    const Election &m_election;
    const QList<Aggregator> &m_aggregators;
    const ChartDataBuilder::Options &m_options;
    NumberFormat m_format;
    // By ballot index, once chooseColors has run.
    QStringList m_partyColors;
    int m_observedPrecincts = -1;
    // How many of the sources (from the first) the chart draws: the source line names only those.
    qsizetype m_drawnSources = m_options.sources.size();
};

} // namespace

QString ChartDataBuilder::subtitle(const Election &election, const Contest &contest, int observedPrecincts)
{
    QStringList parts{election.displayName()};
    if (election.date.isValid())
        parts.append(QLocale().toString(election.date, QStringLiteral("d MMMM yyyy")));
    parts.append(contest.displayName());
    if (observedPrecincts > 0)
        parts.append(tr("%Ln precinct(s) observed", nullptr, observedPrecincts));
    return parts.join(QStringLiteral(" · "));
}

QString ChartDataBuilder::sourceLine(const QList<SourceKind> &sources)
{
    QStringList names;
    for (SourceKind source : sources)
        names.append(source == SourceKind::Official ? tr("official figures of the election commissions")
                                                    : tr("copies of precinct protocols brought by observers"));
    return tr("Source: %1. Made with SaylauDesk.").arg(names.join(QStringLiteral("; ")));
}

namespace {

// The precincts with an observer copy, for the subtitle.
int observedPrecincts(TotalsCache &totals, const QString &contestId)
{
    // Most campaigns drawn from official figures have no copy at all: then no second pass over the tree,
    // which would cost a chart of a whole country a third of its memory.
    if (totals.store().protocolCount(contestId, SourceKind::Observer) == 0)
        return 0;
    return totals.aggregator(contestId, SourceKind::Observer).grandTotal().precincts;
}

} // namespace

ChartSpec ChartDataBuilder::build(const CampaignStore &store, const QString &contestId, const Options &options)
{
    TotalsCache totals(store);
    return build(totals, contestId, options);
}

ChartSpec ChartDataBuilder::build(TotalsCache &totals, const QString &contestId, const Options &options)
{
    const CampaignStore &store = totals.store();
    if (ChartSpec::isForensic(options.kind)) {
        // One source: a precinct's point or bin is one protocol's figures.
        if (options.sources.isEmpty())
            throw SaylauError(tr("a chart needs a source"));
        const Contest contest = store.contest(contestId);
        const ForensicsData data = ForensicsData::fromStore(store, contest, options.sources.first(), options.sortParty);
        const int observed = options.sources.first() == SourceKind::Observer ? -1 : observedPrecincts(totals, contestId);
        ChartSpec spec = ForensicsChartBuilder::build(data, options);
        spec.subtitle = subtitle(store.election(), contest, observed);
        spec.sourceLine = sourceLine({options.sources.first()});
        if (store.election().synthetic)
            spec.syntheticLabel = tr("SYNTHETIC DEMO DATA — not real election results");
        return spec;
    }
    if (options.kind == ChartSpec::Kind::EstimateVsOfficial)
        return build(SampleEstimate::fromStore(totals, contestId, options.shareBase), options);
    // Copies of the kept sums, which share their figures with them: a chart costs no read of the country.
    QList<Aggregator> aggregators;
    for (SourceKind source : options.sources)
        aggregators.append(totals.aggregator(contestId, source));
    Options complete = options;
    // The subtitle says how many precincts were observed, whichever sources are drawn.
    if (!options.sources.contains(SourceKind::Observer) && options.observedPrecincts < 0)
        complete.observedPrecincts = observedPrecincts(totals, contestId);
    return build(store.election(), aggregators, complete);
}

ChartSpec ChartDataBuilder::build(const Election &election, const QList<Aggregator> &aggregators, const Options &options)
{
    if (aggregators.isEmpty() || aggregators.size() != options.sources.size())
        throw SaylauError(tr("a chart needs one aggregation per source"));
    ChartSpec spec = SpecMaker(election, aggregators, options).make();
    // Never an empty chart without a word: a published total has no regions, an empty contest no precincts.
    if (spec.categories.isEmpty() && !options.allowEmpty) {
        const QString contest = aggregators.first().contest().displayName();
        throw SaylauError(options.kind == ChartSpec::Kind::TurnoutHistogram
                              ? tr("%1 has no precinct with a turnout in the figures chosen: nothing to draw.")
                                    .arg(contest)
                              : tr("%1 has no figures by region in the figures chosen (a published total is not "
                                   "broken down): nothing to draw.")
                                    .arg(contest));
    }
    return spec;
}

ChartSpec ChartDataBuilder::build(const SampleEstimate &estimate, const Options &options)
{
    // No copies at all is said as such: whether they would be a random sample is not the question yet.
    if (!estimate.isRandomSample() && estimate.coverageTotal().observed == 0)
        throw SaylauError(tr("%1 has no observers' copies yet: there is nothing to compare with the official "
                             "figures.")
                              .arg(estimate.contest().displayName()));
    if (!estimate.isRandomSample())
        throw SaylauError(tr("The observers' copies of %1 are not a random sample of precincts: there is no margin "
                             "of error to draw. Draw a sample before election day (Reports → Sample of precincts); "
                             "\"saylau estimate\" shows what the copies cover.")
                              .arg(estimate.contest().displayName()));
    const SampleEstimate::Part &total = estimate.total();
    if (!total.turnout.result.defined)
        throw SaylauError(tr("none of the %n sampled precinct(s) has reported yet", nullptr, total.sampled));
    const Contest &contest = estimate.contest();
    const NumberFormat format(QLocale(), options.precision);
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::EstimateVsOfficial;
    spec.horizontal = true;
    spec.precision = options.precision;
    spec.organisation = options.organisation;
    spec.logoPath = options.logoPath;
    if (estimate.election().synthetic)
        spec.syntheticLabel = tr("SYNTHETIC DEMO DATA — not real election results");
    spec.title = tr("Sample estimate and official result");
    QStringList subtitle{estimate.election().displayName()};
    if (estimate.election().date.isValid())
        subtitle.append(QLocale().toString(estimate.election().date, QStringLiteral("d MMMM yyyy")));
    subtitle.append(contest.displayName());
    subtitle.append(tr("random sample of %Ln precinct(s), %1 reported", nullptr, total.sampled)
                        .arg(format.count(total.reported)));
    spec.subtitle = subtitle.join(QStringLiteral(" · "));

    // Horizontal charts list categories from the bottom up: parties by ascending estimate, turnout on top.
    QList<const SampleEstimate::Figure *> figures;
    QList<QString> colors;
    QList<int> parties(contest.ballot.size());
    std::iota(parties.begin(), parties.end(), 0);
    std::stable_sort(parties.begin(), parties.end(), [&](int a, int b) {
        return total.parties.at(a).result.estimate < total.parties.at(b).result.estimate;
    });
    for (int p : parties) {
        figures.append(&total.parties.at(p));
        colors.append(chosenColor(choiceFor(options.partyColors, contest.ballot.at(p)), contest.ballot.at(p).color));
    }
    figures.append(&total.turnout);
    colors.append(averageColor);
    double largest = 0;
    QStringList outside;
    for (int i = 0; i < figures.size(); ++i) {
        const SampleEstimate::Figure &f = *figures.at(i);
        const RatioEstimator::Result &r = f.result;
        spec.categories.append(tr("%1: %2 (%3–%4)")
                                   .arg(f.name, format.fraction(r.estimate), format.fraction(r.low),
                                        format.fraction(r.high)));
        std::optional<double> official;
        if (f.official)
            official = 100 * *f.official;
        spec.intervals.append({100 * r.estimate, 100 * std::max(0.0, r.low), 100 * std::min(1.0, r.high), official,
                               colors.at(i)});
        largest = std::max({largest, 100 * r.high, official.value_or(0)});
        if (f.officialInside() == false)
            outside.prepend(f.name);
    }
    spec.valueMax = percentAxisMax(largest, 10);
    spec.valueAxisTitle = tr("%, with the 95% interval");
    spec.estimateLegend = tr("Estimate from the sample, 95% interval");
    spec.officialLegend = tr("Official result");
    spec.notes.append(estimate.statement());
    spec.notes.append(tr("Turnout: of voters on the list. Party shares: of %1.").arg(estimate.shareBaseDescription()));
    spec.notes.append(outside.isEmpty() ? tr("Every official figure lies inside its interval.")
                                         : tr("Official figures outside the interval: %1.")
                                               .arg(outside.join(QStringLiteral(", "))));
    spec.sourceLine = tr("Source: copies of precinct protocols brought by observers from a random sample of "
                         "precincts; official figures of the election commissions. Made with SaylauDesk.");
    return spec;
}

} // namespace saylau
