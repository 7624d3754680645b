#include "ForensicsReport.h"

#include "NumberFormat.h"
#include "SummaryReport.h"
#include "TextTable.h"

#include "../domain/Contest.h"
#include "../text/CsvWriter.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace saylau {

namespace {

const QString turnoutToken = QStringLiteral("turnout");
const QString shareToken = QStringLiteral("leader_share");

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonArray jsonTest(const IntegerPercentTest::Group &group)
{
    QJsonArray rows;
    for (const auto &[token, statistic] : {std::pair{turnoutToken, group.turnout}, std::pair{shareToken, group.leaderShare}})
        rows.append(QJsonObject{{QStringLiteral("measure"), token},
                                {QStringLiteral("observed"), double(statistic.observed)},
                                {QStringLiteral("expected_mean"), statistic.expectedMean},
                                {QStringLiteral("expected_sd"), statistic.expectedSd},
                                {QStringLiteral("excess"), statistic.excess()},
                                {QStringLiteral("z"), jsonNumber(statistic.z())}});
    return rows;
}

double largerZ(const IntegerPercentTest::Group &group)
{
    const double a = group.turnout.z();
    const double b = group.leaderShare.z();
    const double low = -std::numeric_limits<double>::infinity();
    return std::max(std::isfinite(a) ? a : low, std::isfinite(b) ? b : low);
}

} // namespace

ForensicsReport::ForensicsReport(const ForensicsData &data, const Contest &contest, SourceKind source,
                                 const IntegerPercentTest::Options &options, const EarlyChances::Known *known)
    : m_contestName(contest.displayName())
    , m_storedContestName(contest.name)
    , m_source(source)
    , m_leader(data.leaderName())
    , m_storedLeader(data.storedLeaderName())
    , m_coverage{data.incomplete(), data.withoutLeader(), data.lackingParty(), data.partiesWithoutVotes(),
                 data.storedPartiesWithoutVotes()}
    , m_test(IntegerPercentTest::run(data, options, known))
    , m_excess(ExcessVotesEstimate::estimate(data))
{
}

ForensicsReport ForensicsReport::forSummary(const CampaignStore &store, const Contest &contest,
                                            const QList<SourceKind> &sources)
{
    const SourceKind source = sources.contains(SourceKind::Official) ? SourceKind::Official : SourceKind::Observer;
    return ForensicsReport(ForensicsData::fromStore(store, contest, source), contest, source, {});
}

QList<IntegerPercentTest::Group> ForensicsReport::regionsByZ() const
{
    QList<IntegerPercentTest::Group> regions = m_test.regions;
    regions.removeIf([](const IntegerPercentTest::Group &g) { return g.precincts == 0; });
    std::stable_sort(regions.begin(), regions.end(), [](const auto &a, const auto &b) { return largerZ(a) > largerZ(b); });
    return regions;
}

QString ForensicsReport::definitions()
{
    return tr("Per precinct: V voters on the list, B ballots in the boxes (valid + invalid), L the leader's votes; "
              "turnout t = B/V, leader's share s = L/B. Integer test (Kobak, Shpilkin & Pshenichnikov 2016): "
              "precincts whose 100·t or 100·s lies within 0.05 of a whole number, precincts with V < 100 left "
              "out; expected from a Monte Carlo null, B* ~ Binomial(V, t), L* ~ Binomial(B*, s).");
}

QString ForensicsReport::title() const
{
    return tr("Election forensics: %1, %2; leader: %3").arg(m_contestName, SummaryReport::sourceLabel(m_source).toLower(), m_leader);
}

QStringList ForensicsReport::testLines(const QLocale &locale) const
{
    const NumberFormat format(locale);
    return QStringList{tr("Precincts: %1; in the integer test: %2; left out: %3 with fewer than 100 voters, %4 with no ballots "
               "or more ballots than voters.")
                .arg(format.count(m_test.precincts), format.count(m_test.tested), format.count(m_test.leftOutSmall),
                     format.count(m_test.leftOutOther)),
            tr("Integer percentages (within 0.05 of a whole number); expected: %Ln Monte Carlo draw(s), seed %1.", nullptr,
               m_test.options.draws)
                .arg(m_test.options.seed)}
        + coverageLines(format);
}

QStringList ForensicsReport::coverageLines(const NumberFormat &format) const
{
    QStringList lines;
    if (m_coverage.withoutVotersOrBallots > 0 || m_coverage.withoutLeader > 0)
        lines.append(tr("Left out before the test: %1 precinct protocol(s) without voters or ballots, %2 without "
                        "votes for %3.")
                         .arg(format.count(m_coverage.withoutVotersOrBallots), format.count(m_coverage.withoutLeader),
                              m_leader));
    if (m_coverage.lackingParty > 0)
        lines.append(tr("%Ln precinct(s) give no votes for some other party: they stay in the test and the "
                        "estimate, which need only V, B and L.",
                        nullptr, m_coverage.lackingParty));
    if (!m_coverage.partiesWithoutVotes.isEmpty())
        lines.append(tr("No protocol gives votes for %1: not on this election's ballot, left out.")
                         .arg(m_coverage.partiesWithoutVotes.join(QLatin1String(", "))));
    return lines;
}

QStringList ForensicsReport::excessLines(const QLocale &locale) const
{
    const NumberFormat format(locale);
    auto decimal = [&locale](double v, int decimals) {
        return std::isfinite(v) ? locale.toString(v, 'f', decimals) : NumberFormat::undefined();
    };
    const ExcessVotesEstimate::Result &e = m_excess;
    QStringList lines{tr("Excess votes of %1 (Shpilkin's method), a model-based estimate:").arg(m_leader)};
    const QString indent = QStringLiteral("  ");
    lines << indent + tr("clean turnout: up to %1% (the mode of the others' votes over turnout); the leader's share there %2%")
                          .arg(decimal(e.cleanTurnout, 0), decimal(e.cleanLeaderShare, 1))
          << indent + tr("above it: %1 precincts, the leader's votes %2, expected from the others' votes %3")
                          .arg(format.count(e.precinctsAbove), format.count(e.leaderVotesAbove),
                               format.count(qRound64(e.expectedLeaderVotesAbove)))
          << indent + tr("excess: %1 votes, %2% of the leader's %3")
                          .arg(format.count(qRound64(e.excessVotes)), decimal(e.excessPercentOfLeader(), 1),
                               format.count(e.leaderVotes));
    for (const QString &assumption : ExcessVotesEstimate::assumptions())
        lines << indent + assumption;
    return lines;
}

QString ForensicsReport::text(int topRegions, const QLocale &locale) const
{
    const NumberFormat format(locale);
    auto decimal = [&locale](double v, int decimals) {
        return std::isfinite(v) ? locale.toString(v, 'f', decimals) : NumberFormat::undefined();
    };
    QString text = title() + QLatin1Char('\n');
    text += definitions() + QLatin1Char('\n') + QLatin1Char('\n');
    for (const QString &line : testLines(locale))
        text += line + QLatin1Char('\n');
    auto testRows = [&](TextTable &table, const IntegerPercentTest::Group &group, const QString &prefix) {
        for (const auto &[label, s] : {std::pair{tr("turnout"), group.turnout}, std::pair{tr("leader's share"), group.leaderShare}})
            table.addRow({prefix + label, format.count(s.observed), decimal(s.expectedMean, 1), decimal(s.expectedSd, 1),
                          decimal(s.excess(), 1), decimal(s.z(), 1)});
    };
    TextTable table;
    table.addRow({QString(), tr("observed"), tr("expected"), tr("SD"), tr("excess"), tr("z")});
    testRows(table, m_test.total, QString());
    text += table.render() + QLatin1Char('\n');

    const QList<IntegerPercentTest::Group> regions = regionsByZ();
    if (regions.size() > 1 && topRegions > 0) {
        text += tr("Regions with the highest z (%1 of %2):").arg(std::min<qsizetype>(topRegions, regions.size())).arg(regions.size())
            + QLatin1Char('\n');
        TextTable byRegion;
        byRegion.addRow({QString(), tr("precincts"), tr("observed"), tr("expected"), tr("SD"), tr("excess"), tr("z")});
        for (const IntegerPercentTest::Group &g : regions.mid(0, topRegions))
            for (const auto &[label, s] : {std::pair{tr("turnout"), g.turnout}, std::pair{tr("leader's share"), g.leaderShare}})
                byRegion.addRow({g.name + QStringLiteral(", ") + label, format.count(g.precincts), format.count(s.observed),
                                 decimal(s.expectedMean, 1), decimal(s.expectedSd, 1), decimal(s.excess(), 1),
                                 decimal(s.z(), 1)});
        text += byRegion.render() + QLatin1Char('\n');
    }
    for (const QString &line : excessLines(locale))
        text += line + QLatin1Char('\n');
    return text;
}

QByteArray ForensicsReport::csv() const
{
    QByteArray out = CsvWriter::record({QStringLiteral("level"), QStringLiteral("region"),
                                        QStringLiteral("stored_region"), QStringLiteral("precincts"),
                                        QStringLiteral("measure"), QStringLiteral("observed"),
                                        QStringLiteral("expected_mean"), QStringLiteral("expected_sd"),
                                        QStringLiteral("excess"), QStringLiteral("z")});
    auto number = [](double v) { return std::isfinite(v) ? QString::number(v, 'f', 3) : QString(); };
    auto rows = [&](const QString &level, const IntegerPercentTest::Group &g, const QString &region,
                    const QString &storedRegion) {
        for (const auto &[token, s] : {std::pair{turnoutToken, g.turnout}, std::pair{shareToken, g.leaderShare}})
            out += CsvWriter::record({level, region, storedRegion, QString::number(g.precincts), token,
                                      QString::number(s.observed), number(s.expectedMean), number(s.expectedSd),
                                      number(s.excess()), number(s.z())});
    };
    rows(QStringLiteral("total"), m_test.total, QString(), QString());
    for (const IntegerPercentTest::Group &g : regionsByZ())
        rows(QStringLiteral("region"), g, g.name, g.storedName);
    return out;
}

QJsonObject ForensicsReport::json() const
{
    QJsonArray regions;
    for (const IntegerPercentTest::Group &g : regionsByZ())
        regions.append(QJsonObject{{QStringLiteral("region"), g.name},
                                   {QStringLiteral("stored_region"), g.storedName},
                                   {QStringLiteral("precincts"), g.precincts},
                                   {QStringLiteral("integer_test"), jsonTest(g)}});
    QJsonArray assumptions;
    for (const QString &a : ExcessVotesEstimate::assumptions())
        assumptions.append(a);
    const ExcessVotesEstimate::Result &e = m_excess;
    QJsonObject object{
        {QStringLiteral("format"), QStringLiteral("saylau-forensics")},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("contest"), m_contestName},
        {QStringLiteral("stored_contest"), m_storedContestName},
        {QStringLiteral("source"), sourceKindName(m_source)},
        {QStringLiteral("leader"), m_leader},
        {QStringLiteral("stored_leader"), m_storedLeader},
        {QStringLiteral("seed"), QString::number(m_test.options.seed)},
        {QStringLiteral("draws"), m_test.options.draws},
        {QStringLiteral("precincts"), m_test.precincts},
        {QStringLiteral("tested"), m_test.tested},
        {QStringLiteral("left_out_small"), m_test.leftOutSmall},
        {QStringLiteral("left_out_other"), m_test.leftOutOther},
        {QStringLiteral("integer_test"), jsonTest(m_test.total)},
        {QStringLiteral("excess_votes"),
         QJsonObject{{QStringLiteral("model_based"), true},
                     {QStringLiteral("method"), QStringLiteral("shpilkin")},
                     {QStringLiteral("assumptions"), assumptions},
                     {QStringLiteral("precincts"), e.precincts},
                     {QStringLiteral("clean_turnout_pct"), e.cleanTurnout},
                     {QStringLiteral("clean_leader_share_pct"), e.cleanLeaderShare},
                     {QStringLiteral("precincts_above"), e.precinctsAbove},
                     {QStringLiteral("leader_votes"), double(e.leaderVotes)},
                     {QStringLiteral("leader_votes_above"), double(e.leaderVotesAbove)},
                     {QStringLiteral("expected_leader_votes_above"), e.expectedLeaderVotesAbove},
                     {QStringLiteral("excess_votes"), e.excessVotes},
                     {QStringLiteral("excess_pct_of_leader"), e.excessPercentOfLeader()}}},
        {QStringLiteral("regions"), regions}};
    // Only when something is missing, so that the output of a complete file stays as it was.
    if (!m_coverage.isFull())
        object.insert(QStringLiteral("coverage"),
                      QJsonObject{{QStringLiteral("without_voters_or_ballots"), m_coverage.withoutVotersOrBallots},
                                  {QStringLiteral("without_leader"), m_coverage.withoutLeader},
                                  {QStringLiteral("lacking_party"), m_coverage.lackingParty},
                                  {QStringLiteral("parties_without_votes"),
                                   QJsonArray::fromStringList(m_coverage.partiesWithoutVotes)},
                                  {QStringLiteral("stored_parties_without_votes"),
                                   QJsonArray::fromStringList(m_coverage.storedPartiesWithoutVotes)}});
    return object;
}

} // namespace saylau
