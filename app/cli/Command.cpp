#include "Command.h"

#include "analysis/ContestSources.h"
#include "storage/CampaignStore.h"

namespace saylau {

namespace {

// "a, b or c", for the values an option takes.
QString alternatives(const QStringList &values)
{
    if (values.size() < 2)
        return values.join(QString());
    return Command::tr("%1 or %2").arg(values.mid(0, values.size() - 1).join(QStringLiteral(", ")), values.constLast());
}

} // namespace

Command::Command(QString name, QString description)
    : m_name(std::move(name))
    , m_description(std::move(description))
{
    m_parser.setApplicationDescription(m_description);
}

Command::~Command() = default;

QString Command::name() const
{
    return m_name;
}

QString Command::description() const
{
    return m_description;
}

QString Command::usage() const
{
    QStringList words{QStringLiteral("saylau"), m_name};
    if (!m_subcommands.empty())
        words << subcommandNames().join(QLatin1Char('|')) << QStringLiteral("...");
    for (const Argument &argument : m_arguments)
        words.append(argument.count == Count::OneOrMore ? argument.name + QStringLiteral("...") : argument.name);
    for (const Option &option : m_options) {
        QString word = QStringLiteral("--") + option.option.names().constLast();
        if (!option.choices.isEmpty())
            word += QLatin1Char(' ') + option.choices.join(QLatin1Char('|'));
        else if (!option.option.valueName().isEmpty())
            word += QStringLiteral(" <%1>").arg(option.option.valueName());
        words.append(option.presence == Presence::Required ? word : QStringLiteral("[%1]").arg(word));
    }
    return tr("Usage: %1").arg(words.join(QLatin1Char(' ')));
}

bool Command::needsGuiApplication(const QStringList &arguments) const
{
    if (const Command *sub = subcommand(arguments.value(1)))
        return sub->needsGuiApplication(arguments.mid(1));
    return false;
}

int Command::execute(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (Command *sub = subcommand(arguments.value(1)))
        return sub->execute(arguments.mid(1), out, err);
    const auto usageError = [&](const QString &message) {
        err << tr("saylau %1: %2").arg(m_name, message) << Qt::endl << usage() << Qt::endl;
        return int(Failure);
    };
    // -h/--help after the command's own options, where --help lists it.
    m_parser.addHelpOption();
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        out << helpText() << Qt::endl;
        return Success;
    }
    // A group that gets here was given no subcommand it has: its run() says which there are.
    if (m_subcommands.empty()) {
        const qsizetype given = m_parser.positionalArguments().size();
        const int expected = int(m_arguments.size());
        if (!m_arguments.isEmpty() && m_arguments.constLast().count == Count::OneOrMore) {
            if (given < expected)
                return usageError(tr("expected %n or more argument(s)", nullptr, expected));
        } else if (given != expected) {
            return usageError(tr("expected %n argument(s)", nullptr, expected));
        }
    }
    if (const QString broken = brokenRule(); !broken.isEmpty())
        return usageError(broken);
    try {
        readOptions();
        return run(out, err);
    } catch (const UsageError &error) {
        return usageError(error.message());
    }
}

void Command::readOptions()
{
}

void Command::addArgument(const QString &name, const QString &description, Count count)
{
    Q_ASSERT(m_arguments.isEmpty() || m_arguments.constLast().count == Count::One);
    m_arguments.append({name, description, count});
    m_parser.addPositionalArgument(name, description);
}

void Command::addOption(const QCommandLineOption &option, Presence presence, const QStringList &choices)
{
    m_options.append({option, presence, choices});
    m_parser.addOption(option);
}

void Command::addSubcommand(std::unique_ptr<Command> subcommand)
{
    m_subcommands.push_back(std::move(subcommand));
}

QStringList Command::subcommandNames() const
{
    QStringList names;
    for (const auto &sub : m_subcommands)
        names.append(sub->name().section(QLatin1Char(' '), -1));
    return names;
}

void Command::addContestOption(const QString &description)
{
    addOption({QStringLiteral("contest"),
               description.isEmpty() ? tr("The contest (may be left out when the file has one).") : description,
               tr("id")});
}

void Command::addFormatOption()
{
    addOption({QStringLiteral("format"), tr("Output format: text, csv or json."), tr("format"), QStringLiteral("text")},
              Presence::Optional, {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")});
}

void Command::addSourceOption(SourceChoice choice, const QString &description, const QString &defaultValue)
{
    QStringList choices{QStringLiteral("observer"), QStringLiteral("official")};
    if (choice == SourceChoice::ObserverOfficialOrBoth)
        choices.append(QStringLiteral("both"));
    addOption({QStringLiteral("source"), description, tr("source"), defaultValue}, Presence::Optional, choices);
}

void Command::addDenominatorOption(const QString &description)
{
    addOption({QStringLiteral("denominator"),
               description.isEmpty()
                   ? tr("Shares of all ballots cast, spoiled included (cast), or of valid votes (valid).")
                   : description,
               tr("base"), SummaryReport::shareBaseName(SummaryReport::defaultShareBase)},
              Presence::Optional, {QStringLiteral("cast"), QStringLiteral("valid")});
}

bool Command::isSet(const QString &option) const
{
    return m_parser.isSet(option);
}

QString Command::value(const QString &option) const
{
    return m_parser.value(option);
}

QStringList Command::values(const QString &option) const
{
    return m_parser.values(option);
}

QString Command::argument(int index) const
{
    return m_parser.positionalArguments().value(index);
}

QStringList Command::argumentsFrom(int index) const
{
    return m_parser.positionalArguments().mid(index);
}

Command::OutputFormat Command::format() const
{
    const QString name = value(QStringLiteral("format"));
    if (name == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (name == QLatin1String("json"))
        return OutputFormat::Json;
    return OutputFormat::Text;
}

std::optional<SourceKind> Command::source() const
{
    return sourceKindFromName(value(QStringLiteral("source")));
}

QList<SourceKind> Command::sources() const
{
    const QString name = value(QStringLiteral("source"));
    if (name == QLatin1String("both"))
        return {SourceKind::Observer, SourceKind::Official};
    if (const auto one = sourceKindFromName(name))
        return {*one};
    return {};
}

SummaryReport::ShareBase Command::denominator() const
{
    return SummaryReport::shareBaseFromName(value(QStringLiteral("denominator"))).value_or(SummaryReport::defaultShareBase);
}

qint64 Command::wholeNumber(const QString &option, qint64 min, qint64 max, const QString &message) const
{
    bool ok = false;
    const qint64 number = value(option).toLongLong(&ok);
    if (!ok || number < min || number > max)
        throw UsageError(message);
    return number;
}

QString Command::peek(const QStringList &arguments, const QString &option) const
{
    QCommandLineParser parser;
    for (const Option &declared : m_options)
        parser.addOption(declared.option);
    return parser.parse(arguments) ? parser.value(option) : QString();
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

QString Command::brokenRule() const
{
    for (const Option &option : m_options) {
        const QString name = option.option.names().constLast();
        if (option.presence == Presence::Required && !m_parser.isSet(name))
            return tr("--%1 %2 is required").arg(name, option.option.valueName()).trimmed();
        if (option.choices.isEmpty() || !m_parser.isSet(name) || option.choices.contains(m_parser.value(name)))
            continue;
        // The format's message names the value given, as it always has (scripts look for "unknown format").
        if (name == QLatin1String("format"))
            return tr("unknown format \"%1\"").arg(m_parser.value(name));
        return tr("--%1 must be %2").arg(name, alternatives(option.choices));
    }
    return {};
}

QString Command::helpText() const
{
    // Qt's text begins with a usage line of its own ("saylau [options] ..."): ours, generated, replaces it.
    QString text = usage() + QLatin1Char('\n') + m_parser.helpText().section(QLatin1Char('\n'), 1);
    if (!m_subcommands.empty()) {
        text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
        for (const auto &sub : m_subcommands)
            text += QStringLiteral("  %1  %2\n").arg(sub->name().section(QLatin1Char(' '), -1), -12).arg(sub->description());
    }
    return text;
}

Command *Command::subcommand(const QString &name) const
{
    for (const auto &sub : m_subcommands) {
        if (sub->name().section(QLatin1Char(' '), -1) == name)
            return sub.get();
    }
    return nullptr;
}

} // namespace saylau
