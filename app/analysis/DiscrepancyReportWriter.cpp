#include "DiscrepancyReportWriter.h"

#include "ComparisonInput.h"
#include "TextTable.h"

#include "../text/CsvWriter.h"

#include <QJsonArray>

#include <cstdlib>

namespace saylau {

namespace {

QJsonValue jsonCount(std::optional<qint64> value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonPercent(const Percentage &percentage)
{
    return percentage.isDefined() ? QJsonValue(percentage.rounded(2)) : QJsonValue(QJsonValue::Null);
}

} // namespace

DiscrepancyReportWriter::DiscrepancyReportWriter(const DiscrepancyResult &result, const Election &election,
                                                 const Options &options, const QLocale &locale)
    : m_result(result)
    , m_election(election)
    , m_options(options)
    , m_format(locale, 1)
    , m_machine(NumberFormat::machine(2))
{
}

bool DiscrepancyReportWriter::listed(const Discrepancy &d, const Options &options)
{
    if (options.listAll || d.aggregate)
        return true;
    switch (d.kind) {
    case Discrepancy::Kind::Differs:
    case Discrepancy::Kind::CopiesDisagree:
    case Discrepancy::Kind::PartialCoverage:
        return true;
    case Discrepancy::Kind::OfficialMissing:
        return !d.coveredByAggregate;
    case Discrepancy::Kind::Match:
        // Equal on the lines both give, but a line given on one side only is no match to keep quiet about.
        return !d.oneSidedSlots.isEmpty();
    case Discrepancy::Kind::ObserverMissing:
        return false;
    }
    return false;
}

QString DiscrepancyReportWriter::regionName(qint64 regionId) const
{
    return regionId == 0 ? QString() : m_result.input().territory().label(regionId);
}

QString DiscrepancyReportWriter::nodeName(qint64 territoryId) const
{
    // The path leaves out the country; the country's own official total is named by its label.
    const TerritoryIndex &territory = m_result.input().territory();
    const QString path = territory.path(territoryId);
    return path.isEmpty() ? territory.label(territoryId) : path;
}

QString DiscrepancyReportWriter::storedRegionName(qint64 regionId) const
{
    const TerritoryNode *node = regionId == 0 ? nullptr : m_result.input().territory().node(regionId);
    return node ? node->storedLabel() : QString();
}

QString DiscrepancyReportWriter::storedNodeName(qint64 territoryId) const
{
    const TerritoryIndex &territory = m_result.input().territory();
    const QString path = territory.storedPath(territoryId);
    if (!path.isEmpty())
        return path;
    const TerritoryNode *node = territory.node(territoryId);
    return node ? node->storedLabel() : QString();
}

QString DiscrepancyReportWriter::levelName(const Discrepancy &d) const
{
    const TerritoryNode *node = m_result.input().territory().node(d.territoryId);
    return node ? TerritoryNode::levelName(node->level) : QString();
}

QString DiscrepancyReportWriter::precinctCode(const Discrepancy &d) const
{
    const TerritoryNode *node = m_result.input().territory().node(d.territoryId);
    return node && node->level == TerritoryNode::Level::Precinct ? node->code : QString();
}

QStringList DiscrepancyReportWriter::doubtTokens(const Discrepancy &d) const
{
    QStringList tokens;
    if (d.aggregate) {
        if (d.doubtful)
            tokens.append(QStringLiteral("copies_in_sum"));
        return tokens;
    }
    for (const Discrepancy::Copy &copy : d.copies) {
        if (copy.failedRelations > 0 && !tokens.contains(QStringLiteral("relations")))
            tokens.append(QStringLiteral("relations"));
        if (copy.votersFarOff && !tokens.contains(QStringLiteral("voters")))
            tokens.append(QStringLiteral("voters"));
    }
    return tokens;
}

QString DiscrepancyReportWriter::doubtText(const Discrepancy &d) const
{
    if (d.aggregate)
        return d.doubtful ? tr("the sum includes doubtful copies") : QString();
    QStringList reasons;
    for (const Discrepancy::Copy &copy : d.copies) {
        const QString name = copyName(copy);
        if (copy.failedRelations > 0)
            reasons.append(tr("%1 breaks %n control relation(s) of its form", nullptr, copy.failedRelations).arg(name));
        if (copy.votersFarOff)
            reasons.append(tr("%1 has %2 voters on the list against the official figure (likely another precinct)")
                               .arg(name, m_format.signedCount(-copy.votersDifference.value_or(0))));
    }
    if (d.copiesSetAside > 0)
        reasons.append(tr("%n doubtful copy(ies) set aside", nullptr, d.copiesSetAside));
    return reasons.join(QStringLiteral("; "));
}

QString DiscrepancyReportWriter::copyName(const Discrepancy::Copy &copy)
{
    return copy.label.isEmpty() ? tr("copy") : tr("copy \"%1\"").arg(copy.label);
}

const QList<ComparisonInput::Copy> &DiscrepancyReportWriter::copyFigures(const Discrepancy &d) const
{
    static const QList<ComparisonInput::Copy> none;
    const int index = m_result.input().indexOf(d.territoryId);
    return index < 0 ? none : m_result.input().copies(index);
}

QString DiscrepancyReportWriter::differenceText(const Discrepancy &d) const
{
    const Contest &contest = m_result.contest();
    const Figures observer = m_result.observerFigures(d);
    const Figures official = m_result.officialFigures(d);
    QStringList parts;
    for (int s = 0; s < int(d.differences.size()); ++s) {
        const std::optional<qint64> difference = d.differences[size_t(s)];
        if (!difference || *difference == 0)
            continue;
        parts.append(tr("%1 %2: %3 → %4 (%5)")
                         .arg(contest.slotKey(s), contest.slotShortLabel(s), m_format.count(observer.valueOr(s, 0)),
                              m_format.count(official.valueOr(s, 0)), m_format.signedCount(*difference)));
    }
    for (int s : d.oneSidedSlots) {
        const std::optional<qint64> copy = observer.value(s);
        QString sides;
        if (d.aggregate)
            sides = copy ? tr("%1 in the sum of the copies, empty in the official figures").arg(m_format.count(*copy))
                         : tr("not on every copy summed, %1 official").arg(m_format.count(official.valueOr(s, 0)));
        else
            sides = copy ? tr("%1 on the copy, empty in the official figures").arg(m_format.count(*copy))
                         : tr("empty on the copy, %1 official").arg(m_format.count(official.valueOr(s, 0)));
        parts.append(tr("%1 %2: %3").arg(contest.slotKey(s), contest.slotShortLabel(s), sides));
    }
    const QList<ComparisonInput::Copy> &copies = copyFigures(d);
    for (int s : d.disagreeingSlots) {
        QStringList values;
        for (int c = 0; c < d.copies.size() && c < copies.size(); ++c) {
            const std::optional<qint64> value = copies.at(c).figures.value(s);
            const Discrepancy::Copy &copy = d.copies.at(c);
            values.append(tr("%1 (%2)").arg(value ? m_format.count(*value) : tr("empty"),
                                            copy.label.isEmpty() ? tr("unlabelled copy") : copyName(copy)));
        }
        parts.append(tr("%1 %2: %3").arg(contest.slotKey(s), contest.slotShortLabel(s), values.join(QStringLiteral(", "))));
    }
    return parts.join(QStringLiteral("; "));
}

QString DiscrepancyReportWriter::measureLabel(Measure measure)
{
    switch (measure) {
    case Measure::Voters: return tr("Voters on the list");
    case Measure::Received: return tr("Ballots received");
    case Measure::Issued: return tr("Ballots issued");
    case Measure::Cast: return tr("Ballots cast");
    case Measure::Invalid: return tr("Invalid ballots");
    case Measure::Valid: return tr("Valid ballots");
    case Measure::Unused: return tr("Unused ballots");
    case Measure::AgainstAll: return tr("Against all");
    }
    return {};
}

QString DiscrepancyReportWriter::textSummary(const DiscrepancySummary &s) const
{
    const Contest &contest = m_result.contest();
    QString text;
    text += tr("Precincts with observer copies: %1; with official figures: %2")
                .arg(m_format.count(s.precinctsWithCopies), m_format.count(s.precinctsWithOfficial))
          + QLatin1Char('\n');
    text += tr("Compared like for like: %1; differing: %2 (of which %3 rest on a doubtful copy)")
                .arg(m_format.count(s.compared), m_format.count(s.differing), m_format.count(s.differingDoubtful))
          + QLatin1Char('\n');
    text += tr("Official figures missing: %1; observer copy missing: %2; observer copies disagree: %3")
                .arg(m_format.count(s.officialMissing), m_format.count(s.observerMissing),
                     m_format.count(s.copiesDisagree))
          + QLatin1Char('\n');
    text += tr("Doubtful copies: %1 (set aside: %2)").arg(m_format.count(s.doubtfulCopies), m_format.count(s.copiesSetAside))
          + QLatin1Char('\n');
    if (s.aggregatesCompared + s.aggregatesPartial > 0)
        text += tr("Official figures of TIKs/regions: %1 compared with the copies of all their precincts (%2 "
                   "differing); %3 where the copies cover only part of the precincts (not comparable)")
                    .arg(m_format.count(s.aggregatesCompared), m_format.count(s.aggregatesDiffering),
                         m_format.count(s.aggregatesPartial))
              + QLatin1Char('\n');
    if (s.compared == 0)
        return text;

    TextTable table;
    table.addRow({tr("Official figures against the copies"), tr("added"), tr("taken"), tr("net")});
    for (int i = 0; i < contest.ballot.size(); ++i) {
        const int slot = contest.partySlot(i);
        table.addRow({contest.slotShortLabel(slot), m_format.count(s.added[size_t(slot)]),
                      m_format.count(s.taken[size_t(slot)]), m_format.signedCount(s.net(slot))});
    }
    const Measure turnout = contest.form.turnoutMeasure;
    for (Measure m : {Measure::Voters, turnout, Measure::Invalid, Measure::Unused}) {
        if (!contest.form.measures.contains(m))
            continue;
        table.addRow({measureLabel(m),
                      m_format.count(s.measureAdded[size_t(m)]), m_format.count(s.measureTaken[size_t(m)]),
                      m_format.signedCount(s.measureNet(m))});
    }
    text += QLatin1Char('\n') + table.render();
    const Percentage observerTurnout = s.observerTurnout(turnout);
    const Percentage officialTurnout = s.officialTurnout(turnout);
    QString points = NumberFormat::undefined();
    if (observerTurnout.isDefined() && officialTurnout.isDefined()) {
        const qint64 units = officialTurnout.roundedUnits(1) - observerTurnout.roundedUnits(1);
        points = (units > 0 ? QStringLiteral("+") : units < 0 ? QStringLiteral("−") : QString())
                 + m_format.percentUnits(std::abs(units));
    }
    text += tr("Turnout (%1 / voters on the list) at the compared precincts: %2 by the copies, %3 official "
               "(%4 points)")
                .arg(measureLabel(turnout).toLower(), m_format.percent(observerTurnout),
                     m_format.percent(officialTurnout), points)
          + QLatin1Char('\n');
    return text;
}

QList<const DiscrepancySummary *> DiscrepancyReportWriter::listedRegions() const
{
    QList<const DiscrepancySummary *> regions;
    for (const DiscrepancySummary &s : m_result.regions()) {
        if (m_options.allRegions || s.precinctsWithCopies > 0)
            regions.append(&s);
    }
    return regions;
}

QString DiscrepancyReportWriter::textRegions() const
{
    const Contest &contest = m_result.contest();
    TextTable table;
    QStringList header{tr("Region"), tr("compared"), tr("differing"), tr("doubtful")};
    for (int i = 0; i < contest.ballot.size(); ++i)
        header.append(contest.slotShortLabel(contest.partySlot(i)));
    header.append(tr("turnout net"));
    table.addRow(header);
    const Measure turnout = contest.form.turnoutMeasure;
    const QList<const DiscrepancySummary *> regions = listedRegions();
    for (const DiscrepancySummary *s : regions) {
        QStringList row{regionName(s->regionId), m_format.count(s->compared), m_format.count(s->differing),
                        m_format.count(s->differingDoubtful)};
        for (int i = 0; i < contest.ballot.size(); ++i)
            row.append(m_format.signedCount(s->net(contest.partySlot(i))));
        row.append(m_format.signedCount(s->measureNet(turnout)));
        table.addRow(row);
    }
    QString text = table.render();
    if (const qsizetype left = m_result.regions().size() - regions.size(); left > 0)
        text += tr("%n region(s) without an observer copy not listed (--all-regions lists them).", nullptr, int(left))
              + QLatin1Char('\n');
    return text;
}

QString DiscrepancyReportWriter::text() const
{
    const Contest &contest = m_result.contest();
    QString text = tr("Observer copies against official figures: %1 (%2)").arg(contest.displayName(), contest.id) + QLatin1Char('\n');
    if (m_election.synthetic)
        text += tr("SYNTHETIC DATA: a demonstration, not real election results.") + QLatin1Char('\n');
    text += (m_result.settings().includeDoubtful ? tr("Doubtful copies included and marked with *.")
                                                 : tr("Doubtful copies set aside."))
          + QLatin1Char('\n') + QLatin1Char('\n');
    text += textSummary(m_result.total());
    if (m_withoutDoubtful) {
        const DiscrepancySummary &trusted = m_withoutDoubtful->total();
        QStringList parties;
        for (int i = 0; i < contest.ballot.size(); ++i) {
            const int slot = contest.partySlot(i);
            if (trusted.net(slot) != 0)
                parties.append(contest.slotShortLabel(slot) + QLatin1Char(' ') + m_format.signedCount(trusted.net(slot)));
        }
        text += tr("Without the doubtful copies: %1 compared, %2 differing; net change %3")
                    .arg(m_format.count(trusted.compared), m_format.count(trusted.differing),
                         parties.isEmpty() ? tr("none") : parties.join(QStringLiteral(", ")))
              + QLatin1Char('\n');
    }
    if (!m_result.regions().isEmpty())
        text += QLatin1Char('\n') + tr("By region (net change of the official figures against the copies):")
              + QLatin1Char('\n') + textRegions();

    const QList<int> top = m_result.largestShifts(m_options.top);
    if (!top.isEmpty()) {
        text += QLatin1Char('\n') + tr("Largest shifts:") + QLatin1Char('\n');
        TextTable table;
        for (int index : top) {
            const Discrepancy &d = m_result.discrepancies().at(index);
            table.addRow({nodeName(d.territoryId) + (d.doubtful ? QStringLiteral(" *") : QString()),
                          m_format.count(d.shift()), tr("+%1 / −%2").arg(m_format.count(d.votesAdded), m_format.count(d.votesTaken))});
        }
        text += table.render();
    }

    QString listing;
    for (const Discrepancy &d : m_result.discrepancies()) {
        if (!listed(d, m_options))
            continue;
        QString line = nodeName(d.territoryId);
        if (d.aggregate)
            line += QLatin1Char(' ')
                  + tr("(official total; copies of %1 of %2 precincts)")
                        .arg(m_format.count(d.precinctsCovered), m_format.count(d.precinctsUnder));
        line += (d.doubtful ? QStringLiteral(" *") : QString()) + QStringLiteral(": ")
              + (d.kind == Discrepancy::Kind::Match && !d.oneSidedSlots.isEmpty()
                     ? tr("match on the lines both sides give")
                     : Discrepancy::kindLabel(d.kind));
        const QString differences = differenceText(d);
        if (!differences.isEmpty())
            line += QStringLiteral(": ") + differences;
        const QString doubt = doubtText(d);
        if (!doubt.isEmpty())
            line += QStringLiteral(" [") + doubt + QLatin1Char(']');
        listing += line + QLatin1Char('\n');
    }
    if (!listing.isEmpty())
        text += QLatin1Char('\n') + tr("Findings (official minus copy per line):") + QLatin1Char('\n') + listing;
    return text;
}

QStringList DiscrepancyReportWriter::csvColumns()
{
    return {QStringLiteral("contest"),   QStringLiteral("region"),   QStringLiteral("stored_region"),
            QStringLiteral("territory"), QStringLiteral("stored_territory"),
            QStringLiteral("level"),     QStringLiteral("precinct"), QStringLiteral("kind"),
            QStringLiteral("doubtful"),  QStringLiteral("doubt"),    QStringLiteral("copies"),
            QStringLiteral("precincts_covered"), QStringLiteral("precincts_under"), QStringLiteral("shift"),
            QStringLiteral("line"),      QStringLiteral("label"),    QStringLiteral("stored_label"),
            QStringLiteral("observer"),  QStringLiteral("official"), QStringLiteral("difference"),
            QStringLiteral("copy_labels"), QStringLiteral("copy_values")};
}

QByteArray DiscrepancyReportWriter::csv() const
{
    const Contest &contest = m_result.contest();
    QByteArray text = CsvWriter::record(csvColumns());
    for (const Discrepancy &d : m_result.discrepancies()) {
        if (!listed(d, m_options))
            continue;
        const QStringList head{contest.id,
                               regionName(d.regionId),
                               storedRegionName(d.regionId),
                               nodeName(d.territoryId),
                               storedNodeName(d.territoryId),
                               levelName(d),
                               precinctCode(d),
                               Discrepancy::kindName(d.kind),
                               d.doubtful ? QStringLiteral("1") : QStringLiteral("0"),
                               doubtTokens(d).join(u';'),
                               QString::number(d.copies.size()),
                               d.aggregate ? QString::number(d.precinctsCovered) : QString(),
                               d.aggregate ? QString::number(d.precinctsUnder) : QString(),
                               QString::number(d.shift())};
        const Figures observer = m_result.observerFigures(d);
        const Figures official = m_result.officialFigures(d);
        bool any = false;
        for (int s = 0; s < int(d.differences.size()); ++s) {
            const std::optional<qint64> difference = d.differences[size_t(s)];
            if (!difference || *difference == 0)
                continue;
            any = true;
            text += CsvWriter::record(head + QStringList{contest.slotKey(s), contest.slotLabel(s),
                                                         contest.slotStoredLabel(s),
                                                         m_machine.count(observer.valueOr(s, 0)),
                                                         m_machine.count(official.valueOr(s, 0)),
                                                         m_machine.count(*difference), QString(), QString()});
        }
        const auto value = [this](std::optional<qint64> v) { return v ? m_machine.count(*v) : QString(); };
        // A line one side leaves empty: its value on the other side, and no difference.
        for (int s : d.oneSidedSlots) {
            any = true;
            text += CsvWriter::record(head + QStringList{contest.slotKey(s), contest.slotLabel(s),
                                                         contest.slotStoredLabel(s), value(observer.value(s)),
                                                         value(official.value(s)), QString(), QString(), QString()});
        }
        // Copies that disagree: each line they differ on, with every copy's label and value (empty for an
        // empty line), in the same order, separated by ';'.
        const QList<ComparisonInput::Copy> &copies = copyFigures(d);
        for (int s : d.disagreeingSlots) {
            any = true;
            QStringList labels;
            QStringList values;
            for (int c = 0; c < d.copies.size() && c < copies.size(); ++c) {
                labels.append(d.copies.at(c).label);
                values.append(value(copies.at(c).figures.value(s)));
            }
            text += CsvWriter::record(head + QStringList{contest.slotKey(s), contest.slotLabel(s),
                                                         contest.slotStoredLabel(s), QString(), QString(), QString(),
                                                         labels.join(u';'), values.join(u';')});
        }
        if (!any)
            text += CsvWriter::record(head + QStringList(8));
    }
    return text;
}

QJsonObject DiscrepancyReportWriter::jsonSummary(const DiscrepancySummary &s) const
{
    const Contest &contest = m_result.contest();
    QJsonArray parties;
    for (int i = 0; i < contest.ballot.size(); ++i) {
        const int slot = contest.partySlot(i);
        const BallotEntry &entry = contest.ballot.at(i);
        parties.append(QJsonObject{{QStringLiteral("position"), entry.position},
                                   {QStringLiteral("name"), entry.name},
                                   // As stored, like "name": JSON is read by programs, whatever the language.
                                   {QStringLiteral("short_name"), entry.shortName.isEmpty() ? entry.name : entry.shortName},
                                   {QStringLiteral("added"), double(s.added[size_t(slot)])},
                                   {QStringLiteral("taken"), double(s.taken[size_t(slot)])},
                                   {QStringLiteral("net"), double(s.net(slot))}});
    }
    QJsonObject measures;
    for (Measure m : allMeasures) {
        if (!contest.form.measures.contains(m))
            continue;
        measures.insert(measureName(m), QJsonObject{{QStringLiteral("observer"), double(s.observerTotal[size_t(m)])},
                                                    {QStringLiteral("official"), double(s.officialTotal[size_t(m)])},
                                                    {QStringLiteral("added"), double(s.measureAdded[size_t(m)])},
                                                    {QStringLiteral("taken"), double(s.measureTaken[size_t(m)])},
                                                    {QStringLiteral("net"), double(s.measureNet(m))}});
    }
    const Measure turnout = contest.form.turnoutMeasure;
    QJsonObject object{
        {QStringLiteral("precincts_with_copies"), s.precinctsWithCopies},
        {QStringLiteral("precincts_with_official"), s.precinctsWithOfficial},
        {QStringLiteral("compared"), s.compared},
        {QStringLiteral("differing"), s.differing},
        {QStringLiteral("differing_doubtful"), s.differingDoubtful},
        {QStringLiteral("official_missing"), s.officialMissing},
        {QStringLiteral("observer_missing"), s.observerMissing},
        {QStringLiteral("copies_disagree"), s.copiesDisagree},
        {QStringLiteral("doubtful_copies"), s.doubtfulCopies},
        {QStringLiteral("copies_set_aside"), s.copiesSetAside},
        {QStringLiteral("aggregates_compared"), s.aggregatesCompared},
        {QStringLiteral("aggregates_differing"), s.aggregatesDiffering},
        {QStringLiteral("aggregates_partial"), s.aggregatesPartial},
        {QStringLiteral("parties"), parties},
        {QStringLiteral("measures"), measures},
        {QStringLiteral("turnout"),
         QJsonObject{{QStringLiteral("measure"), measureName(turnout)},
                     {QStringLiteral("observer_percent"), jsonPercent(s.observerTurnout(turnout))},
                     {QStringLiteral("official_percent"), jsonPercent(s.officialTurnout(turnout))},
                     {QStringLiteral("ballots_added"), double(s.measureNet(turnout))}}},
    };
    if (s.regionId != 0) {
        object.insert(QStringLiteral("region"), regionName(s.regionId));
        object.insert(QStringLiteral("stored_region"), storedRegionName(s.regionId));
        const TerritoryNode *node = m_result.input().territory().node(s.regionId);
        object.insert(QStringLiteral("region_code"), node ? node->code : QString());
    }
    return object;
}

QJsonObject DiscrepancyReportWriter::jsonDiscrepancy(const Discrepancy &d) const
{
    const Contest &contest = m_result.contest();
    QJsonArray copies;
    for (const Discrepancy::Copy &copy : d.copies)
        copies.append(QJsonObject{{QStringLiteral("protocol_id"), double(copy.protocolId)},
                                  {QStringLiteral("label"), copy.label},
                                  {QStringLiteral("failed_relations"), copy.failedRelations},
                                  {QStringLiteral("voters_difference"), jsonCount(copy.votersDifference)},
                                  {QStringLiteral("voters_far_off"), copy.votersFarOff},
                                  {QStringLiteral("doubtful"), copy.doubtful()}});
    const Figures observer = m_result.observerFigures(d);
    const Figures official = m_result.officialFigures(d);
    QJsonArray lines;
    for (int s = 0; s < int(d.differences.size()); ++s) {
        const std::optional<qint64> difference = d.differences[size_t(s)];
        if (!difference || *difference == 0)
            continue;
        lines.append(QJsonObject{{QStringLiteral("line"), contest.slotKey(s)},
                                 {QStringLiteral("label"), contest.slotLabel(s)},
                                 {QStringLiteral("stored_label"), contest.slotStoredLabel(s)},
                                 {QStringLiteral("observer"), jsonCount(observer.value(s))},
                                 {QStringLiteral("official"), jsonCount(official.value(s))},
                                 {QStringLiteral("difference"), double(*difference)}});
    }
    QJsonArray oneSided;
    for (int s : d.oneSidedSlots)
        oneSided.append(QJsonObject{{QStringLiteral("line"), contest.slotKey(s)},
                                    {QStringLiteral("label"), contest.slotLabel(s)},
                                    {QStringLiteral("stored_label"), contest.slotStoredLabel(s)},
                                    {QStringLiteral("observer"), jsonCount(observer.value(s))},
                                    {QStringLiteral("official"), jsonCount(official.value(s))}});
    QJsonArray copyLines;
    const QList<ComparisonInput::Copy> &copyValues = copyFigures(d);
    for (int s : d.disagreeingSlots) {
        QJsonArray values;
        for (int c = 0; c < d.copies.size() && c < copyValues.size(); ++c)
            values.append(jsonCount(copyValues.at(c).figures.value(s)));
        copyLines.append(QJsonObject{{QStringLiteral("line"), contest.slotKey(s)},
                                     {QStringLiteral("label"), contest.slotLabel(s)},
                                     {QStringLiteral("stored_label"), contest.slotStoredLabel(s)},
                                     {QStringLiteral("values"), values}});
    }
    QJsonObject object{{QStringLiteral("territory"), nodeName(d.territoryId)},
                       {QStringLiteral("stored_territory"), storedNodeName(d.territoryId)},
                       {QStringLiteral("territory_id"), double(d.territoryId)},
                       {QStringLiteral("level"), levelName(d)},
                       {QStringLiteral("precinct"), precinctCode(d)},
                       {QStringLiteral("region"), regionName(d.regionId)},
                       {QStringLiteral("stored_region"), storedRegionName(d.regionId)},
                       {QStringLiteral("kind"), Discrepancy::kindName(d.kind)},
                       {QStringLiteral("doubtful"), d.doubtful},
                       {QStringLiteral("doubt"), QJsonArray::fromStringList(doubtTokens(d))},
                       {QStringLiteral("official_protocol_id"), double(d.officialProtocolId)},
                       {QStringLiteral("copies"), copies},
                       {QStringLiteral("copies_set_aside"), d.copiesSetAside},
                       {QStringLiteral("shift"), double(d.shift())},
                       {QStringLiteral("votes_added"), double(d.votesAdded)},
                       {QStringLiteral("votes_taken"), double(d.votesTaken)},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("one_sided_lines"), oneSided},
                       {QStringLiteral("copy_lines"), copyLines}};
    if (d.aggregate) {
        object.insert(QStringLiteral("precincts_under"), d.precinctsUnder);
        object.insert(QStringLiteral("precincts_covered"), d.precinctsCovered);
    }
    return object;
}

QJsonArray DiscrepancyReportWriter::jsonLargestShifts(std::optional<qint64> regionId) const
{
    QJsonArray top;
    for (int index : m_result.largestShifts(m_options.top, regionId)) {
        const Discrepancy &d = m_result.discrepancies().at(index);
        top.append(QJsonObject{{QStringLiteral("territory"), nodeName(d.territoryId)},
                               {QStringLiteral("stored_territory"), storedNodeName(d.territoryId)},
                               {QStringLiteral("territory_id"), double(d.territoryId)},
                               {QStringLiteral("precinct"), precinctCode(d)},
                               {QStringLiteral("shift"), double(d.shift())},
                               {QStringLiteral("votes_added"), double(d.votesAdded)},
                               {QStringLiteral("votes_taken"), double(d.votesTaken)},
                               {QStringLiteral("doubtful"), d.doubtful}});
    }
    return top;
}

QJsonObject DiscrepancyReportWriter::json() const
{
    const Contest &contest = m_result.contest();
    QJsonArray regions;
    for (const DiscrepancySummary *s : listedRegions()) {
        QJsonObject region = jsonSummary(*s);
        region.insert(QStringLiteral("largest_shifts"), jsonLargestShifts(s->regionId));
        regions.append(region);
    }
    QJsonArray listing;
    for (const Discrepancy &d : m_result.discrepancies()) {
        if (listed(d, m_options))
            listing.append(jsonDiscrepancy(d));
    }
    const DiscrepancyResult::Settings &settings = m_result.settings();
    QJsonObject json{
        {QStringLiteral("format_version"), formatVersion},
        {QStringLiteral("contest"), QJsonObject{{QStringLiteral("id"), contest.id},
                                                {QStringLiteral("name"), contest.displayName()},
                                                {QStringLiteral("stored_name"), contest.name}}},
        {QStringLiteral("synthetic"), m_election.synthetic},
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("include_doubtful"), settings.includeDoubtful},
                     {QStringLiteral("voters_tolerance_percent"), settings.votersTolerancePercent},
                     {QStringLiteral("voters_tolerance_minimum"), double(settings.votersToleranceMinimum)}}},
        {QStringLiteral("has_differences"), m_result.hasDifferences()},
        {QStringLiteral("summary"), jsonSummary(m_result.total())},
        {QStringLiteral("regions"), regions},
        {QStringLiteral("largest_shifts"), jsonLargestShifts(std::nullopt)},
        {QStringLiteral("discrepancies"), listing},
    };
    if (m_withoutDoubtful)
        json.insert(QStringLiteral("summary_without_doubtful"), jsonSummary(m_withoutDoubtful->total()));
    return json;
}

} // namespace saylau
