#pragma once

#include "domain/Contest.h"
#include "domain/SourceKind.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace saylau {

class CampaignStore;

// One `saylau` subcommand (KeePassXC's src/cli/Command.h habit): each is a small class, main() only picks one.
// Exit codes are shared by all: 0 success, 1 the command ran and found something (violations, differences),
// 2 bad usage or bad input (the message on stderr says what and where).
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    enum ExitCode { Success = 0, Findings = 1, Failure = 2 };

    virtual ~Command() = default;

    virtual QString name() const = 0;
    // One line for `saylau --help`.
    virtual QString description() const = 0;
    // arguments[0] is the command's name, as QCommandLineParser expects; out is stdout, err is stderr.
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;

protected:
    // Options several commands share, declared once so that their names, help and defaults cannot drift.
    // --contest: may be left out when the file has one contest (see resolveContest).
    static QCommandLineOption contestOption();
    // --format text|csv|json, text by default; isOutputFormat() says whether a value is one of them.
    static QCommandLineOption formatOption();
    static bool isOutputFormat(const QString &format);
    // --denominator cast|valid: what party shares are a share of (SummaryReport::ShareBase).
    static QCommandLineOption denominatorOption();
    // --source: "observer", "official" or "both" (observer first); empty for any other name.
    static QList<SourceKind> sourcesFromName(const QString &name);
    // The sources a report or chart shows: those asked for (--source), else every source the contest has.
    // Throws SaylauError saying why when they have no protocols, rather than showing a table of dashes.
    static QList<SourceKind> sourcesToShow(const CampaignStore &store, const Contest &contest,
                                           const QList<SourceKind> &requested);
    // The contest named by --contest, or the file's only contest when none is named. Throws SaylauError.
    static Contest resolveContest(const CampaignStore &store, const QString &requested);
    // Parses the command's options. Returns the exit code when the command should stop here: after printing
    // --help (Success), or a usage error (Failure).
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, int positionalCount,
                             const QString &usage, QTextStream &out, QTextStream &err);
};

} // namespace saylau
