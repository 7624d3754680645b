#include "ChartCommand.h"

#include "analysis/ChartDataBuilder.h"
#include "charts/ChartRenderer.h"
#include "storage/CampaignStore.h"

#include <QImageReader>
#include <QRegularExpression>

namespace saylau {

QString ChartCommand::name() const
{
    return QStringLiteral("chart");
}

QString ChartCommand::description() const
{
    return tr("Draw a press chart of a contest to PNG, SVG or PDF");
}

int ChartCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption contestOption(QStringLiteral("contest"), tr("The contest to draw."), tr("id"));
    QStringList kindNames;
    for (ChartSpec::Kind kind : ChartSpec::allKinds())
        kindNames.append(ChartSpec::kindName(kind));
    const QCommandLineOption kindOption(QStringLiteral("kind"), tr("One of: %1.").arg(kindNames.join(QStringLiteral(", "))),
                                        tr("kind"));
    const QCommandLineOption sourceOption(QStringLiteral("source"),
                                          tr("observer, official or both; by default the sources the contest has."),
                                          tr("source"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), tr("Pixels of a PNG (and the proportions of SVG/PDF)."),
                                        tr("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The file to write: .png, .svg or .pdf."), tr("file"));
    const QCommandLineOption baseOption(QStringLiteral("denominator"),
                                        tr("Party shares of all ballots cast (cast) or of valid votes (valid)."),
                                        tr("base"), QStringLiteral("cast"));
    const QCommandLineOption sortOption(QStringLiteral("sort-by"),
                                        tr("The party (short name) regions are sorted by, or whose share the forensic "
                                           "charts show; the leader by default."),
                                        tr("party"));
    const QCommandLineOption binOption(QStringLiteral("bin"),
                                       tr("Bin of turnout-histogram-fine, in percentage points: 0.1, 0.5 or 1."),
                                       tr("pp"), QStringLiteral("0.1"));
    const QCommandLineOption spoiledOption(QStringLiteral("no-spoiled"), tr("Leave the spoiled ballots out."));
    const QCommandLineOption precisionOption(QStringLiteral("precision"), tr("Decimals of the percentages (0-2)."),
                                             tr("n"), QStringLiteral("1"));
    const QCommandLineOption organisationOption(QStringLiteral("organisation"),
                                                tr("Name of the organisation, at the foot of the chart."), tr("name"));
    const QCommandLineOption logoOption(QStringLiteral("logo"), tr("Image of the organisation's logo."), tr("file"));
    const QCommandLineOption colorOption(QStringLiteral("color"),
                                         tr("A party's colour (its short name) instead of the ballot's; repeatable."),
                                         tr("party=#rrggbb"));
    parser.addOptions({contestOption, kindOption, sourceOption, sizeOption, outOption, baseOption, sortOption,
                       spoiledOption, precisionOption, organisationOption, logoOption, colorOption, binOption});
    const QString usage = tr("Usage: saylau chart FILE [--contest C] --kind %1 [--source observer|official|both] "
                             "[--size 1920x1080|3840x2160] --out FILE.png|svg|pdf")
                              .arg(kindNames.join(QLatin1Char('|')));
    if (const auto exit = parse(parser, arguments, 1, usage, out, err))
        return *exit;

    ChartDataBuilder::Options options;
    const auto kind = ChartSpec::kindFromName(parser.value(kindOption));
    if (!kind) {
        err << tr("saylau chart: --kind must be one of %1").arg(kindNames.join(QStringLiteral(", "))) << Qt::endl;
        return Failure;
    }
    options.kind = *kind;
    const QList<SourceKind> requested = sourcesFromName(parser.value(sourceOption));
    if (parser.isSet(sourceOption) && requested.isEmpty()) {
        err << tr("saylau chart: --source must be observer, official or both") << Qt::endl;
        return Failure;
    }
    const auto base = SummaryReport::shareBaseFromName(parser.value(baseOption));
    if (!base) {
        err << tr("saylau chart: --denominator must be cast or valid") << Qt::endl;
        return Failure;
    }
    options.shareBase = *base;
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("^(\\d{1,9})x(\\d{1,9})$"))
                                             .match(parser.value(sizeOption));
    const auto inBounds = [](const QString &pixels) {
        return pixels.toInt() >= ChartRenderer::smallestSide && pixels.toInt() <= ChartRenderer::largestSide;
    };
    if (!size.hasMatch() || !inBounds(size.captured(1)) || !inBounds(size.captured(2))) {
        err << tr("saylau chart: --size must be WIDTHxHEIGHT, each from %1 to %2 pixels, e.g. 1920x1080")
                   .arg(QString::number(ChartRenderer::smallestSide), QString::number(ChartRenderer::largestSide))
            << Qt::endl;
        return Failure;
    }
    bool precisionOk = false;
    options.precision = parser.value(precisionOption).toInt(&precisionOk);
    if (!precisionOk || options.precision < 0 || options.precision > 2) {
        err << tr("saylau chart: --precision must be 0, 1 or 2") << Qt::endl;
        return Failure;
    }
    if (!parser.isSet(outOption)) {
        err << tr("saylau chart: --out is required") << Qt::endl << usage << Qt::endl;
        return Failure;
    }
    static const QMap<QString, int> binTenths{{QStringLiteral("0.1"), 1}, {QStringLiteral("0.5"), 5}, {QStringLiteral("1"), 10}};
    if (!binTenths.contains(parser.value(binOption))) {
        err << tr("saylau chart: --bin must be 0.1, 0.5 or 1") << Qt::endl;
        return Failure;
    }
    options.fineBinTenths = binTenths.value(parser.value(binOption));
    options.sortParty = parser.value(sortOption);
    options.showSpoiled = !parser.isSet(spoiledOption);
    options.organisation = parser.value(organisationOption);
    options.logoPath = parser.value(logoOption);
    if (!options.logoPath.isEmpty()) {
        QImageReader logo(options.logoPath);
        if (!logo.canRead()) {
            err << tr("saylau chart: --logo %1: %2").arg(options.logoPath, logo.errorString()) << Qt::endl;
            return Failure;
        }
    }
    static const QRegularExpression colorPattern(QStringLiteral("^(.+)=(#[0-9a-fA-F]{6})$"));
    for (const QString &color : parser.values(colorOption)) {
        const QRegularExpressionMatch match = colorPattern.match(color);
        if (!match.hasMatch()) {
            err << tr("saylau chart: --color must be PARTY=#rrggbb") << Qt::endl;
            return Failure;
        }
        options.partyColors.insert(match.captured(1).trimmed(), match.captured(2));
    }

    const auto store = CampaignStore::open(parser.positionalArguments().constFirst(), CampaignStore::Access::ReadOnly);
    const Contest contest = resolveContest(*store, parser.value(contestOption));
    options.sources = sourcesToShow(*store, contest, requested);
    const ChartRenderer renderer(ChartDataBuilder::build(*store, contest.id, options));
    const QString path = parser.value(outOption);
    renderer.save(path, QSize(size.captured(1).toInt(), size.captured(2).toInt()));
    out << tr("Wrote %1").arg(path) << Qt::endl;
    return Success;
}

} // namespace saylau
