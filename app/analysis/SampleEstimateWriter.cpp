#include "SampleEstimateWriter.h"

#include "NumberFormat.h"
#include "TextTable.h"

#include "../text/CsvWriter.h"

#include <QJsonArray>

namespace saylau {

namespace {

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue flag(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString machine(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 6) : QString();
}

std::optional<double> defined(const RatioEstimator::Result &r, double value)
{
    return r.defined ? std::optional<double>(value) : std::nullopt;
}

QJsonObject figureJson(const SampleEstimate::Figure &f)
{
    const RatioEstimator::Result &r = f.result;
    return {{QStringLiteral("name"), f.name},
            {QStringLiteral("key"), f.key},
            {QStringLiteral("estimate"), number(defined(r, r.estimate))},
            {QStringLiteral("standard_error"), number(defined(r, r.standardError))},
            {QStringLiteral("low"), number(defined(r, r.low))},
            {QStringLiteral("high"), number(defined(r, r.high))},
            {QStringLiteral("official"), number(f.official)},
            {QStringLiteral("official_inside"), flag(f.officialInside())}};
}

QJsonObject coverageJson(const SampleEstimate::Coverage &c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("precincts"), c.precincts},
            {QStringLiteral("observed_precincts"), c.observed},
            {QStringLiteral("precinct_share"), c.precincts > 0 ? QJsonValue(double(c.observed) / c.precincts) : QJsonValue()},
            {QStringLiteral("voters"), c.voters ? QJsonValue(double(*c.voters)) : QJsonValue()},
            {QStringLiteral("observed_voters"), double(c.observedVoters)},
            {QStringLiteral("voter_share"), c.voters && *c.voters > 0 ? QJsonValue(double(c.countedVoters) / double(*c.voters))
                                                                      : QJsonValue()},
            {QStringLiteral("precincts_with_official_voters"), c.officialPrecincts},
            {QStringLiteral("observed_precincts_with_official_voters"), c.observedOfficial},
            {QStringLiteral("observed_voters_counted"), double(c.countedVoters)},
            {QStringLiteral("voters_published"), c.publishedVoters}};
}

} // namespace

SampleEstimateWriter::SampleEstimateWriter(const SampleEstimate &estimate)
    : m_estimate(estimate)
{
}

QString SampleEstimateWriter::text() const
{
    const SampleEstimate &e = m_estimate;
    const NumberFormat format(QLocale(), 1);
    QString out;
    out += tr("%1: what the observers' copies can claim").arg(e.contest().displayName()) + QLatin1Char('\n');
    if (e.election().synthetic)
        out += tr("SYNTHETIC DEMO DATA — not real election results") + QLatin1Char('\n');
    out += e.statement() + QLatin1Char('\n');
    const auto percentOf = [&](qint64 part, std::optional<qint64> whole) {
        return whole && *whole > 0 ? format.fraction(double(part) / double(*whole)) : NumberFormat::undefined();
    };
    if (e.isRandomSample()) {
        out += e.methodDescription() + QLatin1Char('\n');
        out += tr("Party shares: of %1. Official figures as in the summary report.").arg(e.shareBaseDescription())
            + QLatin1Char('\n');
        out += tr("Sampled precincts: %1; reported: %2, with %3 voters on the list.")
                   .arg(format.count(e.total().sampled), format.count(e.total().reported),
                        format.count(e.total().reportedVoters))
            + QLatin1Char('\n');
        if (e.copiesOutsideSample() > 0)
            out += tr("%Ln observer copy/copies of precincts outside the sample: not used.", nullptr,
                      e.copiesOutsideSample())
                + QLatin1Char('\n');
        if (e.incompleteCopies() > 0)
            out += tr("%Ln sampled copy/copies with an empty line: not used.", nullptr, e.incompleteCopies())
                + QLatin1Char('\n');
        const auto table = [&](const SampleEstimate::Part &part) {
            TextTable t;
            t.addRow({part.name, tr("estimate"), tr("95% interval"), tr("official"), tr("official inside")});
            const auto row = [&](const SampleEstimate::Figure &f) {
                const RatioEstimator::Result &r = f.result;
                const std::optional<bool> inside = f.officialInside();
                t.addRow({f.name, r.defined ? format.fraction(r.estimate) : NumberFormat::undefined(),
                          r.defined ? tr("%1 – %2").arg(format.fraction(r.low), format.fraction(r.high))
                                    : NumberFormat::undefined(),
                          f.official ? format.fraction(*f.official) : NumberFormat::undefined(),
                          !inside ? NumberFormat::undefined() : *inside ? tr("yes") : tr("NO")});
            };
            row(part.turnout);
            for (const SampleEstimate::Figure &f : part.parties)
                row(f);
            return t.render();
        };
        out += QLatin1Char('\n') + table(e.total());
        if (e.total().turnout.result.strataWithoutReports > 0)
            out += tr("%Ln stratum/strata without a single report: the estimates are about the others.", nullptr,
                      e.total().turnout.result.strataWithoutReports)
                + QLatin1Char('\n');
        if (e.strata().size() > 1) {
            out += QLatin1Char('\n') + tr("By stratum") + QLatin1Char('\n');
            for (const SampleEstimate::Part &part : e.strata()) {
                out += QLatin1Char('\n')
                    + tr("%1: %2 sampled, %3 reported").arg(part.name).arg(part.sampled).arg(part.reported)
                    + QLatin1Char('\n');
                if (part.reported > 0)
                    out += table(part);
            }
        }
        return out;
    }
    TextTable t;
    t.addRow({tr("Region"), tr("precincts"), tr("observed"), tr("%"), tr("with official voters"), tr("voters"),
              tr("observed"), tr("%")});
    const auto row = [&](const SampleEstimate::Coverage &c) {
        t.addRow({c.name, format.count(c.precincts), format.count(c.observed),
                  percentOf(c.observed, std::optional<qint64>(c.precincts)),
                  c.publishedVoters ? tr("published total") : format.count(c.officialPrecincts),
                  c.voters ? format.count(*c.voters) : NumberFormat::undefined(), format.count(c.countedVoters),
                  percentOf(c.countedVoters, c.voters)});
    };
    for (const SampleEstimate::Coverage &c : e.coverage())
        row(c);
    row(e.coverageTotal());
    out += QLatin1Char('\n') + t.render();
    out += tr("Voters: on the official lists of the precincts whose official figures give them, or in a total "
              "published for a territory as a whole; observed: on the observers' copies of those precincts.")
        + QLatin1Char('\n');
    if (const QString leftOut = leftOutSentence(); !leftOut.isEmpty())
        out += leftOut + QLatin1Char('\n');
    return out;
}

QString SampleEstimateWriter::leftOutSentence() const
{
    const SampleEstimate &e = m_estimate;
    if (e.regionsLeftOut() == 0)
        return {};
    return tr("Left out: %n region(s) of the campaign with no figures of this contest, official or observed "
              "(%1 precincts).",
              nullptr, e.regionsLeftOut())
        .arg(NumberFormat(QLocale(), 1).count(e.precinctsLeftOut()));
}

QString SampleEstimateWriter::coverageSentence() const
{
    const SampleEstimate::Coverage &c = m_estimate.coverageTotal();
    const NumberFormat format(QLocale(), 1);
    const auto share = [&](qint64 part, qint64 whole) {
        return whole > 0 ? format.fraction(double(part) / double(whole)) : NumberFormat::undefined();
    };
    const QString precincts = tr("The copies cover %1 of %2 precincts (%3)")
                                  .arg(format.count(c.observed), format.count(c.precincts), share(c.observed, c.precincts));
    // The voter share is over the voters the official figures give, which may be those of other precincts than
    // the ones counted above: the sentence then says which.
    if (!c.voters || *c.voters <= 0)
        return precincts + QLatin1Char('.');
    const QString voters = format.count(*c.voters);
    const QString voterShare = share(c.countedVoters, *c.voters);
    if (c.publishedVoters)
        return precincts
            + tr(" and %1 of the %2 voters on the list in the official figures, which include totals published for "
                 "a territory as a whole (%3).")
                  .arg(format.count(c.countedVoters), voters, voterShare);
    if (c.votersOfEveryPrecinct())
        return precincts
            + tr(" and %1 of %2 voters on the list (%3).").arg(format.count(c.countedVoters), voters, voterShare);
    return precincts + QLatin1String(". ")
        + tr("The official figures of %1 of these precincts give %2 voters on the list; the copies cover %3 of "
             "those precincts (%4) and %5 of their voters (%6).")
              .arg(format.count(c.officialPrecincts), voters, format.count(c.observedOfficial),
                   share(c.observedOfficial, c.officialPrecincts), format.count(c.countedVoters), voterShare);
}

QStringList SampleEstimateWriter::summaryLines() const
{
    const SampleEstimate &e = m_estimate;
    const NumberFormat format(QLocale(), 1);
    QStringList lines{e.statement()};
    if (!e.isRandomSample()) {
        lines.append(coverageSentence());
        if (const QString leftOut = leftOutSentence(); !leftOut.isEmpty())
            lines.append(leftOut);
        return lines;
    }
    QList<const SampleEstimate::Figure *> figures{&e.total().turnout};
    for (const SampleEstimate::Figure &f : e.total().parties)
        figures.append(&f);
    for (const SampleEstimate::Figure *f : figures) {
        const RatioEstimator::Result &r = f->result;
        if (!r.defined)
            continue;
        QString line = tr("%1: estimate %2 (95% interval %3 – %4)")
                           .arg(f->name, format.fraction(r.estimate), format.fraction(r.low), format.fraction(r.high));
        if (f->official)
            line += QLatin1String("; ")
                + (f->officialInside().value_or(false) ? tr("official %1, inside the interval")
                                                       : tr("official %1, OUTSIDE the interval"))
                      .arg(format.fraction(*f->official));
        lines.append(line + QLatin1Char('.'));
    }
    return lines;
}

QByteArray SampleEstimateWriter::csv() const
{
    const SampleEstimate &e = m_estimate;
    QByteArray out = CsvWriter::record({QStringLiteral("scope"), QStringLiteral("name"), QStringLiteral("figure"),
                                        QStringLiteral("estimate"), QStringLiteral("standard_error"), QStringLiteral("low"),
                                        QStringLiteral("high"), QStringLiteral("official"), QStringLiteral("official_inside"),
                                        QStringLiteral("precincts"), QStringLiteral("reported_precincts"),
                                        QStringLiteral("reported_voters"), QStringLiteral("voters"),
                                        QStringLiteral("precincts_with_official_voters"),
                                        QStringLiteral("observed_voters_counted"), QStringLiteral("voters_published")});
    const auto part = [&](const QString &scope, const SampleEstimate::Part &p) {
        QList<const SampleEstimate::Figure *> figures{&p.turnout};
        for (const SampleEstimate::Figure &f : p.parties)
            figures.append(&f);
        for (const SampleEstimate::Figure *f : figures) {
            const RatioEstimator::Result &r = f->result;
            const std::optional<bool> inside = f->officialInside();
            out += CsvWriter::record({scope, p.name, f->key, machine(defined(r, r.estimate)),
                                      machine(defined(r, r.standardError)), machine(defined(r, r.low)),
                                      machine(defined(r, r.high)), machine(f->official),
                                      inside ? (*inside ? QStringLiteral("true") : QStringLiteral("false")) : QString(),
                                      QString::number(p.sampled), QString::number(p.reported),
                                      QString::number(p.reportedVoters), QString(), QString(), QString(), QString()});
        }
    };
    if (e.isRandomSample()) {
        part(QStringLiteral("total"), e.total());
        for (const SampleEstimate::Part &p : e.strata())
            part(QStringLiteral("stratum"), p);
    }
    const auto coverage = [&](const QString &scope, const SampleEstimate::Coverage &c) {
        out += CsvWriter::record({scope, c.name, QStringLiteral("coverage"), {}, {}, {}, {}, {}, {},
                                  QString::number(c.precincts), QString::number(c.observed),
                                  QString::number(c.observedVoters), c.voters ? QString::number(*c.voters) : QString(),
                                  QString::number(c.officialPrecincts), QString::number(c.countedVoters),
                                  c.publishedVoters ? QStringLiteral("true") : QStringLiteral("false")});
    };
    coverage(QStringLiteral("total"), e.coverageTotal());
    for (const SampleEstimate::Coverage &c : e.coverage())
        coverage(QStringLiteral("region"), c);
    return out;
}

QJsonObject SampleEstimateWriter::json() const
{
    const SampleEstimate &e = m_estimate;
    QJsonObject design{{QStringLiteral("random_sample"), e.isRandomSample()},
                       {QStringLiteral("statement"), e.statement()},
                       {QStringLiteral("confidence"), 0.95}};
    if (const auto &d = e.design()) {
        design.insert(QStringLiteral("seed"), QString::number(d->seed));
        design.insert(QStringLiteral("stratify"), SampleDesign::stratificationName(d->stratification));
        design.insert(QStringLiteral("allocation"), SampleDesign::allocationName(d->allocation));
        design.insert(QStringLiteral("size_measure"), d->sizeMeasure);
        design.insert(QStringLiteral("requested_size"), d->requestedSize);
        design.insert(QStringLiteral("generator"), d->generator);
        design.insert(QStringLiteral("drawn_at"), d->drawnAt.toUTC().toString(Qt::ISODate));
        design.insert(QStringLiteral("method"), e.methodDescription());
        QJsonArray strata;
        for (const SampleDesign::Stratum &s : d->strata)
            strata.append(QJsonObject{{QStringLiteral("name"), s.name},
                                      {QStringLiteral("precincts"), s.populationPrecincts},
                                      {QStringLiteral("voters"), double(s.populationVoters)},
                                      {QStringLiteral("sample_size"), s.sampleSize},
                                      {QStringLiteral("inclusion_probability"), s.inclusionProbability()}});
        design.insert(QStringLiteral("strata"), strata);
    }
    const auto partJson = [](const SampleEstimate::Part &p) {
        QJsonArray parties;
        for (const SampleEstimate::Figure &f : p.parties)
            parties.append(figureJson(f));
        return QJsonObject{{QStringLiteral("name"), p.name},
                           {QStringLiteral("sampled"), p.sampled},
                           {QStringLiteral("reported"), p.reported},
                           {QStringLiteral("reported_voters"), double(p.reportedVoters)},
                           {QStringLiteral("turnout"), figureJson(p.turnout)},
                           {QStringLiteral("parties"), parties}};
    };
    // Without a random sample the figures keep their keys, with nulls where an estimate would be.
    QJsonObject root = partJson(e.total());
    root.remove(QStringLiteral("name"));
    QJsonArray strata;
    for (const SampleEstimate::Part &p : e.strata())
        strata.append(partJson(p));
    QJsonArray regions;
    for (const SampleEstimate::Coverage &c : e.coverage())
        regions.append(coverageJson(c));
    root.insert(QStringLiteral("format"), QStringLiteral("saylau-estimate"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("contest"), e.contest().id);
    root.insert(QStringLiteral("synthetic"), e.election().synthetic);
    root.insert(QStringLiteral("share_base"), SummaryReport::shareBaseName(e.shareBase()));
    root.insert(QStringLiteral("design"), design);
    root.insert(QStringLiteral("copies_outside_sample"), e.copiesOutsideSample());
    root.insert(QStringLiteral("incomplete_copies"), e.incompleteCopies());
    root.insert(QStringLiteral("strata"), strata);
    root.insert(QStringLiteral("coverage"), QJsonObject{{QStringLiteral("total"), coverageJson(e.coverageTotal())},
                                                        {QStringLiteral("regions"), regions},
                                                        {QStringLiteral("regions_left_out"), e.regionsLeftOut()},
                                                        {QStringLiteral("precincts_left_out"), e.precinctsLeftOut()}});
    return root;
}

} // namespace saylau
