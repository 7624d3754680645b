#include "SampleCommand.h"

#include "analysis/SampleDrawing.h"
#include "analysis/SampleFrame.h"
#include "analysis/SampleSizeCalculator.h"
#include "analysis/TextTable.h"
#include "storage/CampaignStore.h"

#include <QLocale>

namespace saylau {

QString SampleCommand::name() const
{
    return QStringLiteral("sample");
}

QString SampleCommand::description() const
{
    return tr("Draw a random sample of precincts for observers, or size one for a margin of error");
}

int SampleCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption contestOption = Command::contestOption();
    const QCommandLineOption sizeOption(QStringLiteral("size"), tr("Precincts to draw."), tr("n"));
    const QCommandLineOption stratifyOption(QStringLiteral("stratify"), tr("Strata: region or none."), tr("by"),
                                            QStringLiteral("region"));
    const QCommandLineOption allocationOption(QStringLiteral("allocation"),
                                              tr("Stratum sizes proportional to voters, or equal."), tr("rule"),
                                              QStringLiteral("proportional"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        tr("Seed of the generator (a whole number); a new one when left out."),
                                        tr("seed"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Write the deployment list to this CSV file."),
                                       tr("file"));
    const QCommandLineOption marginOption(QStringLiteral("margin"),
                                          tr("Target margin of error of the leader's share, in percentage points "
                                             "at 95%: print the precincts it needs."),
                                          tr("points"));
    const QCommandLineOption iccOption(QStringLiteral("icc"),
                                       tr("Intra-precinct correlation assumed when there are no official figures."),
                                       tr("rho"), QString::number(SampleSizeCalculator::defaultIcc));
    parser.addOptions({contestOption, sizeOption, stratifyOption, allocationOption, seedOption, outOption,
                       marginOption, iccOption});
    const QString usage = tr("Usage: saylau sample FILE [--contest C] --size N [--stratify region|none] "
                             "[--allocation proportional|equal] [--seed S] [--out SAMPLE.csv]\n"
                             "       saylau sample FILE [--contest C] --margin POINTS [--stratify region|none] "
                             "[--allocation proportional|equal] [--icc RHO]");
    if (const auto exit = parse(parser, arguments, 1, usage, out, err))
        return *exit;
    const auto fail = [&](const QString &message) {
        err << tr("saylau sample: %1").arg(message) << Qt::endl << usage << Qt::endl;
        return int(Failure);
    };

    SampleDrawing::Request request;
    const auto stratification = SampleDesign::stratificationFromName(parser.value(stratifyOption));
    if (!stratification)
        return fail(tr("--stratify must be region or none"));
    request.stratification = *stratification;
    const auto allocation = SampleDesign::allocationFromName(parser.value(allocationOption));
    if (!allocation)
        return fail(tr("--allocation must be proportional or equal"));
    request.allocation = *allocation;
    bool ok = false;
    request.icc = parser.value(iccOption).toDouble(&ok);
    if (!ok || request.icc < 0 || request.icc > 1)
        return fail(tr("--icc must be a number from 0 to 1"));
    if (!parser.isSet(sizeOption) && !parser.isSet(marginOption))
        return fail(tr("give --size to draw a sample, or --margin to size one"));
    double margin = 0;
    if (parser.isSet(marginOption)) {
        margin = parser.value(marginOption).toDouble(&ok);
        if (!ok || margin <= 0 || margin >= 50)
            return fail(tr("--margin must be a number of percentage points, more than 0 and less than 50"));
    }
    if (parser.isSet(sizeOption)) {
        request.size = parser.value(sizeOption).toInt(&ok);
        if (!ok || request.size < 1)
            return fail(tr("--size must be a whole number of precincts, at least 1"));
    }
    if (parser.isSet(seedOption)) {
        request.seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            return fail(tr("--seed must be a whole number from 0 to 18446744073709551615"));
    } else {
        request.seed = SampleDrawing::newSeed();
    }

    const auto store = CampaignStore::open(parser.positionalArguments().constFirst());
    request.contestId = resolveContest(*store, parser.value(contestOption)).id;
    if (!parser.isSet(sizeOption)) {
        const SampleFrame frame = SampleFrame::fromStore(*store, store->contest(request.contestId), request.stratification);
        const SampleSizeCalculator calculator(frame, request.allocation, request.icc);
        const SampleSizeCalculator::Advice advice = calculator.forMargin(margin / 100);
        const QLocale locale;
        if (!advice.reachable)
            out << tr("Even all %n precinct(s) give a margin of ±%1 points.", nullptr, advice.precincts)
                       .arg(locale.toString(100 * advice.margin, 'f', 2))
                << Qt::endl;
        else
            out << tr("%n precinct(s) for a margin of error of ±%1 points (expected: ±%2).", nullptr, advice.precincts)
                       .arg(locale.toString(margin), locale.toString(100 * advice.margin, 'f', 2))
                << Qt::endl;
        out << calculator.description() << Qt::endl;
        return Success;
    }

    const SampleDrawing drawing = SampleDrawing::run(*store, request);
    out << drawing.summary();
    if (parser.isSet(outOption)) {
        drawing.list().save(parser.value(outOption));
        out << tr("Wrote the deployment list to %1").arg(parser.value(outOption)) << Qt::endl;
    } else {
        TextTable table;
        table.addRow({tr("Region"), tr("District"), tr("Precinct"), tr("Address"), tr("Voters")});
        for (const SampleDeploymentList::Row &row : drawing.list().rows())
            table.addRow({row.region, row.district, row.precinct, row.address,
                          row.voters ? QLocale().toString(*row.voters) : QString()});
        out << Qt::endl << table.render();
    }
    return Success;
}

} // namespace saylau
