#include "ChartCommand.h"

#include "render/ChartRenderer.h"

#include <QImageReader>
#include <QMap>
#include <QRegularExpression>

namespace saylau {

namespace {

QStringList kindNames()
{
    QStringList names;
    for (ChartSpec::Kind kind : ChartSpec::allKinds())
        names.append(ChartSpec::kindName(kind));
    return names;
}

// --bin in percentage points, as tenths of a point.
const QMap<QString, int> &binTenths()
{
    static const QMap<QString, int> tenths{{QStringLiteral("0.1"), 1}, {QStringLiteral("0.5"), 5}, {QStringLiteral("1"), 10}};
    return tenths;
}

} // namespace

ChartCommand::ChartCommand()
    : CampaignCommand(QStringLiteral("chart"), tr("Draw a press chart of a contest to PNG, SVG or PDF"),
                      CampaignStore::Access::ReadOnly)
{
    addContestOption(tr("The contest to draw."));
    addOption({QStringLiteral("kind"), tr("One of: %1.").arg(kindNames().join(QStringLiteral(", "))), tr("kind")},
              Presence::Required, kindNames());
    addSourceOption(SourceChoice::ObserverOfficialOrBoth,
                    tr("observer, official or both; by default the sources the contest has."));
    addOption({QStringLiteral("size"), tr("Pixels of a PNG (and the proportions of SVG/PDF)."), tr("WxH"),
               QStringLiteral("1920x1080")});
    addOption({QStringLiteral("out"), tr("The file to write: .png, .svg or .pdf."), tr("file")}, Presence::Required);
    addDenominatorOption(tr("Party shares of all ballots cast (cast) or of valid votes (valid)."));
    addOption({QStringLiteral("sort-by"),
               tr("The party (short name) regions are sorted by, or whose share the forensic charts show; the leader "
                  "by default."),
               tr("party")});
    addOption({QStringLiteral("no-spoiled"), tr("Leave the spoiled ballots out.")});
    addOption({QStringLiteral("precision"), tr("Decimals of the percentages (0-2)."), tr("n"), QStringLiteral("1")});
    addOption({QStringLiteral("organisation"), tr("Name of the organisation, at the foot of the chart."), tr("name")});
    addOption({QStringLiteral("logo"), tr("Image of the organisation's logo."), tr("file")});
    addOption({QStringLiteral("color"), tr("A party's colour (its short name) instead of the ballot's; repeatable."),
               tr("party=#rrggbb")});
    addOption({QStringLiteral("bin"), tr("Bin of turnout-histogram-fine, in percentage points: 0.1, 0.5 or 1."),
               tr("pp"), QStringLiteral("0.1")},
              Presence::Optional, binTenths().keys());
}

bool ChartCommand::needsGuiApplication(const QStringList &) const
{
    return true;
}

void ChartCommand::readOptions()
{
    m_options.kind = *ChartSpec::kindFromName(value(QStringLiteral("kind")));
    m_options.shareBase = denominator();
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("^(\\d{1,9})x(\\d{1,9})$"))
                                             .match(value(QStringLiteral("size")));
    const auto inBounds = [](const QString &pixels) {
        return pixels.toInt() >= ChartRenderer::smallestSide && pixels.toInt() <= ChartRenderer::largestSide;
    };
    if (!size.hasMatch() || !inBounds(size.captured(1)) || !inBounds(size.captured(2)))
        throw UsageError(tr("--size must be WIDTHxHEIGHT, each from %1 to %2 pixels, e.g. 1920x1080")
                             .arg(QString::number(ChartRenderer::smallestSide), QString::number(ChartRenderer::largestSide)));
    m_size = QSize(size.captured(1).toInt(), size.captured(2).toInt());
    m_options.precision = int(wholeNumber(QStringLiteral("precision"), 0, 2, tr("--precision must be 0, 1 or 2")));
    m_options.fineBinTenths = binTenths().value(value(QStringLiteral("bin")));
    m_options.sortParty = value(QStringLiteral("sort-by"));
    m_options.showSpoiled = !isSet(QStringLiteral("no-spoiled"));
    m_options.organisation = value(QStringLiteral("organisation"));
    m_options.logoPath = value(QStringLiteral("logo"));
    if (!m_options.logoPath.isEmpty()) {
        QImageReader logo(m_options.logoPath);
        if (!logo.canRead())
            throw UsageError(tr("--logo %1: %2").arg(m_options.logoPath, logo.errorString()));
    }
    static const QRegularExpression colorPattern(QStringLiteral("^(.+)=(#[0-9a-fA-F]{6})$"));
    for (const QString &color : values(QStringLiteral("color"))) {
        const QRegularExpressionMatch match = colorPattern.match(color);
        if (!match.hasMatch())
            throw UsageError(tr("--color must be PARTY=#rrggbb"));
        m_options.partyColors.insert(match.captured(1).trimmed(), match.captured(2));
    }
}

int ChartCommand::runOn(CampaignStore &store, QTextStream &out, QTextStream &)
{
    const Contest contest = selectedContest(store);
    m_options.sources = sourcesToShow(store, contest, sources());
    const ChartRenderer renderer(ChartDataBuilder::build(store, contest.id, m_options));
    const QString path = value(QStringLiteral("out"));
    renderer.save(path, m_size);
    out << tr("Wrote %1").arg(path) << Qt::endl;
    return Success;
}

} // namespace saylau
