#include "ServerComparison.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using saylau::test::CliRun;
using saylau::test::compareOnBothEngines;
using saylau::test::runSaylauLong;
using saylau::test::serverDatabase;

// The 2011 Duma election imported by `saylau import` into a file (SQLite's bulk path) and into a server
// campaign (COPY) gives the same summary and the same analyses, byte for byte. Its own test, apart from
// TestServerCli, so that a clone without the data set reports this one skipped and the server comparisons on
// the demo passed.
class TestServerRealData : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = saylau::test::PostgresTestServer::problem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void realElectionAnalysesAreTheSameOnBothEngines()
    {
        const QString csv = QDir(QStringLiteral(SAYLAU_SHARED_DATA_DIR)).filePath(QStringLiteral("ru-duma-2011-uik.csv"));
        if (!QFile::exists(csv))
            QSKIP("ru-duma-2011-uik.csv is not in SAYLAU_SHARED_DATA_DIR");
        // Both filled by `saylau import` of the whole country: SQLite's bulk path into the file, COPY into the
        // server; each prints the same summary.
        const QString file = saylau::test::initCampaign(m_dir.filePath(QStringLiteral("duma.db")));
        const QString url = serverDatabase(QStringLiteral("cli_duma"));
        const CliRun init = runSaylauLong({QStringLiteral("init-server"), url, QStringLiteral("--preset"),
                                       QStringLiteral("ru-duma-2011")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const QStringList options{csv, QStringLiteral("--source"), QStringLiteral("official"), QStringLiteral("--quiet")};
        const CliRun intoFile = runSaylauLong(QStringList{QStringLiteral("import"), file} + options);
        QVERIFY2(intoFile.exitCode == 0, qPrintable(intoFile.err));
        const CliRun intoServer = runSaylauLong(QStringList{QStringLiteral("import"), url} + options);
        QVERIFY2(intoServer.exitCode == 0, qPrintable(intoServer.err));
        QCOMPARE(intoServer.out, intoFile.out);
        compareOnBothEngines({QStringLiteral("check")}, file, url);
        compareOnBothEngines({QStringLiteral("report")}, file, url);
        compareOnBothEngines({QStringLiteral("forensics")}, file, url);
    }
};

QTEST_GUILESS_MAIN(TestServerRealData)
#include "TestServerRealData.moc"
