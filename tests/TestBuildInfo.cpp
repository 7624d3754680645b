// What `saylau --version` and every export say about the program that made them: the project's version, the
// commit, the build date, and the Qt and SQLite the program runs on.
#include "TestHelpers.h"

#include "domain/BuildInfo.h"

#include <QDate>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace saylau;
using namespace saylau::test;
using namespace Qt::StringLiterals;

class TestBuildInfo : public QObject
{
    Q_OBJECT

private slots:
    void namesTheRunningLibraries()
    {
        QCOMPARE(BuildInfo::qtVersion(), QString::fromLatin1(qVersion()));
        QCOMPARE(BuildInfo::sqliteVersion(), QString::fromLatin1(sqlite3_libversion()));
        QCOMPARE(BuildInfo::version(), QStringLiteral(SAYLAU_PROJECT_VERSION));
        QVERIFY(QDate::fromString(BuildInfo::buildDate(), Qt::ISODate).isValid());
    }

    void commitIsTheCheckoutsHead()
    {
        QProcess git;
        git.setWorkingDirectory(QStringLiteral(SAYLAU_SOURCE_DIR));
        git.start(QStringLiteral("git"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        if (!git.waitForFinished() || git.exitCode() != 0)
            QSKIP("not built from a git checkout: the commit is 'unknown'");
        const QString head = QString::fromLatin1(git.readAllStandardOutput()).trimmed();
        QVERIFY2(head.startsWith(BuildInfo::commit()), qPrintable(BuildInfo::commit() + u" vs "_s + head));
        QCOMPARE(BuildInfo::commit().size(), 10);
    }

    void versionOptionPrintsEverything()
    {
        const CliRun run = runSaylau({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), u"SaylauDesk "_s + QStringLiteral(SAYLAU_PROJECT_VERSION));
        QCOMPARE(lines.at(1), u"commit %1, built %2"_s.arg(BuildInfo::commit(), BuildInfo::buildDate()));
        QCOMPARE(lines.at(2), u"Qt %1, SQLite %2"_s.arg(BuildInfo::qtVersion(), BuildInfo::sqliteVersion()));
    }

    // A spreadsheet passed around keeps the name of the program that made it (docProps/core.xml).
    void xlsxRecordsTheProgram()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QFAIL("unzip is missing: scripts/setup.sh installs it");
        QTemporaryDir dir;
        const QString campaign = dir.filePath(QStringLiteral("demo.saylau"));
        QCOMPARE(runSaylau({QStringLiteral("demo"), campaign}).exitCode, 0);
        const QString sheet = dir.filePath(QStringLiteral("report.xlsx"));
        const CliRun report = runSaylau({QStringLiteral("report"), campaign, QStringLiteral("--contest"),
                                         QStringLiteral("mazhilis"), QStringLiteral("--out"), sheet});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), sheet, QStringLiteral("docProps/core.xml")});
        QVERIFY(unzip.waitForFinished());
        QVERIFY2(QString::fromUtf8(unzip.readAllStandardOutput()).contains(BuildInfo::madeBy()),
                 qPrintable(BuildInfo::madeBy()));
    }
};

QTEST_GUILESS_MAIN(TestBuildInfo)
#include "TestBuildInfo.moc"
