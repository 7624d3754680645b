// Every command's usage line and --help are generated from what the command declares (app/cli/Command.h), so
// they cannot drift: each option --help lists is in the usage line, the declared values and required options
// are enforced before any file is opened. Run in-process (tests/CliRunner.h).

#include "CliRunner.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using namespace Qt::StringLiterals;

class TestCliHelp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The names under "Commands:" in a --help text.
    static QStringList commandsIn(const QString &help)
    {
        const QString list = help.section(u"Commands:\n"_s, 1);
        QStringList names;
        for (const QString &line : list.split(u'\n')) {
            if (!line.startsWith(u"  "_s) || line.at(2).isSpace())
                break;
            names.append(line.simplified().section(u' ', 0, 0));
        }
        return names;
    }

    // Every command, with each group's subcommands ("bench import").
    static QList<QStringList> allCommands()
    {
        QList<QStringList> commands;
        for (const QString &name : commandsIn(test::execSaylau({u"--help"_s}).out)) {
            commands.append({name});
            for (const QString &sub : commandsIn(test::execSaylau({name, u"--help"_s}).out))
                commands.append({name, sub});
        }
        return commands;
    }

private slots:
    void everyOptionOfHelpIsInTheUsageLine()
    {
        const QList<QStringList> commands = allCommands();
        QVERIFY(commands.size() >= 17);
        QVERIFY(commands.contains(QStringList{u"bench"_s, u"diff"_s}));
        static const QRegularExpression optionLine(u"^  (?:-\\w, )?--([a-z0-9-]+)"_s);
        for (const QStringList &command : commands) {
            const test::CliRun help = test::execSaylau(command + QStringList{u"--help"_s});
            QCOMPARE(help.exitCode, 0);
            const QString usage = help.out.section(u'\n', 0, 0);
            QVERIFY2(usage.startsWith(u"Usage: saylau "_s + command.join(u' ')), qPrintable(usage));
            int options = 0;
            for (const QString &line : help.out.split(u'\n')) {
                const QString option = optionLine.match(line).captured(1);
                if (option.isEmpty() || option == u"help"_s || option == u"help-all"_s)
                    continue;
                ++options;
                QVERIFY2(usage.contains(u"--"_s + option), qPrintable(command.join(u' ') + u": "_s + option));
            }
            // A command with options lists them in its usage; the help and the usage agree on their number.
            QCOMPARE(usage.count(u"--"_s), options);
        }
    }

    void importUsageListsEveryOption()
    {
        const QString usage = test::execSaylau({u"import"_s, u"--help"_s}).out.section(u'\n', 0, 0);
        for (const QString &option : {u"--skip-bad"_s, u"--copy"_s, u"--operator"_s, u"--quiet"_s, u"--show-mapping"_s,
                                      u"--territory-only"_s, u"--save-mapping"_s, u"--level precinct|district|region"_s})
            QVERIFY2(usage.contains(option), qPrintable(option));
    }

    void aValueOutsideTheDeclaredOnesIsRefusedBeforeOpening()
    {
        const QString file = m_dir.filePath(u"never.db"_s);
        const test::CliRun run = test::execSaylau({u"report"_s, file, u"--by"_s, u"street"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"saylau report: --by must be region, tik or uik"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Usage: saylau report FILE"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(file));
        QVERIFY(test::execSaylau({u"check"_s, file, u"--format"_s, u"xml"_s}).err.contains(u"unknown format \"xml\""_s));
    }

    void aRequiredOptionIsRequired()
    {
        const test::CliRun run = test::execSaylau({u"restore"_s, m_dir.filePath(u"backup.db"_s)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--to NEW.db is required"_s), qPrintable(run.err));
        QVERIFY(test::execSaylau({u"restore"_s, u"--help"_s}).out.startsWith(u"Usage: saylau restore BACKUP --to <NEW.db>"_s));
    }

    void aRepeatedArgumentIsNeededOnce()
    {
        const QString file = m_dir.filePath(u"target.db"_s);
        const test::CliRun run = test::execSaylau({u"merge"_s, file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"saylau merge: expected 2 or more argument"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Usage: saylau merge TARGET.db PACKAGE..."_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(file));
    }

    void aGroupWithoutItsSubcommandSaysWhichThereAre()
    {
        const test::CliRun run = test::execSaylau({u"bench"_s, u"frobnicate"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"\"import\", \"report\", \"check\", \"chart\", \"diff\", \"forensics\" and \"merge\""_s),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "TestCliHelp.moc"
