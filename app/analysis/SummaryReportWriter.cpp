#include "SummaryReportWriter.h"

#include "TextTable.h"

#include "../io/CsvWriter.h"

#include <QJsonArray>

#include <functional>

namespace saylau {

namespace {

QString render(const QList<QStringList> &rows)
{
    TextTable table;
    for (const QStringList &row : rows)
        table.addRow(row);
    return table.render();
}

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

QString SummaryReportWriter::rowName(const SummaryReport::Row &row) const
{
    if (row.node.id == 0)
        return tr("TOTAL");
    if (row.node.level == TerritoryNode::Level::Precinct)
        return row.node.code.isEmpty() ? row.node.name : tr("UIK %1").arg(row.node.code);
    return row.node.name;
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

QString SummaryReportWriter::text() const
{
    const Election &election = m_report.election();
    QString text = election.name;
    if (election.date.isValid())
        text += QStringLiteral(", ") + m_format.locale().toString(election.date, QStringLiteral("d MMMM yyyy"));
    text += QLatin1Char('\n');
    if (election.synthetic)
        text += tr("SYNTHETIC DATA: a demonstration, not real election results.") + QLatin1Char('\n');
    text += m_report.contest().name + QStringLiteral("\n\n");
    text += textTotal();
    if (!m_report.rows().isEmpty())
        text += QLatin1Char('\n') + textRows();
    text += QLatin1Char('\n') + textNotes();
    return text;
}

QString SummaryReportWriter::textTotal() const
{
    const SummaryReport::Row &total = m_report.total();
    const Contest &contest = m_report.contest();
    QList<QStringList> rows;
    const auto addRow = [&](const QString &label, const std::function<QString(const SummaryReport::Cell &)> &value) {
        QStringList row{label};
        for (const SummaryReport::Cell &cell : total.cells)
            row.append(cell.isEmpty() ? NumberFormat::undefined() : value(cell));
        rows.append(row);
    };
    QStringList header{tr("TOTAL")};
    for (SourceKind source : m_report.options().sources)
        header.append(SummaryReport::sourceLabel(source));
    rows.append(header);
    addRow(tr("Precincts"), [&](const SummaryReport::Cell &c) {
        return c.totals.published && c.totals.precincts == 0 ? tr("published") : m_format.count(c.totals.precincts);
    });
    addRow(tr("Voters"), [&](const SummaryReport::Cell &c) {
        return optionalCount(m_format, c.totals.measure(Measure::Voters));
    });
    addRow(tr("Voted"), [&](const SummaryReport::Cell &c) { return m_format.percent(c.turnout); });
    addRow(tr("Unused ballots"), [&](const SummaryReport::Cell &c) { return m_format.percent(c.unused); });
    rows.append(QStringList{QString()});
    rows.append(QStringList{contest.name});
    for (int i = 0; i < contest.ballot.size(); ++i)
        addRow(contest.slotShortLabel(contest.partySlot(i)),
               [&](const SummaryReport::Cell &c) { return m_format.percent(c.parties.value(i)); });
    if (contest.form.measures.contains(Measure::AgainstAll))
        addRow(tr("Against all"), [&](const SummaryReport::Cell &c) { return m_format.percent(c.againstAll); });
    addRow(tr("Spoiled ballots"), [&](const SummaryReport::Cell &c) { return m_format.percent(c.invalid); });
    return render(rows);
}

QString SummaryReportWriter::textRows() const
{
    const Contest &contest = m_report.contest();
    const QList<SourceKind> &sources = m_report.options().sources;
    QStringList header{tr("Territory")};
    if (sources.size() > 1)
        header.append(tr("Source"));
    header << tr("Precincts") << tr("Voters") << tr("Voted") << tr("Unused");
    for (int i = 0; i < contest.ballot.size(); ++i)
        header.append(contest.slotShortLabel(contest.partySlot(i)));
    if (contest.form.measures.contains(Measure::AgainstAll))
        header.append(tr("Against all"));
    header.append(tr("Spoiled"));

    QList<QStringList> rows{header};
    for (const SummaryReport::Row &row : m_report.rows()) {
        for (int s = 0; s < row.cells.size(); ++s) {
            const SummaryReport::Cell &cell = row.cells.at(s);
            QStringList line{s == 0 ? rowName(row) : QString()};
            if (sources.size() > 1)
                line.append(SummaryReport::sourceLabel(sources.at(s)));
            line << m_format.count(cell.totals.precincts)
                 << optionalCount(m_format, cell.totals.measure(Measure::Voters)) << m_format.percent(cell.turnout)
                 << m_format.percent(cell.unused);
            for (const Percentage &share : cell.parties)
                line.append(m_format.percent(share));
            if (contest.form.measures.contains(Measure::AgainstAll))
                line.append(m_format.percent(cell.againstAll));
            line.append(m_format.percent(cell.invalid));
            rows.append(line);
        }
    }
    return render(rows);
}

QString SummaryReportWriter::textNotes() const
{
    QString text;
    const ProtocolForm &form = m_report.contest().form;
    if (form.thresholdPercent > 0) {
        for (int s = 0; s < m_report.total().cells.size(); ++s) {
            const SummaryReport::Cell &cell = m_report.total().cells.at(s);
            if (cell.isEmpty())
                continue;
            const QStringList names = partyNames(cell.overThreshold);
            text += tr("%1: parties over the %2% threshold of %3: %4\n")
                        .arg(SummaryReport::sourceLabel(m_report.options().sources.at(s)),
                             m_format.locale().toString(form.thresholdPercent),
                             SummaryReport::measureDescription(form.thresholdBase),
                             names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
        }
    }
    text += tr("Shares of parties and spoiled ballots: of %1. Voted: of voters on the list. Unused ballots: of %2.\n")
                .arg(m_report.shareBaseDescription(), m_report.unusedBaseDescription());
    if (m_report.options().shareBase == SummaryReport::ShareBase::Valid)
        text += tr("Spoiled ballots are shown as a share of all ballots cast.\n");
    for (const QString &warning : m_report.warnings())
        text += tr("Warning: %1").arg(warning) + QLatin1Char('\n');
    return text;
}

QByteArray SummaryReportWriter::csv() const
{
    const Contest &contest = m_report.contest();
    QStringList header{QStringLiteral("contest"), QStringLiteral("source"), QStringLiteral("level"),
                       QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("precincts"),
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
            QStringList line{contest.id, sourceKindName(m_report.options().sources.at(s)), levelName(row),
                             row.node.code, row.node.id == 0 ? QString() : row.node.name,
                             m_machine.count(cell.totals.precincts), m_machine.count(cell.totals.protocols)};
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
                                    {QStringLiteral("code"), row.node.code},
                                    {QStringLiteral("name"), row.node.id == 0 ? QString() : row.node.name},
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
         QJsonObject{{QStringLiteral("name"), election.name},
                     {QStringLiteral("date"), election.date.toString(Qt::ISODate)},
                     {QStringLiteral("country"), election.country},
                     {QStringLiteral("synthetic"), election.synthetic}}},
        {QStringLiteral("contest"),
         QJsonObject{{QStringLiteral("id"), contest.id},
                     {QStringLiteral("name"), contest.name},
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
        {QStringLiteral("warnings"), QJsonArray::fromStringList(m_report.warnings())}};
}

} // namespace saylau
