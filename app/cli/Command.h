#pragma once

#include "analysis/SummaryReport.h"
#include "domain/Contest.h"
#include "domain/SaylauError.h"
#include "domain/SourceKind.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>
#include <vector>

namespace saylau {

class CampaignStore;

// One `saylau` subcommand (KeePassXC's src/cli/Command.h habit): each is a small class, main() only picks one.
// Exit codes are shared by all: 0 success, 1 the command ran and found something (violations, differences),
// 2 bad usage or bad input (the message on stderr says what and where).
//
// Adding a command, e.g. `saylau pack FILE.db --to DIR`:
//  1. PackCommand.h/.cpp, derived from CampaignCommand when its first argument is a campaign file (the base
//     opens it and resolves --contest), else from Command.
//  2. Its constructor passes the name and a one-line description to the base, then declares all it accepts:
//     addArgument() per positional argument, addOption() for its own options (Required, and the values it
//     takes, are part of the declaration) and the shared ones (addContestOption, addFormatOption,
//     addSourceOption, addDenominatorOption). The usage line, `saylau pack --help`, the man page and the bash
//     completion (scripts/cli-docs.sh) are generated from these declarations and from nothing else.
//  3. readOptions() reads the values the declarations have checked (value, isSet, format, wholeNumber...) into
//     the command's fields and throws UsageError for what they cannot check; run() (runOn() for a
//     CampaignCommand) does the work. Bad usage is printed with the usage line; bad input: SaylauError.
//  4. A command that draws (Qt Charts, PDF) returns true from needsGuiApplication(); main() then makes a
//     QApplication for it. A -DSAYLAU_GUI=OFF build has no renderer and registers it as UnavailableCommand.
//  5. One line in CommandRegistry's constructor; a group such as `saylau bench` takes it with addSubcommand().
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    enum ExitCode { Success = 0, Findings = 1, Failure = 2 };
    enum class OutputFormat { Text, Csv, Json };

    // Bad usage found by readOptions() or run(): printed as "saylau NAME: message" with the usage line below it;
    // exit code 2.
    class UsageError : public SaylauError
    {
    public:
        using SaylauError::SaylauError;
    };

    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;
    virtual ~Command();

    // "import", or "bench diff" for a subcommand.
    QString name() const;
    // One line for `saylau --help`.
    QString description() const;
    // "Usage: saylau NAME ARGUMENTS [--option <value>]...", generated from the declarations.
    QString usage() const;
    // Whether these arguments (arguments[0] is the command's name) make the command draw, so that main() must
    // create a QApplication before running it.
    virtual bool needsGuiApplication(const QStringList &arguments) const;
    // arguments[0] is the command's name; out is stdout, err is stderr. Parses and checks the arguments against
    // the declarations, then runs the command. SaylauError from run() is left to the caller (CommandRegistry).
    // Once per command object.
    virtual int execute(const QStringList &arguments, QTextStream &out, QTextStream &err);

protected:
    enum class Presence { Optional, Required };
    // How many values a positional argument takes; only the last may repeat (`saylau merge TARGET.db PACKAGE...`).
    enum class Count { One, OneOrMore };
    // The values --source accepts.
    enum class SourceChoice { ObserverOrOfficial, ObserverOfficialOrBoth };

    Command(QString name, QString description);

    void addArgument(const QString &name, const QString &description, Count count = Count::One);
    // choices: the only values the option takes, checked before run() and shown in the usage line.
    void addOption(const QCommandLineOption &option, Presence presence = Presence::Optional,
                   const QStringList &choices = {});
    // A subcommand, run for `saylau NAME SUB ...` (its name is "NAME SUB").
    void addSubcommand(std::unique_ptr<Command> subcommand);
    // The subcommands' last words ("import", "diff"...), in the order they were added.
    QStringList subcommandNames() const;

    // Options several commands share, declared here once so that their names, values and defaults cannot drift.
    // --contest: may be left out when the file has one contest (see resolveContest).
    void addContestOption(const QString &description = {});
    // --format text|csv|json, text by default; read with format().
    void addFormatOption();
    // --source; read with source() or sources().
    void addSourceOption(SourceChoice choice, const QString &description, const QString &defaultValue = {});
    // --denominator cast|valid: what party shares are a share of; read with denominator().
    void addDenominatorOption(const QString &description = {});

    // Reads the options into the command's own fields, checking what the declarations cannot say (ranges,
    // patterns, options that go together); throws UsageError. Runs before run(), so before any file is opened.
    virtual void readOptions();
    virtual int run(QTextStream &out, QTextStream &err) = 0;

    // The checked command line, for run().
    bool isSet(const QString &option) const;
    QString value(const QString &option) const;
    QStringList values(const QString &option) const;
    QString argument(int index) const;
    // The arguments from index to the end, for a last argument that repeats.
    QStringList argumentsFrom(int index) const;
    OutputFormat format() const;
    // --source as one source (nullopt when not given and without a default).
    std::optional<SourceKind> source() const;
    // --source as the sources to show ("both": observer first); empty when not given.
    QList<SourceKind> sources() const;
    SummaryReport::ShareBase denominator() const;
    // A whole-number option from min to max; UsageError(message) otherwise.
    qint64 wholeNumber(const QString &option, qint64 min, qint64 max, const QString &message) const;
    // A report in the --format asked for, from a writer with text(), csv() (UTF-8) and json().
    template<typename Writer>
    void print(QTextStream &out, const Writer &writer) const
    {
        switch (format()) {
        case OutputFormat::Text:
            out << writer.text();
            break;
        case OutputFormat::Csv:
            out << QString::fromUtf8(writer.csv());
            break;
        case OutputFormat::Json:
            out << QString::fromUtf8(QJsonDocument(writer.json()).toJson(QJsonDocument::Indented));
            break;
        }
        out.flush();
    }
    // An option's value in arguments not yet executed, for needsGuiApplication(); empty when not given.
    QString peek(const QStringList &arguments, const QString &option) const;

    // The sources a report or chart shows: those asked for (--source), else every source the contest has.
    // Throws SaylauError saying why when they have no protocols, rather than showing a table of dashes.
    static QList<SourceKind> sourcesToShow(const CampaignStore &store, const Contest &contest,
                                           const QList<SourceKind> &requested);
    // The contest named by --contest, or the file's only contest when none is named. Throws SaylauError.
    static Contest resolveContest(const CampaignStore &store, const QString &requested);

private:
    struct Argument
    {
        QString name;
        QString description;
        Count count;
    };
    struct Option
    {
        QCommandLineOption option;
        Presence presence;
        QStringList choices;
    };

    // The first of the declared rules the parsed line breaks, as a message; empty when it keeps them all.
    QString brokenRule() const;
    QString helpText() const;
    Command *subcommand(const QString &name) const;

    QString m_name;
    QString m_description;
    QList<Argument> m_arguments;
    QList<Option> m_options;
    std::vector<std::unique_ptr<Command>> m_subcommands;
    QCommandLineParser m_parser;
};

} // namespace saylau
