#include "CliRunner.h"

#include "storage/CampaignStore.h"
#include "storage/TerritoryEditor.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using saylau::test::CliRun;
using saylau::test::execSaylau;

// `saylau import` as a user runs it: the summary on stdout, errors on stderr naming file, line and column,
// exit codes (0 imported, 2 refused), and the options --dry-run, --skip-bad, --strict, --mapping. A precinct list
// (--territory-only), loaded before election day, creates the regions, TIKs and precincts it names with their
// addresses, stores no figures, is idempotent, records a changed address, and is refused whole when bad.
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

    // A commission list with its headers as CEC lists have them.
    QString list(const QString &rows, bool windows1251 = false)
    {
        const QString text = QStringLiteral("Область;ТИК;№ участка;Адрес;Число избирателей\r\n") + rows;
        const QString path = m_dir.filePath(QStringLiteral("list%1.csv").arg(++m_files));
        return test::writeFixture(path, windows1251 ? QByteArray(QStringEncoder("windows-1251").encode(text))
                                                    : text.toUtf8());
    }

    static QString threePrecincts()
    {
        return QStringLiteral("Алматы;ТИК Алмалинский;101;ул. Абая, 1;1500\r\n"
                              "Алматы;ТИК Алмалинский;102;ул. Абая, 2;1200\r\n"
                              "Астана;ТИК Есильский;7;пр. Мангилик Ел, 5;900\r\n");
    }

    static CliRun importList(const QString &db, const QString &csv)
    {
        return execSaylau({QStringLiteral("import"), db, csv, QStringLiteral("--territory-only")});
    }

    // "Region > TIK > number: address" for every precinct, sorted.
    static QStringList precincts(const QString &db)
    {
        const auto store = CampaignStore::open(db);
        QHash<qint64, TerritoryNode> nodes;
        for (const TerritoryNode &node : store->allTerritory())
            nodes.insert(node.id, node);
        QStringList lines;
        for (const TerritoryNode &node : std::as_const(nodes)) {
            if (node.level != TerritoryNode::Level::Precinct)
                continue;
            const TerritoryNode &tik = nodes.value(node.parentId);
            lines << QStringLiteral("%1 > %2 > %3: %4")
                         .arg(nodes.value(tik.parentId).name, tik.name, node.code, node.address);
        }
        lines.sort();
        return lines;
    }

    static int protocolCount(const QString &db)
    {
        const auto store = CampaignStore::open(db);
        return store->protocolCount(QStringLiteral("duma"), SourceKind::Official)
               + store->protocolCount(QStringLiteral("duma"), SourceKind::Observer);
    }

private slots:
    void importPrintsSummaryAndKeepsUnmappedColumns()
    {
        const QString db = campaign();
        const CliRun run = execSaylau({QStringLiteral("import"), db, csv("А,Т,1,100,50,http://a\nА,Т,2,200,60,\n"),
                                QStringLiteral("--source"), QStringLiteral("official")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Imported 2 rows into duma (official)")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("kept as text (maps to nothing): url")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QLatin1String("UTF-8")), qPrintable(run.err));
        QCOMPARE(officialCount(db), 2);
        // One region and one TIK: counted through the catalogue's plural forms, never "1 regions".
        QVERIFY2(run.out.contains(QLatin1String("new territory: 1 region")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QLatin1String("1 regions")) && !run.out.contains(QLatin1String("1 TIKs")),
                 qPrintable(run.out));
    }

    void correctedFileShowsInTheHistoryOfTheProtocolsItChanged()
    {
        const QString db = campaign();
        const QString first = csv("А,Т,1,100,50,\nА,Т,2,200,60,\n");
        QCOMPARE(execSaylau({QStringLiteral("import"), db, first, QStringLiteral("--source"), QStringLiteral("official")})
                     .exitCode, 0);
        const CliRun fix = execSaylau({QStringLiteral("import"), db, csv("А,Т,1,100,50,\nА,Т,2,210,65,\n"),
                                      QStringLiteral("--source"), QStringLiteral("official"),
                                      QStringLiteral("--operator"), QStringLiteral("Айгерим")});
        QVERIFY2(fix.exitCode == 0, qPrintable(fix.err));

        const CliRun history = execSaylau({QStringLiteral("history"), db, QStringLiteral("2"), QStringLiteral("--source"),
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
        const CliRun unchanged = execSaylau({QStringLiteral("history"), db, QStringLiteral("1"),
                                            QStringLiteral("--source"), QStringLiteral("official")});
        QCOMPARE(unchanged.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
    }

    void badRowFailsWithFileLineColumnAndChangesNothing()
    {
        const QString db = campaign();
        const QString data = csv("А,Т,1,100,50,\nА,Т,2,2OO,60,\n");
        const CliRun run = execSaylau({QStringLiteral("import"), db, data, QStringLiteral("--source"), QStringLiteral("official")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(data + QStringLiteral(", line 3, column 4")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("\"2OO\" is not a whole number")), qPrintable(run.err));
        QCOMPARE(officialCount(db), 0);
    }

    void usageErrorsExitWithTwo()
    {
        const QString db = campaign();
        QCOMPARE(execSaylau({QStringLiteral("import"), db, csv("А,Т,1,1,1,\n")}).exitCode, 2); // no --source
        QCOMPARE(execSaylau({QStringLiteral("import"), db, csv("А,Т,1,1,1,\n"), QStringLiteral("--source"),
                         QStringLiteral("official"), QStringLiteral("--level"), QStringLiteral("street")})
                     .exitCode,
                 2);
        QCOMPARE(execSaylau({QStringLiteral("import"), db, m_dir.filePath(QStringLiteral("missing.csv")),
                         QStringLiteral("--source"), QStringLiteral("official")})
                     .exitCode,
                 2);
    }

    void dryRunStoresNothing()
    {
        const QString db = campaign();
        const CliRun run = execSaylau({QStringLiteral("import"), db, csv("А,Т,1,100,50,\n"), QStringLiteral("--source"),
                                QStringLiteral("official"), QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Dry run")), qPrintable(run.out));
        // The mapping is shown for confirmation.
        QVERIFY2(run.out.contains(QStringLiteral("3. uik -> precinct number")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("-> line 1: Voters on the list")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("-> party 6: United Russia")), qPrintable(run.out));
        QCOMPARE(officialCount(db), 0);
    }

    void skipBadWritesRejects()
    {
        const QString db = campaign();
        const QString rejects = m_dir.filePath(QStringLiteral("rejects.csv"));
        const CliRun run = execSaylau({QStringLiteral("import"), db, csv("А,Т,1,100,50,\nА,Т,2,-1,60,\nА,Т,3,7,1,\n"),
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
        QCOMPARE(execSaylau({QStringLiteral("import"), db, csv("А,Т,1,100,50,\n"), QStringLiteral("--source"),
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
        const CliRun strict = execSaylau(base + QStringList{QStringLiteral("--strict")});
        QCOMPARE(strict.exitCode, 2);
        QVERIFY2(strict.err.contains(QLatin1String("column 6 \"url\"")), qPrintable(strict.err));

        // Saved, edited (url dropped on purpose) and given back: the import goes through in one step.
        const QString mapping = m_dir.filePath(QStringLiteral("m.json"));
        QCOMPARE(execSaylau(base + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--save-mapping"), mapping}).exitCode, 0);
        QFile file(mapping);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        QVERIFY(json.contains("\"target\": \"extra\""));
        json.replace("\"target\": \"extra\"", "\"target\": \"ignore\"");
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();
        const CliRun mapped = execSaylau(base + QStringList{QStringLiteral("--strict"), QStringLiteral("--mapping"), mapping});
        QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
        QCOMPARE(officialCount(db), 1);
    }

    void listCreatesTerritoryAndStoresNoFigures_data()
    {
        QTest::addColumn<bool>("windows1251");
        QTest::newRow("UTF-8") << false;
        QTest::newRow("Windows-1251") << true;
    }

    void listCreatesTerritoryAndStoresNoFigures()
    {
        QFETCH(bool, windows1251);
        const QString db = campaign();
        const CliRun run = importList(db, list(threePrecincts(), windows1251));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("regions: 2 created, 0 unchanged")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("TIKs: 2 created, 0 unchanged")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("precincts: 3 created, 0 with a new address, 0 unchanged")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("ignored (a precinct list keeps territory and addresses only): "
                                                 "Число избирателей")),
                 qPrintable(run.out));
        QCOMPARE(precincts(db), (QStringList{QStringLiteral("Алматы > ТИК Алмалинский > 101: ул. Абая, 1"),
                                             QStringLiteral("Алматы > ТИК Алмалинский > 102: ул. Абая, 2"),
                                             QStringLiteral("Астана > ТИК Есильский > 7: пр. Мангилик Ел, 5")}));
        QCOMPARE(protocolCount(db), 0);
    }

    void englishHeadersAreMatchedToo()
    {
        const QString db = campaign();
        const QString csv = test::writeFixture(m_dir.filePath(QStringLiteral("english.csv")),
                                               "Region,District,Precinct,Address,Voters\n"
                                               "Almaty,TIK 1,5,Abai St 1,100\n");
        const CliRun run = importList(db, csv);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(precincts(db), QStringList{QStringLiteral("Almaty > TIK 1 > 5: Abai St 1")});
    }

    void kazakhHeadersNeedNoContestInACampaignOfSeveral()
    {
        // kz-2021 has four contests and its regions already; the list names one of them.
        const QString db = test::initCampaign(m_dir.filePath(QStringLiteral("kz.db")), QStringLiteral("kz-2021"));
        const QString csv = test::writeFixture(m_dir.filePath(QStringLiteral("kazakh.csv")),
                                               QStringLiteral("Облыс;Аумақтық сайлау комиссиясы;Учаске;Мекенжай;"
                                                              "Сайлаушылар саны\n"
                                                              "город Алматы;Алмалы ТИК;1;Абай даңғылы, 10;1200\n")
                                                   .toUtf8());
        const CliRun run = importList(db, csv);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("regions: 0 created, 1 unchanged")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("precincts: 1 created")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("addresses only): Сайлаушылар саны")), qPrintable(run.out));
        QCOMPARE(precincts(db), QStringList{QStringLiteral("город Алматы > Алмалы ТИК > 1: Абай даңғылы, 10")});
    }

    void kazakhResultsRoundTripThroughASavedMapping()
    {
        // Headers in the form's and the ballot's own Kazakh words; the mapping saved names each party, and given
        // back it imports the same figures. Edited to put a party's votes on another, it is refused.
        const QString db = test::initCampaign(m_dir.filePath(QStringLiteral("kzr.db")), QStringLiteral("kz-2021"));
        const QString data = test::writeFixture(
            m_dir.filePath(QStringLiteral("kazakh-results.csv")),
            QStringLiteral("Облыс;Аумақтық сайлау комиссиясы;Учаске;Сайлаушылар тізімдеріне енгізілген сайлаушылардың "
                           "саны;Дауыс беруге қатысқан сайлаушылардың саны;Жарамсыз деп танылған сайлау "
                           "бюллетеньдерінің саны;Қазақстан Халық партиясы;«Nur Otan» партиясы;«Ауыл» "
                           "халықтық-демократиялық патриоттық партиясы;«Ақ жол» Қазақстан демократиялық партиясы;"
                           "«ADAL» саяси партиясы\n"
                           "город Алматы;Алмалы ТИК;1;1000;600;10;100;300;50;90;50\n")
                .toUtf8());
        const QString mapping = m_dir.filePath(QStringLiteral("kazakh.json"));
        const QStringList base{QStringLiteral("import"), db, data, QStringLiteral("--contest"),
                               QStringLiteral("mazhilis"), QStringLiteral("--source"), QStringLiteral("official")};
        const CliRun first = execSaylau(base + QStringList{QStringLiteral("--save-mapping"), mapping});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(!first.out.contains(QLatin1String("kept as text")), qPrintable(first.out));
        const CliRun again = execSaylau(base + QStringList{QStringLiteral("--mapping"), mapping});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QLatin1String("unchanged: 1")), qPrintable(again.out));

        QFile file(mapping);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        file.close();
        QVERIFY(json.contains("\"target\": \"party:2\""));
        json.replace("\"target\": \"party:2\"", "\"target\": \"party:1\"");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();
        const CliRun swapped = execSaylau(base + QStringList{QStringLiteral("--mapping"), mapping});
        QCOMPARE(swapped.exitCode, 2);
        QVERIFY2(swapped.err.contains(QLatin1String("\"target\": \"party:1\"")), qPrintable(swapped.err));
    }

    void reimportChangesNothing()
    {
        const QString db = campaign();
        const QString csv = list(threePrecincts());
        QCOMPARE(importList(db, csv).exitCode, 0);
        const QStringList before = precincts(db);
        const CliRun again = importList(db, csv);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QLatin1String("regions: 0 created, 2 unchanged")), qPrintable(again.out));
        QVERIFY2(again.out.contains(QLatin1String("TIKs: 0 created, 2 unchanged")), qPrintable(again.out));
        QVERIFY2(again.out.contains(QLatin1String("precincts: 0 created, 0 with a new address, 3 unchanged")),
                 qPrintable(again.out));
        QCOMPARE(precincts(db), before);
        const auto store = CampaignStore::open(db);
        QVERIFY(TerritoryEditor(*store, {}).history().isEmpty());
    }

    void changedAddressIsUpdatedAndRecorded()
    {
        const QString db = campaign();
        QCOMPARE(importList(db, list(threePrecincts())).exitCode, 0);
        // Precinct 102 moved; 7's address left empty keeps the one the campaign has.
        const CliRun run = execSaylau({QStringLiteral("import"), db,
                                      list(QStringLiteral("Алматы;ТИК Алмалинский;101;ул. Абая, 1;1500\r\n"
                                                          "Алматы;ТИК Алмалинский;102;школа № 12;1200\r\n"
                                                          "Астана;ТИК Есильский;7;;900\r\n"
                                                          "Астана;ТИК Есильский;8;пр. Кабанбай батыра, 3;700\r\n")),
                                      QStringLiteral("--territory-only"), QStringLiteral("--operator"),
                                      QStringLiteral("Дина")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("precincts: 1 created, 1 with a new address, 2 unchanged")),
                 qPrintable(run.out));
        QCOMPARE(precincts(db), (QStringList{QStringLiteral("Алматы > ТИК Алмалинский > 101: ул. Абая, 1"),
                                             QStringLiteral("Алматы > ТИК Алмалинский > 102: школа № 12"),
                                             QStringLiteral("Астана > ТИК Есильский > 7: пр. Мангилик Ел, 5"),
                                             QStringLiteral("Астана > ТИК Есильский > 8: пр. Кабанбай батыра, 3")}));
        const auto store = CampaignStore::open(db);
        const QList<TerritoryChange> history = TerritoryEditor(*store, {}).history();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).action, TerritoryChange::Action::Rename);
        QCOMPARE(history.at(0).changedBy, QStringLiteral("Дина"));
        QCOMPARE(history.at(0).before->address, QStringLiteral("ул. Абая, 2"));
        QCOMPARE(history.at(0).after->address, QStringLiteral("школа № 12"));
        QCOMPARE(history.at(0).after->code, QStringLiteral("102"));
    }

    void badListIsRefusedWholeWithFileLineAndColumn_data()
    {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("message");
        QTest::newRow("duplicate precinct")
            << QStringLiteral("Алматы;ТИК 1;101;ул. Абая, 1;1500\r\nАлматы;ТИК 1;102;ул. Абая, 2;10\r\n"
                              "Алматы;ТИК 1;101;ул. Абая, 3;20\r\n")
            << QStringLiteral(", line 4, column 3 \"№ участка\": 101 appears twice (first on line 2)");
        QTest::newRow("control character in an address")
            << QStringLiteral("Алматы;ТИК 1;101;ул. Абая, 1;1500\r\nАлматы;ТИК 1;102;ул. Абая,\u0001 2;10\r\n")
            << QStringLiteral(", line 3, column 4 \"Адрес\"");
        QTest::newRow("no precinct number")
            << QStringLiteral("Алматы;ТИК 1;101;ул. Абая, 1;1500\r\nАлматы;ТИК 1;;ул. Абая, 2;10\r\n")
            << QStringLiteral(", line 3, column 3 \"№ участка\": no precinct number");
    }

    void badListIsRefusedWholeWithFileLineAndColumn()
    {
        QFETCH(QString, rows);
        QFETCH(QString, message);
        const QString db = campaign();
        const QStringList before = precincts(db);
        const QString csv = list(rows);
        const CliRun run = importList(db, csv);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(csv + message), qPrintable(run.err));
        QCOMPARE(precincts(db), before);
        const auto store = CampaignStore::open(db);
        for (const TerritoryNode &node : store->allTerritory())
            QVERIFY2(node.name != QStringLiteral("Алматы"), "a refused list created a region");
    }

    void listIsReadAtThePrecinctLevelOnly()
    {
        const CliRun run = execSaylau({QStringLiteral("import"), campaign(), list(threePrecincts()),
                                      QStringLiteral("--territory-only"), QStringLiteral("--level"),
                                      QStringLiteral("region")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("precinct list")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "TestCliImport.moc"
