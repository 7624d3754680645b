#include "SummaryReportWriter.h"

#include "SeatAllocation.h"
#include "TextTable.h"

#include "../text/CsvWriter.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <functional>

namespace saylau {

namespace {

QString optionalCount(const NumberFormat &format, std::optional<qint64> value)
{
    return value ? format.count(*value) : QString();
}

QJsonValue jsonCount(std::optional<qint64> value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonPercent(const Percentage &percentage, int precision)
{
    return percentage.isDefined() ? QJsonValue(percentage.rounded(precision)) : QJsonValue(QJsonValue::Null);
}

// The measures every machine row carries, in column order.
constexpr Measure machineMeasures[] = {Measure::Voters, Measure::Received, Measure::Issued, Measure::Cast,
                                       Measure::Invalid, Measure::Valid,    Measure::Unused, Measure::AgainstAll};

} // namespace

SummaryReportWriter::SummaryReportWriter(const SummaryReport &report, const QLocale &locale)
    : m_report(report)
    , m_format(locale, report.options().precision)
    , m_machine(NumberFormat::machine(report.options().precision))
{
}

QList<TerritoryNode::Level> SummaryReportWriter::placeLevels() const
{
    QList<TerritoryNode::Level> levels;
    const QList<SummaryReport::Row> &rows = m_report.rows();
    if (std::any_of(rows.cbegin(), rows.cend(), [](const SummaryReport::Row &row) { return row.region.id != 0; }))
        levels.append(TerritoryNode::Level::Region);
    if (std::any_of(rows.cbegin(), rows.cend(), [](const SummaryReport::Row &row) { return row.district.id != 0; }))
        levels.append(TerritoryNode::Level::District);
    return levels;
}

QString SummaryReportWriter::rowName(const SummaryReport::Row &row) const
{
    if (row.node.id == 0)
        return tr("TOTAL");
    if (row.node.level == TerritoryNode::Level::Precinct)
        return row.node.code.isEmpty() ? row.name : tr("UIK %1").arg(row.node.code);
    return row.name.isEmpty() ? row.node.code : row.name;
}

QString SummaryReportWriter::levelName(const SummaryReport::Row &row) const
{
    return row.node.id == 0 ? QStringLiteral("total") : TerritoryNode::levelName(row.node.level);
}

QStringList SummaryReportWriter::partyNames(const QList<int> &ballotIndexes) const
{
    QStringList names;
    for (int i : ballotIndexes)
        names.append(m_report.contest().slotShortLabel(m_report.contest().partySlot(i)));
    return names;
}

QStringList SummaryReportWriter::titleLines() const
{
    const Election &election = m_report.election();
    QString heading = election.displayName();
    if (election.date.isValid())
        heading += QStringLiteral(", ") + m_format.locale().toString(election.date, QStringLiteral("d MMMM yyyy"));
    QStringList lines{heading};
    if (election.synthetic)
        lines.append(tr("SYNTHETIC DATA: a demonstration, not real election results."));
    lines.append(m_report.contest().displayName());
    return lines;
}

QString SummaryReportWriter::text() const
{
    const auto render = [](const Table &table, int labelColumns) {
        TextTable text(labelColumns);
        for (const QList<TableCell> &row : table) {
            QStringList cells;
            for (const TableCell &cell : row)
                cells.append(cell.text);
            text.addRow(cells);
        }
        return text.render();
    };
    QString text = titleLines().join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    text += render(totalTable(), 1);
    if (!m_report.rows().isEmpty())
        text += QLatin1Char('\n') + render(rowsTable(), rowsLabelColumns());
    text += QLatin1Char('\n') + notes().join(QLatin1Char('\n')) + QLatin1Char('\n');
    return text;
}

SummaryReportWriter::TableCell SummaryReportWriter::count(std::optional<qint64> value) const
{
    if (!value)
        return {};
    return {m_format.count(*value), TableCell::Kind::Count, double(*value)};
}

SummaryReportWriter::TableCell SummaryReportWriter::percent(const Percentage &percentage) const
{
    if (!percentage.isDefined())
        return {NumberFormat::undefined(), TableCell::Kind::Text, 0};
    return {m_format.percent(percentage), TableCell::Kind::Percent, percentage.rounded(m_format.precision())};
}

SummaryReportWriter::Table SummaryReportWriter::totalTable() const
{
    const SummaryReport::Row &total = m_report.total();
    const Contest &contest = m_report.contest();
    const auto text = [](const QString &t) { return TableCell{t, TableCell::Kind::Text, 0}; };
    Table rows;
    QList<TableCell> header{text(tr("TOTAL"))};
    QList<TableCell> subheader{text(QString())};
    for (SourceKind source : m_report.options().sources) {
        header << text(SummaryReport::sourceLabel(source)) << text(QString());
        subheader << text(tr("number")) << text(tr("%"));
    }
    rows << header << subheader;
    using Value = std::pair<TableCell, TableCell>;
    const auto addRow = [&](const QString &label, const std::function<Value(const SummaryReport::Cell &)> &value) {
        QList<TableCell> row{text(label)};
        for (const SummaryReport::Cell &cell : total.cells) {
            if (cell.isEmpty()) {
                row << text(NumberFormat::undefined()) << text(QString());
            } else {
                const Value v = value(cell);
                row << v.first << v.second;
            }
        }
        rows.append(row);
    };
    addRow(tr("Precincts"), [&](const SummaryReport::Cell &c) {
        return Value{c.totals.published && c.totals.precincts == 0 ? text(tr("published")) : count(c.totals.precincts),
                     text(QString())};
    });
    addRow(tr("Voters"), [&](const SummaryReport::Cell &c) {
        return Value{count(c.totals.measure(Measure::Voters)), text(QString())};
    });
    addRow(tr("Voted"), [&](const SummaryReport::Cell &c) {
        return Value{count(c.totals.measure(contest.form.turnoutMeasure)), percent(c.turnout)};
    });
    addRow(tr("Unused ballots"), [&](const SummaryReport::Cell &c) {
        return Value{count(c.totals.measure(Measure::Unused)), percent(c.unused)};
    });
    rows.append({text(QString())});
    rows.append({text(contest.displayName())});
    for (int i = 0; i < contest.ballot.size(); ++i)
        addRow(contest.slotShortLabel(contest.partySlot(i)), [&](const SummaryReport::Cell &c) {
            return Value{count(c.totals.slot(contest.partySlot(i))), percent(c.parties.value(i))};
        });
    if (contest.form.measures.contains(Measure::AgainstAll))
        addRow(tr("Against all"), [&](const SummaryReport::Cell &c) {
            return Value{count(c.totals.measure(Measure::AgainstAll)), percent(c.againstAll)};
        });
    addRow(tr("Spoiled ballots"), [&](const SummaryReport::Cell &c) {
        return Value{count(c.totals.measure(Measure::Invalid)), percent(c.invalid)};
    });
    return rows;
}

SummaryReportWriter::Table SummaryReportWriter::rowsTable() const
{
    const Contest &contest = m_report.contest();
    const QList<SourceKind> &sources = m_report.options().sources;
    const auto text = [](const QString &t) { return TableCell{t, TableCell::Kind::Text, 0}; };
    const QList<TerritoryNode::Level> places = placeLevels();
    QList<TableCell> header;
    for (TerritoryNode::Level level : places)
        header.append(text(level == TerritoryNode::Level::Region ? tr("Region") : tr("TIK")));
    header.append(text(tr("Territory")));
    if (sources.size() > 1)
        header.append(text(tr("Source")));
    header << text(tr("Precincts")) << text(tr("Voters")) << text(tr("Voted")) << text(tr("Unused"));
    for (int i = 0; i < contest.ballot.size(); ++i)
        header.append(text(contest.slotShortLabel(contest.partySlot(i))));
    if (contest.form.measures.contains(Measure::AgainstAll))
        header.append(text(tr("Against all")));
    header.append(text(tr("Spoiled")));

    Table rows{header};
    for (const SummaryReport::Row &row : m_report.rows()) {
        for (int s = 0; s < row.cells.size(); ++s) {
            const SummaryReport::Cell &cell = row.cells.at(s);
            QList<TableCell> line;
            for (TerritoryNode::Level level : places) {
                const TerritoryNode &place = level == TerritoryNode::Level::Region ? row.region : row.district;
                line.append(text(s > 0 || place.id == 0 ? QString()
                                 : place.name.isEmpty()  ? place.code
                                                         : place.displayName()));
            }
            line.append(text(s == 0 ? rowName(row) : QString()));
            if (sources.size() > 1)
                line.append(text(SummaryReport::sourceLabel(sources.at(s))));
            line << count(cell.totals.precincts) << count(cell.totals.measure(Measure::Voters))
                 << percent(cell.turnout) << percent(cell.unused);
            for (const Percentage &share : cell.parties)
                line.append(percent(share));
            if (contest.form.measures.contains(Measure::AgainstAll))
                line.append(percent(cell.againstAll));
            line.append(percent(cell.invalid));
            rows.append(line);
        }
    }
    return rows;
}

QString SummaryReportWriter::coverage(int source) const
{
    const SummaryReport::Cell &cell = m_report.total().cells.at(source);
    const QString who = SummaryReport::sourceLabel(m_report.options().sources.at(source));
    const QString voters = m_format.count(cell.totals.measure(Measure::Voters).value_or(0));
    if (cell.totals.published && cell.totals.precincts == 0)
        return tr("%1: a total published for the whole territory, %2 voters on the list.").arg(who, voters);
    return tr("%1: %Ln precinct(s), %2 voters on the list.", nullptr, cell.totals.precincts).arg(who, voters);
}

QStringList SummaryReportWriter::notes() const
{
    QStringList lines;
    const Contest &contest = m_report.contest();
    const ProtocolForm &form = contest.form;
    const QList<SourceKind> &sources = m_report.options().sources;
    for (int s = 0; s < sources.size(); ++s)
        if (!m_report.total().cells.at(s).isEmpty())
            lines.append(coverage(s));
    // Spoiled ballots are always a share of the ballots cast (SummaryReport::Cell::invalid): one base for both
    // only when the parties' base is that too.
    if (m_report.shareBaseMeasure() == Measure::Cast)
        lines.append(tr("Shares of parties and spoiled ballots: of %1. Voted: of voters on the list. Unused ballots: of %2.")
                         .arg(m_report.shareBaseDescription(), m_report.unusedBaseDescription()));
    else
        lines.append(tr("Shares of parties: of %1. Spoiled ballots: of %2. Voted: of voters on the list. Unused "
                        "ballots: of %3.")
                         .arg(m_report.shareBaseDescription(), SummaryReport::measureDescription(Measure::Cast),
                              m_report.unusedBaseDescription()));
    if (m_report.options().largestRemainder)
        lines.append(tr("Shares are rounded by the largest remainder, so that each column adds up to 100%."));
    if (form.thresholdPercent > 0) {
        for (int s = 0; s < sources.size(); ++s) {
            const SummaryReport::Cell &cell = m_report.total().cells.at(s);
            if (cell.isEmpty())
                continue;
            const QStringList names = partyNames(cell.overThreshold);
            lines.append(tr("%1: parties over the %2% threshold of %3: %4")
                             .arg(SummaryReport::sourceLabel(sources.at(s)),
                                  m_format.locale().toString(form.thresholdPercent),
                                  SummaryReport::measureDescription(form.thresholdBase),
                                  names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
        }
    }
    for (int s = 0; s < sources.size(); ++s) {
        const SummaryReport::RegionRanges &ranges = m_report.regionRanges().at(s);
        const QString who = SummaryReport::sourceLabel(sources.at(s));
        // One precision for a whole line: the one that tells its range's ends apart.
        const NumberFormat turnout(m_format.locale(), ranges.turnout.informativePrecision(m_format.precision()));
        const NumberFormat invalid(m_format.locale(), ranges.invalid.informativePrecision(m_format.precision()));
        if (ranges.turnout.regions > 1)
            lines.append(tr("%1: turnout by region from %2 (%3) to %4 (%5); mean of the %n region(s) %6, overall %7.",
                            nullptr, ranges.turnout.regions)
                             .arg(who, turnout.percent(ranges.turnout.min), ranges.turnout.minRegion,
                                  turnout.percent(ranges.turnout.max), ranges.turnout.maxRegion,
                                  turnout.percent(ranges.turnout.mean),
                                  turnout.percent(m_report.total().cells.at(s).turnout)));
        if (ranges.turnout.regions > 0 && m_report.total().cells.at(s).totals.published)
            lines.append(tr("%1: the regions' figures are the sums of their precincts; the overall figure is the "
                            "published total.")
                             .arg(who));
        if (ranges.invalid.regions > 1)
            lines.append(tr("%1: spoiled ballots by region from %2 (%3) to %4 (%5).")
                             .arg(who, invalid.percent(ranges.invalid.min), ranges.invalid.minRegion,
                                  invalid.percent(ranges.invalid.max), ranges.invalid.maxRegion));
    }
    lines.append(seatLines());
    lines.append(m_report.sampleLines());
    for (const QString &warning : m_report.warnings())
        lines.append(tr("Warning: %1").arg(warning));
    return lines;
}

QStringList SummaryReportWriter::seatLines() const
{
    QStringList lines;
    const Contest &contest = m_report.contest();
    const QList<SourceKind> &sources = m_report.options().sources;
    for (int s = 0; s < sources.size(); ++s) {
        const SeatAllocation seats = SeatAllocation::compute(contest, m_report.total().cells.at(s).totals);
        if (!seats.isDefined())
            continue;
        QList<SeatAllocation::Party> winners = seats.parties();
        winners.removeIf([](const SeatAllocation::Party &p) { return p.seats == 0; });
        std::stable_sort(winners.begin(), winners.end(),
                         [](const SeatAllocation::Party &a, const SeatAllocation::Party &b) { return a.seats > b.seats; });
        QStringList won;
        for (const SeatAllocation::Party &party : winners)
            won.append(QStringLiteral("%1 %2").arg(contest.slotShortLabel(contest.partySlot(party.ballotIndex)),
                                                   QString::number(party.seats)));
        const QString rule = sources.at(s) == SourceKind::Official
            ? tr("%1: seats (%2, largest remainder among the lists over the threshold): %3.")
            : tr("%1: seats these figures would give (%2, largest remainder among the lists over the threshold): %3.");
        lines.append(rule.arg(SummaryReport::sourceLabel(sources.at(s)), QString::number(seats.seats()), won.join(QStringLiteral(", "))));
        if (seats.tieAtCutoff())
            lines.append(tr("%1: the last seat went to one of equal remainders; the law's tie rule decides it.")
                             .arg(SummaryReport::sourceLabel(sources.at(s))));
    }
    return lines;
}

QByteArray SummaryReportWriter::csv() const
{
    const Contest &contest = m_report.contest();
    QStringList header{QStringLiteral("contest"), QStringLiteral("source"),      QStringLiteral("level"),
                       QStringLiteral("region"),  QStringLiteral("tik"),         QStringLiteral("code"),
                       QStringLiteral("name"),    QStringLiteral("stored_name"), QStringLiteral("precincts"),
                       QStringLiteral("protocols")};
    for (Measure m : machineMeasures)
        header.append(measureName(m));
    header << QStringLiteral("turnout_pct") << QStringLiteral("unused_pct") << QStringLiteral("invalid_pct")
           << QStringLiteral("against_all_pct");
    for (int i = 0; i < contest.ballot.size(); ++i) {
        const QString key = contest.slotKey(contest.partySlot(i));
        header << key << key + QStringLiteral("_pct");
    }
    header << QStringLiteral("over_threshold") << QStringLiteral("share_base") << QStringLiteral("synthetic");

    QByteArray text = CsvWriter::record(header);
    QList<SummaryReport::Row> rows{m_report.total()};
    rows.append(m_report.rows());
    for (const SummaryReport::Row &row : rows) {
        for (int s = 0; s < row.cells.size(); ++s) {
            const SummaryReport::Cell &cell = row.cells.at(s);
            QStringList line{contest.id,
                             sourceKindName(m_report.options().sources.at(s)),
                             levelName(row),
                             row.region.storedLabel(),
                             row.district.storedLabel(),
                             row.node.code,
                             row.name,
                             row.node.name,
                             m_machine.count(cell.totals.precincts),
                             m_machine.count(cell.totals.protocols)};
            for (Measure m : machineMeasures)
                line.append(optionalCount(m_machine, cell.totals.measure(m)));
            line << m_machine.percentNumber(cell.turnout) << m_machine.percentNumber(cell.unused)
                 << m_machine.percentNumber(cell.invalid) << m_machine.percentNumber(cell.againstAll);
            for (int i = 0; i < contest.ballot.size(); ++i)
                line << optionalCount(m_machine, cell.totals.slot(contest.partySlot(i)))
                     << m_machine.percentNumber(cell.parties.value(i));
            QStringList over;
            for (int i : cell.overThreshold)
                over.append(contest.slotKey(contest.partySlot(i)));
            line << over.join(QLatin1Char(' ')) << SummaryReport::shareBaseName(m_report.options().shareBase)
                 << (m_report.election().synthetic ? QStringLiteral("true") : QStringLiteral("false"));
            text += CsvWriter::record(line);
        }
    }
    return text;
}

QJsonObject SummaryReportWriter::json() const
{
    const Contest &contest = m_report.contest();
    const Election &election = m_report.election();
    const int precision = m_report.options().precision;

    QJsonArray parties;
    for (int i = 0; i < contest.ballot.size(); ++i) {
        const BallotEntry &entry = contest.ballot.at(i);
        parties.append(QJsonObject{{QStringLiteral("key"), contest.slotKey(contest.partySlot(i))},
                                   {QStringLiteral("position"), entry.position},
                                   {QStringLiteral("name"), entry.name},
                                   {QStringLiteral("short"), entry.shortName},
                                   {QStringLiteral("color"), entry.color}});
    }
    QJsonArray sources;
    for (SourceKind source : m_report.options().sources)
        sources.append(sourceKindName(source));

    QJsonArray rows;
    QList<SummaryReport::Row> all{m_report.total()};
    all.append(m_report.rows());
    for (const SummaryReport::Row &row : all) {
        for (int s = 0; s < row.cells.size(); ++s) {
            const SummaryReport::Cell &cell = row.cells.at(s);
            QJsonObject counts;
            for (Measure m : machineMeasures)
                counts.insert(measureName(m), jsonCount(cell.totals.measure(m)));
            QJsonObject percents{{QStringLiteral("turnout"), jsonPercent(cell.turnout, precision)},
                                 {QStringLiteral("unused"), jsonPercent(cell.unused, precision)},
                                 {QStringLiteral("invalid"), jsonPercent(cell.invalid, precision)},
                                 {QStringLiteral("against_all"), jsonPercent(cell.againstAll, precision)}};
            for (int i = 0; i < contest.ballot.size(); ++i) {
                const QString key = contest.slotKey(contest.partySlot(i));
                counts.insert(key, jsonCount(cell.totals.slot(contest.partySlot(i))));
                percents.insert(key, jsonPercent(cell.parties.value(i), precision));
            }
            QJsonArray over;
            for (int i : cell.overThreshold)
                over.append(contest.slotKey(contest.partySlot(i)));
            rows.append(QJsonObject{{QStringLiteral("source"), sourceKindName(m_report.options().sources.at(s))},
                                    {QStringLiteral("level"), levelName(row)},
                                    {QStringLiteral("region"), row.region.storedLabel()},
                                    {QStringLiteral("tik"), row.district.storedLabel()},
                                    {QStringLiteral("code"), row.node.code},
                                    {QStringLiteral("name"), row.name},
                                    {QStringLiteral("stored_name"), row.node.name},
                                    {QStringLiteral("precincts"), cell.totals.precincts},
                                    {QStringLiteral("protocols"), cell.totals.protocols},
                                    {QStringLiteral("published"), cell.totals.published},
                                    {QStringLiteral("counts"), counts},
                                    {QStringLiteral("percent"), percents},
                                    {QStringLiteral("over_threshold"), over}});
        }
    }

    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("saylau-summary-report")},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("election"),
         QJsonObject{{QStringLiteral("name"), election.displayName()},
                     {QStringLiteral("stored_name"), election.name},
                     {QStringLiteral("date"), election.date.toString(Qt::ISODate)},
                     {QStringLiteral("country"), election.country},
                     {QStringLiteral("synthetic"), election.synthetic}}},
        {QStringLiteral("contest"),
         QJsonObject{{QStringLiteral("id"), contest.id},
                     {QStringLiteral("name"), contest.displayName()},
                     {QStringLiteral("stored_name"), contest.name},
                     {QStringLiteral("form"), contest.form.id}}},
        {QStringLiteral("share_base"), SummaryReport::shareBaseName(m_report.options().shareBase)},
        {QStringLiteral("unused_base"), measureName(m_report.unusedBaseMeasure())},
        {QStringLiteral("turnout_measure"), measureName(contest.form.turnoutMeasure)},
        {QStringLiteral("precision"), precision},
        {QStringLiteral("threshold"),
         QJsonObject{{QStringLiteral("percent"), contest.form.thresholdPercent},
                     {QStringLiteral("of"), measureName(contest.form.thresholdBase)}}},
        {QStringLiteral("parties"), parties},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(m_report.warnings())},
        {QStringLiteral("sample"), QJsonArray::fromStringList(m_report.sampleLines())}};
}

SummaryReportWriter::Table SummaryReportWriter::forensicsTable(int topRegions) const
{
    if (!m_forensics)
        return {};
    const auto text = [](const QString &t) { return TableCell{t, TableCell::Kind::Text, 0}; };
    const QLocale &locale = m_format.locale();
    const auto decimal = [&](double value) {
        if (!std::isfinite(value))
            return text(NumberFormat::undefined());
        return TableCell{locale.toString(value, 'f', 1), TableCell::Kind::Decimal, value};
    };
    Table table{{text(QString()), text(tr("Precincts")), text(tr("Observed")), text(tr("Expected")), text(tr("SD")),
                 text(tr("Excess")), text(tr("z"))}};
    const auto rows = [&](const IntegerPercentTest::Group &group, const QString &prefix) {
        for (const auto &[label, s] : {std::pair{tr("turnout"), group.turnout}, std::pair{tr("leader's share"), group.leaderShare}})
            table.append({text(prefix + label), count(group.precincts), count(s.observed), decimal(s.expectedMean),
                          decimal(s.expectedSd), decimal(s.excess()), decimal(s.z())});
    };
    rows(m_forensics->integerTest().total, tr("All precincts") + QStringLiteral(", "));
    const QList<IntegerPercentTest::Group> regions = m_forensics->regionsByZ();
    if (regions.size() > 1)
        for (const IntegerPercentTest::Group &group : regions.mid(0, topRegions))
            rows(group, group.name + QStringLiteral(", "));
    return table;
}

} // namespace saylau
