#include "Command.h"

#include "analysis/ContestSources.h"
#include "domain/SaylauError.h"
#include "storage/CampaignStore.h"

namespace saylau {

QCommandLineOption Command::contestOption()
{
    return {QStringLiteral("contest"), tr("The contest (may be left out when the file has one)."), tr("id")};
}

QCommandLineOption Command::formatOption()
{
    return {QStringLiteral("format"), tr("Output format: text, csv or json."), tr("format"), QStringLiteral("text")};
}

bool Command::isOutputFormat(const QString &format)
{
    return format == QLatin1String("text") || format == QLatin1String("csv") || format == QLatin1String("json");
}

QCommandLineOption Command::denominatorOption()
{
    return {QStringLiteral("denominator"),
            tr("Shares of all ballots cast, spoiled included (cast), or of valid votes (valid)."), tr("base"),
            QStringLiteral("cast")};
}

QList<SourceKind> Command::sourcesFromName(const QString &name)
{
    if (name == QLatin1String("both"))
        return {SourceKind::Observer, SourceKind::Official};
    if (const auto source = sourceKindFromName(name))
        return {*source};
    return {};
}

QList<SourceKind> Command::sourcesToShow(const CampaignStore &store, const Contest &contest,
                                        const QList<SourceKind> &requested)
{
    const ContestSources sources(store, contest);
    const QList<SourceKind> shown = requested.isEmpty() ? sources.available() : requested;
    if (const QString why = sources.whyNotShown(shown); !why.isEmpty())
        throw SaylauError(requested.isEmpty() ? why : tr("%1 Leave --source out to show what there is.").arg(why));
    return shown;
}

Contest Command::resolveContest(const CampaignStore &store, const QString &requested)
{
    if (!requested.isEmpty())
        return store.contest(requested);
    const QList<Contest> contests = store.contests();
    if (contests.size() == 1)
        return contests.constFirst();
    QStringList ids;
    for (const Contest &c : contests)
        ids.append(c.id);
    throw SaylauError(tr("%1 has %n contest(s); choose one with --contest: %2", nullptr, int(contests.size()))
                          .arg(store.path(), ids.join(QStringLiteral(", "))));
}

std::optional<int> Command::parse(QCommandLineParser &parser, const QStringList &arguments, int positionalCount,
                                  const QString &usage, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << tr("saylau %1: %2").arg(name(), parser.errorText()) << Qt::endl << usage << Qt::endl;
        return Failure;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << usage << Qt::endl << parser.helpText().section(QLatin1Char('\n'), 1) << Qt::endl;
        return Success;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        err << tr("saylau %1: expected %n argument(s)", nullptr, positionalCount).arg(name()) << Qt::endl
            << usage << Qt::endl;
        return Failure;
    }
    return std::nullopt;
}

} // namespace saylau
