#include "TestHelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace saylau;
using saylau::test::CliRun;
using saylau::test::runSaylau;

// Campaign files that are not what a writing command expects, as a user meets them from the command line: a
// read-only folder (read, but nothing saved, and said so), a named pipe (refused, no hang), a file with
// SaylauDesk's mark but someone else's tables (refused, left byte for byte), and stored figures damaged in
// one protocol (the message names the precinct, the contest and the source).
class TestCliCampaignFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString campaign(const QString &name) { return test::initCampaign(m_dir.filePath(name)); }

    static QByteArray sha(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }

    // Runs saylau as a user who may not write the folder. Root may write anything, so as root the child gives up
    // every capability before it starts and is left with the owner's permission bits. It stays root rather than
    // becoming "nobody", who could not reach a build folder below a folder only its owner may enter.
    static CliRun runSaylauWithoutRoot(const QStringList &arguments)
    {
        QProcess process;
        if (::geteuid() == 0) {
            process.setChildProcessModifier([] {
                for (int capability = 0; capability <= CAP_LAST_CAP; ++capability)
                    ::prctl(PR_CAPBSET_DROP, capability, 0, 0, 0);
                if (::prctl(PR_CAPBSET_READ, CAP_DAC_OVERRIDE, 0, 0, 0) != 0)
                    ::_exit(99);
            });
        }
        process.start(QStringLiteral(SAYLAU_CLI_PATH), arguments);
        if (!process.waitForFinished(60000))
            return {-1, {}, QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aCampaignInAReadOnlyFolderIsReadButNotWritten()
    {
        const QString folder = m_dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/campaign.db");
        QVERIFY(QFile::rename(campaign(QStringLiteral("ro.db")), file));
        const QString data = test::writeFixture(m_dir.filePath(QStringLiteral("ro.csv")),
                                                "region,tik,uik,\"Число избирателей, внесенных в список избирателей\"\n"
                                                "А,Т,1,100\n");
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0444) == 0);
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
        const QByteArray before = sha(file);

        const CliRun contests = runSaylauWithoutRoot({QStringLiteral("contests"), file});
        QVERIFY2(contests.exitCode == 0, qPrintable(contests.err));
        QVERIFY2(contests.out.startsWith(QLatin1String("duma\t")), qPrintable(contests.out));
        const CliRun check = runSaylauWithoutRoot({QStringLiteral("check"), file});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));

        const CliRun import = runSaylauWithoutRoot({QStringLiteral("import"), file, data, QStringLiteral("--source"),
                                                    QStringLiteral("official")});
        QCOMPARE(import.exitCode, 2);
        QVERIFY2(import.err.contains(QLatin1String("is read-only")), qPrintable(import.err));
        QVERIFY2(!import.err.contains(QLatin1String("damaged")), qPrintable(import.err));
        QCOMPARE(sha(file), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("campaign.db")});
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    }

    void aNamedPipeIsRefusedNotWaitedOn()
    {
        const QString pipe = m_dir.filePath(QStringLiteral("pipe.db"));
        QVERIFY(::mkfifo(QFile::encodeName(pipe).constData(), 0644) == 0);
        QProcess process;
        process.start(QStringLiteral(SAYLAU_CLI_PATH), {QStringLiteral("contests"), pipe});
        const bool finished = process.waitForFinished(10000);
        if (!finished)
            process.kill();
        QVERIFY2(finished, "saylau waited on the named pipe");
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("not a regular file")), qPrintable(err));
    }

    void ourMarkOnSomeoneElsesTablesIsRefusedAndLeftAsItWas()
    {
        const QString file = m_dir.filePath(QStringLiteral("lookalike.db"));
        // SaylauDesk's application id, a schema version we know, tables we never made; a rollback journal as
        // other programs keep (opening for WAL would rewrite the header).
        QVERIFY(test::runSql(file, {QStringLiteral("PRAGMA application_id = 1396791628"),
                                    QStringLiteral("PRAGMA user_version = 1"),
                                    QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                                    QStringLiteral("INSERT INTO notes (body) VALUES ('mine')")}));
        const QByteArray before = sha(file);
        for (const QString &command : {QStringLiteral("contests"), QStringLiteral("check"), QStringLiteral("report")}) {
            const CliRun run = runSaylau({command, file});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QLatin1String("not those of a SaylauDesk campaign")), qPrintable(run.err));
            QCOMPARE(sha(file), before);
        }
        const CliRun import = runSaylau({QStringLiteral("import"), file, m_dir.filePath(QStringLiteral("none.csv")),
                                         QStringLiteral("--source"), QStringLiteral("official")});
        QCOMPARE(import.exitCode, 2);
        QCOMPARE(sha(file), before);
    }

    void damagedFiguresNameTheirPrecinct()
    {
        const QString file = campaign(QStringLiteral("damaged-figures.db"));
        const QString data = test::writeFixture(m_dir.filePath(QStringLiteral("df.csv")),
                                                "region,tik,uik,\"Число избирателей, внесенных в список избирателей\"\n"
                                                "Тверская область,ТИК 5,101,100\nТверская область,ТИК 5,102,200\n");
        QCOMPARE(runSaylau({QStringLiteral("import"), file, data, QStringLiteral("--source"), QStringLiteral("official")})
                     .exitCode, 0);
        QVERIFY(test::runSql(file, {QStringLiteral("UPDATE protocol SET figures = '{\"1\":' WHERE territory_id ="
                                                   " (SELECT id FROM territory WHERE code = '102')")}));
        for (const QStringList &command : {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("diff")},
                                           QStringList{QStringLiteral("report"), QStringLiteral("--source"),
                                                       QStringLiteral("official")}}) {
            const CliRun run = runSaylau(QStringList{command.constFirst(), file} + command.mid(1));
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QLatin1String("stored figures are damaged")), qPrintable(run.err));
            // The region by its English name (the test runs in English), the TIK as its file prints it.
            QVERIFY2(run.err.contains(QStringLiteral("Tver Oblast / ТИК 5 / UIK 102")), qPrintable(run.err));
            QVERIFY2(run.err.contains(QLatin1String("duma")) && run.err.contains(QLatin1String("official")),
                     qPrintable(run.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliCampaignFile)
#include "TestCliCampaignFile.moc"
