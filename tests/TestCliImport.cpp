#include "TestHelpers.h"

#include "storage/CampaignStore.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using saylau::test::CliRun;
using saylau::test::runSaylau;

// `saylau import` as a user runs it: the summary on stdout, errors on stderr naming file, line and column,
// exit codes (0 imported, 2 refused), and the options --dry-run, --skip-bad, --strict, --mapping.
class TestCliImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString campaign()
    {
        return test::initCampaign(m_dir.filePath(QStringLiteral("c%1.db").arg(++m_files)));
    }

    QString csv(const QByteArray &rows)
    {
        const QString path = m_dir.filePath(QStringLiteral("d%1.csv").arg(++m_files));
        return test::writeFixture(path, "region,tik,uik,\"Число избирателей, внесенных в список избирателей\","
                                        "6. Всероссийская политическая партия \"\"ЕДИНАЯ РОССИЯ\"\",url\n"
                                            + rows);
    }

    static int officialCount(const QString &db)
    {
        return CampaignStore::open(db)->protocolCount(QStringLiteral("duma"), SourceKind::Official);
    }

private slots:
    void importPrintsSummaryAndKeepsUnmappedColumns()
    {
        const QString db = campaign();
        const CliRun run = runSaylau({QStringLiteral("import"), db, csv("А,Т,1,100,50,http://a\nА,Т,2,200,60,\n"),
                                QStringLiteral("--source"), QStringLiteral("official")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Imported 2 rows into duma (official)")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("kept as text (maps to nothing): url")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QLatin1String("UTF-8")), qPrintable(run.err));
        QCOMPARE(officialCount(db), 2);
    }

    void correctedFileShowsInTheHistoryOfTheProtocolsItChanged()
    {
        const QString db = campaign();
        const QString first = csv("А,Т,1,100,50,\nА,Т,2,200,60,\n");
        QCOMPARE(runSaylau({QStringLiteral("import"), db, first, QStringLiteral("--source"), QStringLiteral("official")})
                     .exitCode, 0);
        const CliRun fix = runSaylau({QStringLiteral("import"), db, csv("А,Т,1,100,50,\nА,Т,2,210,65,\n"),
                                      QStringLiteral("--source"), QStringLiteral("official"),
                                      QStringLiteral("--operator"), QStringLiteral("Айгерим")});
        QVERIFY2(fix.exitCode == 0, qPrintable(fix.err));

        const CliRun history = runSaylau({QStringLiteral("history"), db, QStringLiteral("2"), QStringLiteral("--source"),
                                          QStringLiteral("official")});
        QVERIFY2(history.exitCode == 0, qPrintable(history.err));
        const QStringList lines = history.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(QLatin1String("revision 2")), qPrintable(lines.at(0)));
        const QStringList fields = lines.at(1).split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 5);
        QCOMPARE(fields.at(0), QStringLiteral("2"));
        QCOMPARE(fields.at(2), QStringLiteral("Айгерим"));
        QCOMPARE(fields.at(3), QStringLiteral("import"));
        QVERIFY2(fields.at(4).startsWith(QLatin1String("1: 200 -> 210; p6: 60 -> 65; received_how: import of ")),
                 qPrintable(fields.at(4)));
        // Precinct 1 was given the figures it had: nothing to record.
        const CliRun unchanged = runSaylau({QStringLiteral("history"), db, QStringLiteral("1"),
                                            QStringLiteral("--source"), QStringLiteral("official")});
        QCOMPARE(unchanged.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
    }

    void badRowFailsWithFileLineColumnAndChangesNothing()
    {
        const QString db = campaign();
        const QString data = csv("А,Т,1,100,50,\nА,Т,2,2OO,60,\n");
        const CliRun run = runSaylau({QStringLiteral("import"), db, data, QStringLiteral("--source"), QStringLiteral("official")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(data + QStringLiteral(", line 3, column 4")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("\"2OO\" is not a whole number")), qPrintable(run.err));
        QCOMPARE(officialCount(db), 0);
    }

    void usageErrorsExitWithTwo()
    {
        const QString db = campaign();
        QCOMPARE(runSaylau({QStringLiteral("import"), db, csv("А,Т,1,1,1,\n")}).exitCode, 2); // no --source
        QCOMPARE(runSaylau({QStringLiteral("import"), db, csv("А,Т,1,1,1,\n"), QStringLiteral("--source"),
                         QStringLiteral("official"), QStringLiteral("--level"), QStringLiteral("street")})
                     .exitCode,
                 2);
        QCOMPARE(runSaylau({QStringLiteral("import"), db, m_dir.filePath(QStringLiteral("missing.csv")),
                         QStringLiteral("--source"), QStringLiteral("official")})
                     .exitCode,
                 2);
    }

    void dryRunStoresNothing()
    {
        const QString db = campaign();
        const CliRun run = runSaylau({QStringLiteral("import"), db, csv("А,Т,1,100,50,\n"), QStringLiteral("--source"),
                                QStringLiteral("official"), QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Dry run")), qPrintable(run.out));
        // The mapping is shown for confirmation.
        QVERIFY2(run.out.contains(QStringLiteral("3. uik -> precinct number")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("-> line 1: Избиратели в списке")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("-> party 6: ЕР")), qPrintable(run.out));
        QCOMPARE(officialCount(db), 0);
    }

    void skipBadWritesRejects()
    {
        const QString db = campaign();
        const QString rejects = m_dir.filePath(QStringLiteral("rejects.csv"));
        const CliRun run = runSaylau({QStringLiteral("import"), db, csv("А,Т,1,100,50,\nА,Т,2,-1,60,\nА,Т,3,7,1,\n"),
                                QStringLiteral("--source"), QStringLiteral("observer"), QStringLiteral("--skip-bad"),
                                rejects});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("rejected: 1")), qPrintable(run.out));
        QFile file(rejects);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("negative"));
        QCOMPARE(CampaignStore::open(db)->protocolCount(QStringLiteral("duma"), SourceKind::Observer), 2);
    }

    void killedImportLeavesTheCampaignAsItWas()
    {
        const QString db = campaign();
        QCOMPARE(runSaylau({QStringLiteral("import"), db, csv("А,Т,1,100,50,\n"), QStringLiteral("--source"),
                            QStringLiteral("official")})
                     .exitCode,
                 0);
        QByteArray rows;
        for (int i = 1; i <= 400000; ++i)
            rows += "Р" + QByteArray::number(i % 80) + ",Т" + QByteArray::number(i % 2000) + "," + QByteArray::number(i)
                + ",1000,500,http://example.org/" + QByteArray::number(i) + "\n";
        const QString big = csv(rows);

        // kill -9 half-way through, when thousands of rows have been written inside the transaction.
        QProcess process;
        process.setReadChannel(QProcess::StandardError);
        process.start(QStringLiteral(SAYLAU_CLI_PATH),
                      {QStringLiteral("import"), db, big, QStringLiteral("--source"), QStringLiteral("official")});
        const QRegularExpression halfWay(QStringLiteral("importing\\.\\.\\. [5-9]\\d%"));
        QString seen;
        while (!halfWay.match(seen).hasMatch() && process.waitForReadyRead(20000))
            seen += QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(halfWay.match(seen).hasMatch(), qPrintable(seen));
        process.kill();
        process.waitForFinished();
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        auto store = CampaignStore::open(db);
        QCOMPARE(store->protocolCount(QStringLiteral("duma"), SourceKind::Official), 1);
        QCOMPARE(store->allTerritory().size(), 3);
    }

    void strictRefusesAndMappingFileAllowsIt()
    {
        const QString db = campaign();
        const QString data = csv("А,Т,1,100,50,http://a\n");
        const QStringList base{QStringLiteral("import"), db, data, QStringLiteral("--source"), QStringLiteral("official")};
        const CliRun strict = runSaylau(base + QStringList{QStringLiteral("--strict")});
        QCOMPARE(strict.exitCode, 2);
        QVERIFY2(strict.err.contains(QLatin1String("column 6 \"url\"")), qPrintable(strict.err));

        // Saved, edited (url dropped on purpose) and given back: the import goes through in one step.
        const QString mapping = m_dir.filePath(QStringLiteral("m.json"));
        QCOMPARE(runSaylau(base + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--save-mapping"), mapping}).exitCode, 0);
        QFile file(mapping);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        QVERIFY(json.contains("\"target\": \"extra\""));
        json.replace("\"target\": \"extra\"", "\"target\": \"ignore\"");
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();
        const CliRun mapped = runSaylau(base + QStringList{QStringLiteral("--strict"), QStringLiteral("--mapping"), mapping});
        QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
        QCOMPARE(officialCount(db), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "TestCliImport.moc"
