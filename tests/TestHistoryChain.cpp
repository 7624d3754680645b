#include "EntryFixture.h"
#include "OldCampaignFile.h"
#include "SingleContestCampaign.h"
#include "TestEngine.h"
#include "TestHelpers.h"

#include "entry/EntryStore.h"
#include "io/Importer.h"
#include "storage/CampaignLocation.h"
#include "storage/HistoryChain.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using saylau::test::PostgresTestServer;
using saylau::test::TestEngine;

// The protocol history as a hash chain: typed saves and an import's replacements append to one intact chain,
// an upgraded file has its old rows hashed, and a row edited, deleted, moved or added with the sqlite3 shell,
// as a user could, is named by `saylau verify-history` (exit 1); so is a protocol changed behind its history.
class TestHistoryChain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typedSavesAndImportsFormOneIntactChain();
    void editedFiguresAreNamed();
    void deletedRowsAreCaught();
    void movedAndAddedRowsAreCaught();
    void protocolsChangedBehindTheirHistoryAreNamed();
    void upgradeHashesTheRowsItFinds();
    void refusesAFileThatIsNotACampaign();

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // Four saves: precinct 101 revisions 1 and 2 (rows 1, 2), precinct 102 with its observer, reception time
    // (to the millisecond, as typed saves store it) and remarks (row 3), precinct 101 again (row 4).
    QString typedHistory()
    {
        const QString path = TestEngine::freshLocation(m_dir.path(), QStringLiteral("typed%1.db").arg(++m_files));
        EntryFixture fixture = EntryFixture::create(path);
        EntryStore entries(*fixture.store);
        Protocol first = entries.save(EntryFixture::consistentProtocol(fixture.precincts.at(0)), QStringLiteral("Айгерим"));
        first.figures.set(3, 991);
        first = entries.save(first, QStringLiteral("Бауыржан"));
        Protocol second = EntryFixture::consistentProtocol(fixture.precincts.at(1));
        second.observerName = QStringLiteral("Ерлан");
        second.receivedAt = QDateTime::fromString(QStringLiteral("2021-01-10T20:15:42.517Z"), Qt::ISODateWithMs);
        second.remarks = QStringLiteral("фото протокола");
        entries.save(second, QStringLiteral("Айгерим"));
        first.figures.set(3, 990);
        entries.save(first, QStringLiteral("Айгерим"));
        return path;
    }

    // What a user would type: the sqlite3 shell on the campaign file, psql as the server's superuser.
    static void shell(const QString &path, const QString &sql)
    {
        if (TestEngine::isServer()) {
            const QString error = PostgresTestServer::runSql(CampaignLocation::parse(path).database(), {sql});
            QVERIFY2(error.isEmpty(), qPrintable(error));
            return;
        }
        QProcess process;
        process.start(QStringLiteral("sqlite3"), {path, sql});
        QVERIFY2(process.waitForFinished(30000), "sqlite3 did not finish");
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

    static test::CliRun verify(const QString &path)
    {
        return test::runSaylau({QStringLiteral("verify-history"), path});
    }

    // The four saves of typedHistory(), the sql run on them with the sqlite3 shell, then verify-history must
    // exit 1 with a report starting so.
    void expectCaught(const QString &sql, const QString &reportStart)
    {
        const QString path = typedHistory();
        shell(path, sql);
        const test::CliRun run = verify(path);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(reportStart), qPrintable(run.out));
    }
};

void TestHistoryChain::initTestCase()
{
    const QString problem = TestEngine::problem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestHistoryChain::typedSavesAndImportsFormOneIntactChain()
{
    const test::CliRun typed = verify(typedHistory());
    QCOMPARE(typed.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^intact: 4 history rows, head [0-9a-f]{64}\n$")).match(typed.out).hasMatch(),
             qPrintable(typed.out));

    // An import's replacements join the same chain, naming their run, and typed saves follow them.
    const QString path = TestEngine::freshLocation(m_dir.path(), QStringLiteral("import.db"));
    auto store = test::singleContestCampaign(path, QStringLiteral("duma"), QStringLiteral("ru-duma-2011"),
                                             QStringLiteral("ru-duma-2011"));
    const QByteArray header = "Регион;ТИК;УИК;Число избирателей, внесенных в список избирателей;"
                              "6. Всероссийская политическая партия \"ЕДИНАЯ РОССИЯ\"\n";
    Importer::Options options;
    options.contestId = QStringLiteral("duma");
    options.source = SourceKind::Official;
    const QString first = test::writeFixture(m_dir.filePath(QStringLiteral("first.csv")),
                                             header + "А;Т;1;5;1\nА;Т;2;600;20\nА;Т;3;700;30\n");
    Importer(*store, first, options).run();
    QCOMPARE(HistoryChain::verify(*store).rows, 0); // a first import overwrites nothing
    const QString corrected = test::writeFixture(m_dir.filePath(QStringLiteral("corrected.csv")),
                                                 header + "А;Т;1;5;1\nА;Т;2;610;20\nА;Т;3;700;35\n");
    QCOMPARE(Importer(*store, corrected, options).run().replaced, 2);
    HistoryChain::Verdict verdict = HistoryChain::verify(*store);
    QVERIFY2(!verdict.broken, verdict.broken ? qPrintable(verdict.broken->reason) : "");
    QCOMPARE(verdict.rows, 2);
    const qint64 run = store->imports(QStringLiteral("duma")).constFirst().id;
    QList<Protocol> protocols;
    store->forEachProtocol(QStringLiteral("duma"), std::nullopt, [&protocols](const Protocol &p) { protocols.append(p); });
    EntryStore entries(*store);
    QCOMPARE(entries.history(protocols.at(1).id).constFirst().importRunId, run);
    Protocol typedAfter = protocols.at(2);
    typedAfter.figures.set(0, 701);
    entries.save(typedAfter, QStringLiteral("Айгерим"));
    verdict = HistoryChain::verify(*store);
    QVERIFY(!verdict.broken);
    QCOMPARE(verdict.rows, 3);
    store.reset();
    QVERIFY(verify(path).out.startsWith(QStringLiteral("intact: 3 history rows")));
}

void TestHistoryChain::editedFiguresAreNamed()
{
    const QString path = typedHistory();
    // Line 4 of revision 2 quietly set back from 991 to 990, as if it had never been changed.
    shell(path, QStringLiteral("UPDATE protocol_history SET figures = replace(figures, '991', '990') WHERE id = 2"));
    const test::CliRun run = verify(path);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(QStringLiteral("broken at history row 2: its content does not match its hash")),
             qPrintable(run.out));
    // The region by its English name: the test runs in English.
    QVERIFY2(run.out.contains(QStringLiteral("protocol: Akmola Region / Район 1 / UIK 101, contest mazhilis, "
                                             "source observer, copy 1, revision 2, saved at 20")),
             qPrintable(run.out));

    expectCaught(QStringLiteral("UPDATE protocol_history SET saved_by = 'Someone else' WHERE id = 3"),
                 QStringLiteral("broken at history row 3: its content"));
}

void TestHistoryChain::deletedRowsAreCaught()
{
    expectCaught(QStringLiteral("DELETE FROM protocol_history WHERE id = 2"),
                 QStringLiteral("broken at history row 3: it does not follow the row before it"));
    expectCaught(QStringLiteral("DELETE FROM protocol_history WHERE id = 4"),
                 QStringLiteral("broken at history row 3: the history was last written up to row 4"));
    expectCaught(QStringLiteral("DELETE FROM protocol_history"),
                 QStringLiteral("broken: the history was last written up to row 4"));
}

void TestHistoryChain::movedAndAddedRowsAreCaught()
{
    expectCaught(QStringLiteral("UPDATE protocol_history SET id = 100 WHERE id = 2;"
                                "UPDATE protocol_history SET id = 2 WHERE id = 3;"
                                "UPDATE protocol_history SET id = 3 WHERE id = 100;"),
                 QStringLiteral("broken at history row 2:"));
    // A copy of a genuine row, hashes and all, added at the end.
    expectCaught(QStringLiteral("INSERT INTO protocol_history (id, protocol_id, revision, saved_at, saved_by, action,"
                                " changes, figures, prev_hash, row_hash) SELECT 5, protocol_id, 4, saved_at, saved_by,"
                                " action, changes, figures, prev_hash, row_hash FROM protocol_history WHERE id = 4"),
                 QStringLiteral("broken at history row 5: it was added after the last row"));
    // A row slipped in between two others.
    expectCaught(QStringLiteral("UPDATE protocol_history SET id = id + 10 WHERE id >= 3;"
                                "INSERT INTO protocol_history (id, protocol_id, revision, saved_at, saved_by, action,"
                                " changes, figures, prev_hash, row_hash) SELECT 3, protocol_id, 3, saved_at,"
                                " saved_by, action, changes, figures, row_hash, row_hash FROM protocol_history"
                                " WHERE id = 2"),
                 QStringLiteral("broken at history row 3: its content"));
}

void TestHistoryChain::protocolsChangedBehindTheirHistoryAreNamed()
{
    // The rows stay intact; the protocol table is changed behind them, keeping every control relation (the
    // party line moved is not checked against the totals here), so that only the history can tell.
    const QString precinct102 = QStringLiteral("(SELECT protocol_id FROM protocol_history WHERE id = 3)");
    const QString header = QStringLiteral("^broken: 1 protocol.* not as .*\\(the 4 history rows themselves are "
                                          "intact, head [0-9a-f]{64}\\)\n"
                                          "  protocol: Akmola Region / Район 1 / UIK 102, contest mazhilis, source "
                                          "observer, copy 1; its last history row 3 \\(revision 1, saved at 20[^)]*\\)"
                                          " says otherwise:\n");
    const auto expectNamed = [&](const QString &sql, const QString &differences) {
        const QString path = typedHistory();
        shell(path, sql);
        const test::CliRun run = verify(path);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QRegularExpression(header + differences + QLatin1Char('$')).match(run.out).hasMatch(),
                 qPrintable(run.out));
    };
    expectNamed(QStringLiteral("UPDATE protocol SET figures = replace(replace(figures, '\"p1\":400', '\"p1\":450'),"
                               " '\"p2\":200', '\"p2\":150') WHERE id = %1")
                    .arg(precinct102),
                QStringLiteral("    line p1: 400 in the history, 450 stored\n    line p2: 200 in the history, 150 stored\n"));
    expectNamed(QStringLiteral("UPDATE protocol SET remarks = 'дописано', revision = revision + 1 WHERE id = %1")
                    .arg(precinct102),
                QStringLiteral("    revision: 1 in the history, 2 stored\n"
                               "    remarks: \"фото протокола\" in the history, \"дописано\" stored\n"));
    expectNamed(QStringLiteral("UPDATE protocol SET received_at = '2021-01-10T20:25:42.517Z' WHERE id = %1").arg(precinct102),
                QStringLiteral("    received_at: \"2021-01-10T20:15:42Z\" in the history, \"2021-01-10T20:25:42Z\" stored\n"));

    // The chain broken as well: both are said, the chain first.
    const QString path = typedHistory();
    shell(path, QStringLiteral("UPDATE protocol_history SET saved_by = 'Someone else' WHERE id = 1;"
                               "UPDATE protocol SET observer_name = 'Кто-то' WHERE id = %1").arg(precinct102));
    const test::CliRun run = verify(path);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(QStringLiteral("broken at history row 1: its content")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("\nbroken: 1 protocol")), qPrintable(run.out));
    QVERIFY2(run.out.endsWith(QStringLiteral("    observer_name: \"Ерлан\" in the history, \"Кто-то\" stored\n")),
             qPrintable(run.out));
}

void TestHistoryChain::upgradeHashesTheRowsItFinds()
{
    SAYLAU_FILE_ONLY("a file from an older release");
    const QString path = m_dir.filePath(QStringLiteral("schema4.db"));
    // A file as schema 4 left it, with three history rows and no hashes.
    QStringList rows;
    for (int revision = 1; revision <= 3; ++revision)
        rows << QStringLiteral("INSERT INTO protocol_history (protocol_id, revision, saved_at, saved_by, action, changes,"
                               " figures) VALUES (7, %1, '2021-01-10T20:00:00.000Z', 'Айгерим', 'save', '[]',"
                               " '{\"1\":%1}')")
                    .arg(revision);
    QVERIFY(test::writeOldCampaign(path, 4, rows));
    {
        auto store = CampaignStore::open(path);
        const HistoryChain::Verdict verdict = HistoryChain::verify(*store);
        QVERIFY(!verdict.broken);
        QCOMPARE(verdict.rows, 3);
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT a.row_hash = b.prev_hash, a.prev_hash FROM protocol_history a"
                                      " JOIN protocol_history b ON b.id = a.id + 1 WHERE a.id = 1")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
        QCOMPARE(q.value(1).toString(), QString());
    }
    shell(path, QStringLiteral("UPDATE protocol_history SET revision = 9 WHERE id = 1"));
    const test::CliRun run = verify(path);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(QStringLiteral("broken at history row 1: its content")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("protocol #7 (no longer in the file), revision 9")), qPrintable(run.out));
}

void TestHistoryChain::refusesAFileThatIsNotACampaign()
{
    SAYLAU_FILE_ONLY("a text file");
    const QString path = test::writeFixture(m_dir.filePath(QStringLiteral("notes.txt")), "not a campaign\n");
    const test::CliRun run = verify(path);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("not a SaylauDesk database")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestHistoryChain)
#include "TestHistoryChain.moc"
