#include "PostgresTestServer.h"
#include "TestHelpers.h"

#include "storage/CampaignStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace saylau;
using saylau::test::CliRun;
using saylau::test::PostgresTestServer;
using saylau::test::runSaylau;

// `saylau import` into a campaign on a server (COPY through libpq) behaves as into a file, run for run: the same
// summary, the same territory and figures, all or nothing on a bad row, nothing changed by the same file again,
// and a replaced protocol's history in the hash chain that `saylau verify-history` checks on the server. And a
// server campaign's backup (`saylau backup --out`, pg_dump) restored into a new database is the same campaign.
class TestServerImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A server campaign NAME from the 2011 Duma preset, as HQ makes one.
    static QString serverCampaign(const QString &name)
    {
        QString why;
        const QString url = PostgresTestServer::freshDatabase(name, &why);
        if (url.isEmpty())
            qFatal("cannot make the test database %s: %s", qPrintable(name), qPrintable(why));
        const CliRun init = runSaylau({QStringLiteral("init-server"), url, QStringLiteral("--preset"),
                                       QStringLiteral("ru-duma-2011")});
        if (init.exitCode != 0)
            qFatal("saylau init-server failed: %s", qPrintable(init.err));
        return url;
    }

    QString fileCampaign()
    {
        return test::initCampaign(m_dir.filePath(QStringLiteral("c%1.db").arg(++m_files)));
    }

    QString csv(const QByteArray &rows)
    {
        const QString path = m_dir.filePath(QStringLiteral("d%1.csv").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write("region,tik,uik,\"Число избирателей, внесенных в список избирателей\","
                   "6. Всероссийская политическая партия \"\"ЕДИНАЯ РОССИЯ\"\",url\n"
                   + rows);
        return path;
    }

    // A name with a backslash and quotes, an unmapped cell with a backslash and a tab (JSON text with
    // backslashes): bytes COPY's text format escapes.
    static QByteArray threePrecincts()
    {
        return "\"Край \"\"Север\"\" \\ 1\",ТИК один,101,1500,700,\"a\\b\tc\"\n"
               "\"Край \"\"Север\"\" \\ 1\",ТИК один,102,1200,600,\n"
               "Область,ТИК два,7,900,450,http://c\n";
    }

    static CliRun import(const QString &campaign, const QString &data)
    {
        return runSaylau({QStringLiteral("import"), campaign, data, QStringLiteral("--source"),
                          QStringLiteral("official"), QStringLiteral("--quiet")});
    }

    // Every node (level, code, name, address, parent's name) and every protocol (where, figures, extra, revision,
    // status), sorted: the campaign's content, whatever ids each engine gave.
    static QStringList content(const QString &campaign)
    {
        const auto store = CampaignStore::open(campaign, CampaignStore::Access::ReadOnly);
        QHash<qint64, TerritoryNode> nodes;
        for (const TerritoryNode &node : store->allTerritory())
            nodes.insert(node.id, node);
        QStringList lines;
        for (const TerritoryNode &node : std::as_const(nodes))
            lines << QStringLiteral("node %1|%2|%3|%4|%5")
                         .arg(TerritoryNode::levelName(node.level), node.code, node.name, node.address,
                              nodes.value(node.parentId).name);
        store->forEachProtocol(QStringLiteral("duma"), std::nullopt, [&](const Protocol &p) {
            QStringList figures;
            for (int slot = 0; slot < p.figures.size(); ++slot)
                figures << QString::number(p.figures.valueOr(slot, -1));
            lines << QStringLiteral("protocol %1|%2|%3|%4|%5|%6|%7")
                         .arg(nodes.value(p.territoryId).code, figures.join(QLatin1Char(',')),
                              QString::fromUtf8(QJsonDocument(p.extra).toJson(QJsonDocument::Compact)),
                              QString::number(p.revision), p.receivedHow,
                              p.updatedAt.isValid() ? QStringLiteral("dated") : QString(), p.enteredBy);
        });
        std::sort(lines.begin(), lines.end());
        return lines;
    }

    // Precincts in 30 TIKs of 3 regions, in the layout of csv(): more than one batch of the server's import (it
    // looks stored protocols up and replaces them 4,096 at a time). Every third precinct's second figure is
    // raised by CHANGE; every 40th line is preceded by a precinct numbered from 20000 on, when NEWPRECINCTS.
    static QByteArray manyPrecincts(int count, int change, bool newPrecincts)
    {
        QByteArray rows;
        for (int i = 0; i < count; ++i) {
            const QByteArray tik = "ТИК " + QByteArray::number(i % 30);
            const QByteArray place = "Регион " + QByteArray::number(i % 3) + ',' + tik + ',';
            if (newPrecincts && i % 40 == 0)
                rows += place + QByteArray::number(20000 + i) + ",500,250,\n";
            rows += place + QByteArray::number(1000 + i) + ',' + QByteArray::number(1000 + i % 500) + ','
                + QByteArray::number(400 + i % 300 + (i % 3 == 0 ? change : 0)) + ",http://x/" + QByteArray::number(i)
                + '\n';
        }
        return rows;
    }

    // Every history row (the precinct, its revision, who, the action, the changes, the figures it left, whether
    // it names a run), sorted: a campaign's history, whatever ids and times each engine gave.
    static QStringList historyContent(const QString &campaign)
    {
        const auto store = CampaignStore::open(campaign, CampaignStore::Access::ReadOnly);
        QSqlQuery rows(store->database());
        if (!rows.exec(QStringLiteral("SELECT t.code, h.revision, h.saved_by, h.action, h.changes, h.figures,"
                                      " CASE WHEN h.import_run_id IS NULL THEN '' ELSE 'run' END FROM protocol_history h"
                                      " JOIN protocol p ON p.id = h.protocol_id JOIN territory t ON t.id = p.territory_id")))
            qFatal("reading the history failed: %s", qPrintable(rows.lastError().text()));
        QStringList lines;
        while (rows.next()) {
            QStringList fields;
            for (int column = 0; column < 7; ++column)
                fields << rows.value(column).toString();
            lines << fields.join(QLatin1Char('|'));
        }
        std::sort(lines.begin(), lines.end());
        return lines;
    }

    static int officialCount(const QString &campaign)
    {
        return CampaignStore::open(campaign, CampaignStore::Access::ReadOnly)
            ->protocolCount(QStringLiteral("duma"), SourceKind::Official);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = PostgresTestServer::problem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void importIntoServerStoresWhatAFileStores()
    {
        const QString url = serverCampaign(QStringLiteral("import_good"));
        const QString file = fileCampaign();
        const QString data = csv(threePrecincts());
        const CliRun onServer = import(url, data);
        QVERIFY2(onServer.exitCode == 0, qPrintable(onServer.err));
        const CliRun onFile = import(file, data);
        QVERIFY2(onFile.exitCode == 0, qPrintable(onFile.err));
        QVERIFY2(onServer.out.contains(QLatin1String("new: 3;")), qPrintable(onServer.out));
        QCOMPARE(onServer.out, onFile.out);
        QCOMPARE(officialCount(url), 3);
        const QStringList stored = content(url);
        const QString all = stored.join(QLatin1Char('\n'));
        for (const QString &name : {QStringLiteral("|Край \"Север\" \\ 1|"), QStringLiteral("a\\\\b\\tc")})
            QVERIFY2(all.contains(name), qPrintable(name + QStringLiteral(" not in\n") + all));
        QCOMPARE(stored, content(file));
        // Who saved each protocol: without --operator, the import of the file, as its history says.
        QVERIFY2(all.contains(QStringLiteral("|dated|import of ")), qPrintable(all));
        const QStringList report{QStringLiteral("report")};
        QCOMPARE(runSaylau(report + QStringList{url}).out, runSaylau(report + QStringList{file}).out);
    }

    void badRowLeavesTheServerCampaignUnchanged()
    {
        const QString url = serverCampaign(QStringLiteral("import_bad"));
        QCOMPARE(import(url, csv(threePrecincts())).exitCode, 0);
        const QStringList before = content(url);
        const int importsBefore = CampaignStore::open(url)->imports(QStringLiteral("duma")).size();
        // Line 2 replaces a protocol and line 3 adds a region and a precinct; line 4 is bad.
        const QString bad = csv("\"Край \"\"Север\"\" \\ 1\",ТИК один,101,1500,701,\n"
                                "Новая,ТИК три,55,100,50,\n"
                                "Новая,ТИК три,56,9x0,50,\n");
        const CliRun run = import(url, bad);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(bad + QStringLiteral(", line 4, column 4")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("\"9x0\" is not a whole number")), qPrintable(run.err));
        QCOMPARE(content(url), before);
        QCOMPARE(CampaignStore::open(url)->imports(QStringLiteral("duma")).size(), importsBefore);
        const CliRun history = runSaylau({QStringLiteral("verify-history"), url});
        QCOMPARE(history.out.trimmed(), QStringLiteral("intact: 0 history rows"));
    }

    void sameFileAgainChangesNothingAndAReplacementIsInTheHistory()
    {
        const QString url = serverCampaign(QStringLiteral("import_again"));
        const QString file = fileCampaign();
        const QString data = csv(threePrecincts());
        for (const QString &campaign : {url, file})
            QCOMPARE(import(campaign, data).exitCode, 0);
        const QStringList first = content(url);

        const CliRun againOnServer = import(url, data);
        QCOMPARE(againOnServer.exitCode, 0);
        QVERIFY2(againOnServer.out.contains(QLatin1String("new: 0; replaced: 0; unchanged: 3;")),
                 qPrintable(againOnServer.out));
        QCOMPARE(againOnServer.out, import(file, data).out);
        QCOMPARE(content(url), first);
        QCOMPARE(runSaylau({QStringLiteral("verify-history"), url}).out.trimmed(),
                 QStringLiteral("intact: 0 history rows"));

        // One figure changed, one precinct added: one replacement, revision 2, one history row in the chain.
        const QString changed = csv("\"Край \"\"Север\"\" \\ 1\",ТИК один,101,1500,701,http://a\n"
                                    "\"Край \"\"Север\"\" \\ 1\",ТИК один,102,1200,600,\n"
                                    "Область,ТИК два,7,900,450,http://c\n"
                                    "Область,ТИК два,8,90,45,\n");
        const CliRun replaced = import(url, changed);
        QCOMPARE(replaced.exitCode, 0);
        QVERIFY2(replaced.out.contains(QLatin1String("new: 1; replaced: 1; unchanged: 2;")), qPrintable(replaced.out));
        QCOMPARE(replaced.out, import(file, changed).out);
        const QStringList after = content(url);
        QVERIFY2(after.join(QLatin1Char('\n')).contains(QLatin1String("|2|import of ")), qPrintable(after.join(QLatin1Char('\n'))));
        QCOMPARE(after, content(file));
        const CliRun history = runSaylau({QStringLiteral("verify-history"), url});
        QCOMPARE(history.exitCode, 0);
        QVERIFY2(history.out.startsWith(QLatin1String("intact: 1 history row, head ")), qPrintable(history.out));
        QCOMPARE(runSaylau({QStringLiteral("verify-history"), file}).out.left(24), history.out.left(24));
    }

    void reimportOfThousandsWritesTheHistoryAFileWrites()
    {
        const QString url = serverCampaign(QStringLiteral("import_many"));
        const QString file = fileCampaign();
        const QString first = csv(manyPrecincts(9000, 0, false));
        for (const QString &campaign : {url, file})
            QCOMPARE(import(campaign, first).exitCode, 0);

        // 3,000 protocols replaced among 9,000 looked up, and 225 new precincts between them.
        const QString corrected = csv(manyPrecincts(9000, 7, true));
        const CliRun onServer = import(url, corrected);
        QVERIFY2(onServer.exitCode == 0, qPrintable(onServer.err));
        QVERIFY2(onServer.out.contains(QLatin1String("new: 225; replaced: 3,000; unchanged: 6,000;")),
                 qPrintable(onServer.out));
        QCOMPARE(onServer.out, import(file, corrected).out);
        QCOMPARE(content(url), content(file));
        const QStringList history = historyContent(url);
        QCOMPARE(history.size(), 3000);
        QVERIFY2(history.constFirst().contains(QLatin1String("|2|import of ")), qPrintable(history.constFirst()));
        QCOMPARE(history, historyContent(file));
        for (const QString &campaign : {url, file}) {
            const CliRun verdict = runSaylau({QStringLiteral("verify-history"), campaign});
            QCOMPARE(verdict.exitCode, 0);
            QVERIFY2(verdict.out.startsWith(QLatin1String("intact: 3000 history rows, head ")), qPrintable(verdict.out));
        }

        // The chain goes on after the rows sent in bulk: a second re-import links to their end.
        QCOMPARE(import(url, first).exitCode, 0);
        QVERIFY2(runSaylau({QStringLiteral("verify-history"), url}).out.startsWith(QLatin1String("intact: 6000 history rows")),
                 "3,000 replaced back");
    }

    void badRowDeepInABigFileLeavesTheServerCampaignUnchanged()
    {
        const QString url = serverCampaign(QStringLiteral("import_big_bad"));
        // ROWS with a bad row before the last precinct, on LINE: refused, saying where, and nothing changed.
        const auto refusedLeavingAsItWas = [this, &url](QByteArray rows, int line, int imports) {
            const QStringList before = content(url);
            const qsizetype cut = rows.indexOf("Регион 2,ТИК 29,9999,");
            rows.insert(cut, "Регион 2,ТИК 29,30000,12o,50,\n");
            QCOMPARE(int(rows.left(cut).count('\n')) + 2, line);
            const QString bad = csv(rows);
            const CliRun run = import(url, bad);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(bad + QStringLiteral(", line %1, column 4").arg(line)), qPrintable(run.err));
            QVERIFY2(run.err.contains(QLatin1String("\"12o\" is not a whole number")), qPrintable(run.err));
            QCOMPARE(content(url), before);
            QCOMPARE(CampaignStore::open(url)->imports(QStringLiteral("duma")).size(), imports);
            QCOMPARE(runSaylau({QStringLiteral("verify-history"), url}).out.trimmed(),
                     QStringLiteral("intact: 0 history rows"));
        };

        // A first import: by the bad line, batches of new territory and protocols went to the server, the last
        // perhaps still being loaded.
        refusedLeavingAsItWas(manyPrecincts(9000, 0, false), 9001, 0);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(import(url, csv(manyPrecincts(9000, 0, false))).exitCode, 0);
        QCOMPARE(content(url).size(), 9000 * 2 + 3 + 30);
        // A re-import: by the bad line, two batches of replacements, their history and the new precincts went to
        // the server.
        refusedLeavingAsItWas(manyPrecincts(9000, 7, true), 9226, 1);
    }

    void verifyHistoryFindsATamperedRowOnTheServer()
    {
        const QString url = serverCampaign(QStringLiteral("import_tamper"));
        QCOMPARE(import(url, csv(threePrecincts())).exitCode, 0);
        QCOMPARE(import(url, csv("\"Край \"\"Север\"\" \\ 1\",ТИК один,101,1500,702,\n")).exitCode, 0);
        QCOMPARE(import(url, csv("\"Край \"\"Север\"\" \\ 1\",ТИК один,102,1200,603,\n")).exitCode, 0);
        QVERIFY2(runSaylau({QStringLiteral("verify-history"), url}).out.startsWith(QLatin1String("intact: 2 history rows")),
                 "two replacements, two rows");
        // Someone with the server's SQL rewrites who imported the first replacement.
        const QString edited = PostgresTestServer::runSql(
            QStringLiteral("import_tamper"), {QStringLiteral("UPDATE protocol_history SET saved_by = 'nobody' WHERE id = 1")});
        QVERIFY2(edited.isEmpty(), qPrintable(edited));
        const CliRun verdict = runSaylau({QStringLiteral("verify-history"), url});
        QCOMPARE(verdict.exitCode, 1);
        QVERIFY2(verdict.out.contains(QLatin1String("broken at history row 1: its content does not match its hash")),
                 qPrintable(verdict.out));
        QVERIFY2(verdict.out.contains(QLatin1String("  protocol: ")), qPrintable(verdict.out));
    }

    void aCoordinatorImportsAndAnOperatorIsRefusedByTheServer()
    {
        const QString url = serverCampaign(QStringLiteral("import_roles"));
        QStringList logins;
        for (const char *role : {"operator", "coordinator"})
            logins.append(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'import_%1') THEN"
                                         " CREATE ROLE import_%1 LOGIN IN ROLE saylau_%1; END IF; END $$")
                              .arg(QLatin1String(role)));
        const QString made = PostgresTestServer::runSql(QStringLiteral("postgres"), logins);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        const QString data = csv(threePrecincts());

        // Importing is a coordinator's: new territory from the sequences, which a coordinator may only advance.
        const QString asCoordinator = PostgresTestServer::address(QStringLiteral("import_roles"),
                                                                  QStringLiteral("import_coordinator"));
        const CliRun coordinator = import(asCoordinator, data);
        QVERIFY2(coordinator.exitCode == 0, qPrintable(coordinator.err));
        QCOMPARE(officialCount(url), 3);
        // Ids from the sequences: a node or a run added later through the table's own numbering does not clash.
        QCOMPARE(import(asCoordinator, csv("Новая,ТИК три,55,100,50,\n")).exitCode, 0);
        QCOMPARE(officialCount(url), 4);

        const QStringList before = content(url);
        const CliRun operatorRun = import(PostgresTestServer::address(QStringLiteral("import_roles"),
                                                                      QStringLiteral("import_operator")),
                                          csv("Другая,ТИК четыре,56,100,50,\n"));
        QCOMPARE(operatorRun.exitCode, 2);
        QVERIFY2(operatorRun.err.contains(QLatin1String("permission denied")), qPrintable(operatorRun.err));
        QCOMPARE(content(url), before);
    }

    void backupOfAServerRestoresToTheSameCampaign()
    {
        const QString url = serverCampaign(QStringLiteral("import_dumped"));
        QCOMPARE(import(url, csv(threePrecincts())).exitCode, 0);
        QCOMPARE(import(url, csv("Область,ТИК два,7,900,451,\n")).exitCode, 0);
        const QString dump = m_dir.filePath(QStringLiteral("hq.dump"));
        const CliRun backup = runSaylau({QStringLiteral("backup"), url, QStringLiteral("--out"), dump});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        QCOMPARE(backup.out.trimmed(), dump);
        // An existing file is never overwritten, and the message is a backup's.
        const CliRun again = runSaylau({QStringLiteral("backup"), url, QStringLiteral("--out"), dump});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(dump + QLatin1String(" already exists; a backup never replaces a file: give it a "
                                                         "name of its own")),
                 qPrintable(again.err));

        // Restored as the README says: pg_restore into a new, empty database.
        QString why;
        const QString restored = PostgresTestServer::freshDatabase(QStringLiteral("import_restored"), &why);
        QVERIFY2(!restored.isEmpty(), qPrintable(why));
        const QString pgRestore = QStandardPaths::findExecutable(QStringLiteral("pg_restore"));
        QVERIFY2(!pgRestore.isEmpty(), "pg_restore is missing: scripts/packages.txt lists postgresql-client-15");
        QProcess restore;
        restore.start(pgRestore, {QStringLiteral("--no-owner"), QStringLiteral("--exit-on-error"),
                                  QStringLiteral("--host=") + PostgresTestServer::socketFolder(),
                                  QStringLiteral("--username=postgres"), QStringLiteral("--dbname=import_restored"), dump});
        QVERIFY(restore.waitForFinished(120000));
        QVERIFY2(restore.exitCode() == 0, restore.readAllStandardError().constData());

        QCOMPARE(content(restored), content(url));
        for (const QString &command : {QStringLiteral("report"), QStringLiteral("verify-history")}) {
            const CliRun original = runSaylau({command, url});
            const CliRun copy = runSaylau({command, restored});
            QCOMPARE(copy.exitCode, original.exitCode);
            QVERIFY(!original.out.isEmpty());
            QCOMPARE(copy.out, original.out);
        }
    }

    void backupSaysWhenPgDumpIsMissing()
    {
        const QString url = serverCampaign(QStringLiteral("import_nodump"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("no-programs-here")));
        const CliRun run = runSaylau({QStringLiteral("backup"), url, QStringLiteral("--out"),
                                      m_dir.filePath(QStringLiteral("never.dump"))},
                                     environment);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("pg_dump is not installed")), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.dump"))));
    }
};

QTEST_GUILESS_MAIN(TestServerImport)
#include "TestServerImport.moc"
