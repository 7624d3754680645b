#include "ForensicsChartBuilder.h"

#include "BinomialTable.h"
#include "NumberFormat.h"

#include "../domain/SaylauError.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace saylau {

namespace {

bool placed(const ForensicsData::Precinct &p)
{
    return p.ballots > 0 && p.ballots <= p.voters;
}

// Bin of 100·n/d percent at `perPercent` bins per percentage point, in exact integers; 100% joins the last.
int percentBin(qint64 n, qint64 d, int perPercent, int bins)
{
    return int(std::min<qint64>(100 * perPercent * n / d, bins - 1));
}

// A precinct's cell of a fingerprint: row by leader's share, column by turnout, 1% bins.
int fingerprintCell(const ForensicsData::Precinct &p)
{
    return percentBin(p.leader, p.ballots, 1, 100) * 100 + percentBin(p.ballots, p.voters, 1, 100);
}

// A round axis end a little above the largest value.
double niceMax(double largest)
{
    if (largest <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(largest)));
    for (double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (largest * 1.05 <= step * magnitude)
            return step * magnitude;
    return 10 * magnitude;
}

class Maker
{
    Q_DECLARE_TR_FUNCTIONS(ForensicsChartBuilder)

public:
    Maker(const ForensicsData &data, const ChartDataBuilder::Options &options)
        : m_data(data)
        , m_options(options)
    {
        for (const ForensicsData::Precinct &p : data.precincts())
            m_placed += placed(p) ? 1 : 0;
    }

    ChartSpec make()
    {
        ChartSpec spec;
        spec.kind = m_options.kind;
        spec.organisation = m_options.organisation;
        spec.logoPath = m_options.logoPath;
        spec.percentValues = false;
        switch (m_options.kind) {
        case ChartSpec::Kind::TurnoutHistogramFine:
            fineHistogram(spec);
            break;
        case ChartSpec::Kind::TurnoutShareScatter:
            scatter(spec);
            break;
        case ChartSpec::Kind::Fingerprint:
            fingerprint(spec);
            break;
        case ChartSpec::Kind::VotesByTurnout:
            votesByTurnout(spec);
            break;
        case ChartSpec::Kind::FingerprintByRegion:
            fingerprintByRegion(spec);
            break;
        default:
            throw SaylauError(tr("%1 is not a forensic chart").arg(ChartSpec::kindName(m_options.kind)));
        }
        const int left = int(m_data.precincts().size()) - m_placed;
        QString coverage = tr("%Ln precinct(s)", nullptr, m_placed);
        if (left > 0)
            coverage += QLatin1Char(' ') + tr("(%Ln left out: no ballots, or more ballots than voters)", nullptr, left);
        const int unread = m_data.incomplete() + m_data.withoutLeader();
        if (unread > 0)
            coverage += QLatin1Char(' ') + tr("(%Ln protocol(s) without voters, ballots or the leader's votes left out)",
                                              nullptr, unread);
        spec.notes.append(coverage + QLatin1Char('.') + QLatin1Char(' ') + definitions());
        return spec;
    }

private:
    QString leader() const { return m_data.leaderName(); }

    // Where turnout axes start: the ten below the turnout of the lowest 0.1% of precincts, so the bins where
    // precincts are take the width of the slide.
    double turnoutAxisStart() const
    {
        std::vector<double> turnouts;
        for (const ForensicsData::Precinct &p : m_data.precincts())
            if (placed(p))
                turnouts.push_back(double(p.ballots) / double(p.voters));
        if (turnouts.empty())
            return 0;
        const auto at = turnouts.begin() + qsizetype(double(turnouts.size()) * 0.001);
        std::nth_element(turnouts.begin(), at, turnouts.end());
        return 10 * std::floor(*at * 10);
    }

    QString definitions() const
    {
        return tr("V voters on the list, B ballots in the boxes (valid + invalid), L votes for %1; turnout t = B/V, "
                  "%1's share s = L/B.")
            .arg(leader());
    }

    void fineHistogram(ChartSpec &spec)
    {
        const int tenths = m_options.fineBinTenths;
        if (tenths != 1 && tenths != 5 && tenths != 10)
            throw SaylauError(tr("the fine turnout histogram has bins of 0.1, 0.5 or 1 percentage point"));
        const QList<int> counts = ForensicsChartBuilder::turnoutHistogram(m_data, tenths);
        const int bins = int(counts.size());
        const double width = tenths / 10.0;
        // Expected: each precinct's B* ~ Binomial(V, t) spread over the bins, as in the integer test's null.
        std::vector<double> expected(size_t(bins), 0.0);
        qint64 largestVoters = 0;
        for (const ForensicsData::Precinct &p : m_data.precincts())
            largestVoters = std::max(largestVoters, p.voters);
        const std::vector<double> reciprocals = BinomialTable::reciprocals(largestVoters + 1);
        for (const ForensicsData::Precinct &p : m_data.precincts()) {
            if (!placed(p))
                continue;
            const BinomialTable table(p.voters, double(p.ballots) / double(p.voters), reciprocals);
            for (qint64 b = std::max<qint64>(table.low(), 1); b <= table.high(); ++b)
                expected[size_t(percentBin(b, p.voters, 10, 1000) / tenths)] += table.probability(b);
        }
        ChartSpec::Curve observed{tr("Precincts, per %1 percentage point of turnout").arg(QLocale().toString(width)),
                                  QStringLiteral("#2b6cb0"), ChartSpec::Curve::Style::Bars, {}, width};
        ChartSpec::Curve smooth{tr("Expected without a preference for round numbers (binomial spread of each precinct)"),
                                QStringLiteral("#c0392b"), ChartSpec::Curve::Style::Line, {}, 0};
        // The axis is scaled to the bins below 100%: the precincts reporting exactly 100% would otherwise
        // flatten every other bar to a line. That bar is cut at the top and its height given in the notes.
        double largest = 0;
        for (int k = 0; k < bins; ++k) {
            observed.points.append(QPointF(k * width, counts.at(k)));
            smooth.points.append(QPointF((k + 0.5) * width, expected[size_t(k)]));
            if (k < bins - 1)
                largest = std::max({largest, double(counts.at(k)), expected[size_t(k)]});
        }
        spec.curves = {observed, smooth};
        spec.title = tr("Turnout across precincts, in bins of %1 percentage point").arg(QLocale().toString(width));
        spec.xMin = turnoutAxisStart();
        spec.xMax = 100;
        spec.yMax = niceMax(largest);
        if (counts.last() > spec.yMax || expected.back() > spec.yMax)
            spec.notes.append(tr("Cut at the top: the last bin (up to 100%) holds %Ln precinct(s); %1 expected.", nullptr,
                                 counts.last())
                                  .arg(QLocale().toString(expected.back(), 'f', 0)));
        spec.xAxisTitle = tr("Turnout t, % of voters on the list");
        spec.yAxisTitle = tr("Precincts");
        spec.notes.append(tr("Peaks at whole percentages above the expected curve are what Shpilkin called the "
                             "\"saw\": more precincts report round turnouts than chance gives. The expected curve has "
                             "peaks of its own at simple fractions (50%, 66.7%, 75%), where small precincts land by "
                             "arithmetic alone."));
    }

    void scatter(ChartSpec &spec)
    {
        ChartSpec::Curve points{tr("One dot per precinct"), m_data.partyColors().value(m_data.leader()),
                                ChartSpec::Curve::Style::Points, {}, 0};
        for (const ForensicsData::Precinct &p : m_data.precincts())
            if (placed(p))
                points.points.append(QPointF(100.0 * double(p.ballots) / double(p.voters),
                                             100.0 * double(p.leader) / double(p.ballots)));
        spec.curves = {points};
        spec.xMin = turnoutAxisStart();
        spec.title = tr("Turnout and the share of %1, precinct by precinct").arg(leader());
        spec.xAxisTitle = tr("Turnout t, % of voters on the list");
        spec.yAxisTitle = tr("Share of %1 s, % of ballots in the boxes").arg(leader());
    }

    void fingerprint(ChartSpec &spec)
    {
        spec.heatMap.columns = 100;
        spec.heatMap.rows = 100;
        spec.heatMap.counts = ForensicsChartBuilder::fingerprint(m_data);
        spec.heatMap.legendTitle = tr("Precincts per 1% × 1% cell (log scale)");
        spec.title = tr("Election fingerprint: turnout × share of %1").arg(leader());
        spec.xAxisTitle = tr("Turnout t, % of voters on the list");
        spec.yAxisTitle = tr("Share of %1 s, % of ballots in the boxes").arg(leader());
        spec.notes.append(tr("A 2D histogram at 1% bins (Klimek, Yegorov, Hanel & Thurner, PNAS 2012). Clean "
                             "elections give one round cloud; a smear towards 100% turnout and 100% share is "
                             "what ballot stuffing would leave."));
    }

    void fingerprintByRegion(ChartSpec &spec)
    {
        const QList<QList<int>> maps = ForensicsChartBuilder::fingerprintsByRegion(m_data);
        for (int r = 0; r < maps.size(); ++r)
            if (std::accumulate(maps.at(r).cbegin(), maps.at(r).cend(), 0) > 0)
                spec.panels.append({m_data.regions().at(r), {100, 100, maps.at(r), {}}});
        spec.heatMap.legendTitle = tr("Precincts per 1% × 1% cell (log scale, one scale for all)");
        spec.title = tr("Election fingerprint by region: turnout × share of %1").arg(leader());
        spec.xAxisTitle = tr("Turnout t, 0 to 100% across each map");
        spec.yAxisTitle = tr("Share of %1 s, 0 to 100% up each map").arg(leader());
        spec.notes.append(tr("A 2D histogram at 1% bins for each region (Klimek, Yegorov, Hanel & Thurner, PNAS "
                             "2012), all on one colour scale, so that the regions compare. Clean elections give one "
                             "round cloud; a smear towards 100% turnout and 100% share is what ballot stuffing would "
                             "leave."));
    }

    void votesByTurnout(ChartSpec &spec)
    {
        constexpr int perPercent = 2; // 0.5% bins
        constexpr int bins = 100 * perPercent;
        const int parties = int(m_data.parties().size());
        std::vector<qint64> votes(size_t(parties) * bins, 0);
        std::vector<qint64> totals(size_t(parties), 0);
        for (size_t i = 0; i < m_data.precincts().size(); ++i) {
            const ForensicsData::Precinct &p = m_data.precincts()[i];
            if (!placed(p))
                continue;
            const int bin = percentBin(p.ballots, p.voters, perPercent, bins);
            for (int party = 0; party < parties; ++party) {
                const qint64 v = m_data.partyVotes(i, party);
                if (v == ForensicsData::noVotes)
                    continue;
                votes[size_t(party) * bins + size_t(bin)] += v;
                totals[size_t(party)] += v;
            }
        }
        // A party no protocol gives votes for is on another election's ballot: no curve of zeros for it.
        QList<int> order;
        for (int party = 0; party < parties; ++party) {
            if (m_data.partyPrecincts(party) > 0)
                order.append(party);
        }
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return totals[size_t(a)] > totals[size_t(b)]; });
        double largest = 0;
        for (int party : order) {
            ChartSpec::Curve curve{m_data.parties().at(party), m_data.partyColors().at(party),
                                   ChartSpec::Curve::Style::Line, {}, 0};
            for (int k = 0; k < bins; ++k) {
                const double v = double(votes[size_t(party) * bins + size_t(k)]);
                curve.points.append(QPointF((k + 0.5) / perPercent, v));
                largest = std::max(largest, v);
            }
            spec.curves.append(curve);
        }
        spec.title = tr("Votes by turnout: where each party's votes come from");
        spec.xMin = turnoutAxisStart();
        spec.yMax = niceMax(largest);
        spec.xAxisTitle = tr("Turnout t of the precinct, %");
        spec.yAxisTitle = tr("Votes, per 0.5% of turnout");
        spec.notes.append(tr("Each party's votes summed over the precincts of each 0.5% turnout bin. Where turnout "
                             "is genuine, every party's curve has one peak at the same turnout; votes of one party "
                             "growing with turnout while the others' fall is the pattern of added ballots."));
        if (m_data.lackingParty() > 0)
            spec.notes.append(tr("%Ln precinct(s) give no votes for some of the parties: each curve sums the "
                                 "precincts that give its party's votes.",
                                 nullptr, m_data.lackingParty()));
    }

    const ForensicsData &m_data;
    const ChartDataBuilder::Options &m_options;
    int m_placed = 0;
};

} // namespace

ChartSpec ForensicsChartBuilder::build(const ForensicsData &data, const ChartDataBuilder::Options &options)
{
    return Maker(data, options).make();
}

QList<int> ForensicsChartBuilder::fingerprint(const ForensicsData &data)
{
    QList<int> counts(100 * 100, 0);
    for (const ForensicsData::Precinct &p : data.precincts())
        if (placed(p))
            ++counts[fingerprintCell(p)];
    return counts;
}

QList<QList<int>> ForensicsChartBuilder::fingerprintsByRegion(const ForensicsData &data)
{
    QList<QList<int>> maps(data.regions().size(), QList<int>(100 * 100, 0));
    for (const ForensicsData::Precinct &p : data.precincts())
        if (placed(p))
            ++maps[p.region][fingerprintCell(p)];
    return maps;
}

QList<int> ForensicsChartBuilder::turnoutHistogram(const ForensicsData &data, int tenths)
{
    const int bins = 1000 / tenths;
    QList<int> counts(bins, 0);
    for (const ForensicsData::Precinct &p : data.precincts())
        if (placed(p))
            ++counts[percentBin(p.ballots, p.voters, 10, 1000) / tenths];
    return counts;
}

} // namespace saylau
