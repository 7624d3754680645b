#include "OldCampaignFile.h"
#include "TestEngine.h"
#include "TestHelpers.h"

#include "analysis/TotalsCache.h"
#include "domain/SaylauError.h"
#include "storage/CampaignStore.h"
#include "storage/Migrations.h"
#include "storage/SqlDialect.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using saylau::test::smallContest;
using saylau::test::TestEngine;

// The campaign: schema by migrations, round trips, all-or-nothing writes (on a file and on a server), and
// refusal (unchanged) of files that are not ours, damaged, or newer.
class TestCampaignStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    // A new campaign location of this run's engine.
    QString location(const char *name) const { return TestEngine::freshLocation(m_dir.path(), QString::fromLatin1(name)); }

    static QByteArray sha(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    // A campaign of 2000 precincts whose pages past the first are overwritten with garbage (the header kept),
    // as a torn copy on a USB stick would be.
    bool makeDamagedFile(const QString &file)
    {
        {
            auto store = CampaignStore::create(file);
            store->addContest(smallContest());
            CampaignStore::Transaction transaction(*store);
            for (int i = 0; i < 2000; ++i)
                store->addTerritory({0, 0, TerritoryNode::Level::Precinct, QString::number(i), QStringLiteral("name"), {}});
            transaction.commit();
        }
        QFile f(file);
        return f.open(QIODevice::ReadWrite) && f.seek(4096 * 2) && f.write(QByteArray(4096 * 6, '\x5a')) == 4096 * 6;
    }

    void expectRefusal(const QString &file, const QString &expected)
    {
        const QByteArray before = sha(file);
        try {
            CampaignStore::open(file);
            QFAIL("the file was opened");
        } catch (const SaylauError &error) {
            QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        }
        QCOMPARE(sha(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = TestEngine::problem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void freshCampaignIsAtTheLatestSchema()
    {
        auto store = CampaignStore::create(location("fresh.db"));
        QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(store->isServer(), TestEngine::isServer());
    }

    void freshFileChecksForeignKeysAndWritesAhead()
    {
        SAYLAU_FILE_ONLY("SQLite's PRAGMAs");
        auto store = CampaignStore::create(path("pragmas.db"));
        QSqlQuery query(store->database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    }

    void createRefusesAnExistingPath()
    {
        SAYLAU_FILE_ONLY("a file's bytes (TestServerCampaign: a server database that holds something)");
        QFile f(path("exists.db"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        QVERIFY_THROWS_EXCEPTION(SaylauError, CampaignStore::create(path("exists.db")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    void contestTerritoryAndProtocolRoundTrip()
    {
        const QString file = location("roundtrip.db");
        qint64 precinctId = 0;
        {
            auto store = CampaignStore::create(file);
            store->setElection({QStringLiteral("Выборы 2021"), QDate(2021, 1, 10), QStringLiteral("KZ"), true, {}});
            store->addContest(smallContest());
            const qint64 region = store->addTerritory({0, 0, TerritoryNode::Level::Region, QStringLiteral("almaty"),
                                                       QStringLiteral("Алматы"), {}});
            precinctId = store->addTerritory({0, region, TerritoryNode::Level::Precinct, QStringLiteral("123"), {},
                                              QStringLiteral("ул. Абая, 1")});
            Protocol p;
            p.contestId = QStringLiteral("mazhilis");
            p.territoryId = precinctId;
            p.source = SourceKind::Observer;
            p.copy = QStringLiteral("1");
            p.figures = Figures(4);
            p.figures.set(0, 1500);
            // line 2 left empty on purpose: missing is not zero
            p.figures.set(2, 0);
            p.figures.set(3, 300);
            p.extra = QJsonObject{{QStringLiteral("observer"), QStringLiteral("Айгуль")}};
            p.observerName = QStringLiteral("Айгуль");
            store->saveProtocol(p);
        }
        auto store = CampaignStore::open(file);
        const Election election = store->election();
        QCOMPARE(election.name, QStringLiteral("Выборы 2021"));
        QCOMPARE(election.date, QDate(2021, 1, 10));
        QVERIFY(election.synthetic);
        const Contest contest = store->contest(QStringLiteral("mazhilis"));
        QCOMPARE(contest.form.toJson(), smallContest().form.toJson());
        QCOMPARE(contest.ballot.size(), 2);
        QCOMPARE(contest.ballot.at(1).name, QStringLiteral("Ак жол"));
        QCOMPARE(contest.seats, 98);
        const auto found = store->findTerritory(store->territoryChildren(0).constFirst().id,
                                                TerritoryNode::Level::Precinct, QStringLiteral("123"), {});
        QVERIFY(found);
        QCOMPARE(found->address, QStringLiteral("ул. Абая, 1"));
        const QList<Protocol> protocols = store->protocolsAt(precinctId, QStringLiteral("mazhilis"));
        QCOMPARE(protocols.size(), 1);
        QCOMPARE(protocols.at(0).figures.value(0), std::optional<qint64>(1500));
        QCOMPARE(protocols.at(0).figures.value(1), std::nullopt);
        QCOMPARE(protocols.at(0).figures.value(2), std::optional<qint64>(0));
        QCOMPARE(protocols.at(0).extra.value(QStringLiteral("observer")).toString(), QStringLiteral("Айгуль"));

        // The documented view gives one row per filled line, for plain SQL.
        QSqlQuery query(store->database());
        QVERIFY(query.exec(QStringLiteral("SELECT line, value FROM protocol_line ORDER BY line")));
        QStringList rows;
        while (query.next())
            rows.append(query.value(0).toString() + u'=' + query.value(1).toString());
        QCOMPARE(rows, (QStringList{QStringLiteral("1=1500"), QStringLiteral("p1=0"), QStringLiteral("p2=300")}));
    }

    void savingTheSameProtocolAgainReplacesIt()
    {
        auto store = CampaignStore::create(location("replace.db"));
        store->addContest(smallContest());
        const qint64 precinct = store->addTerritory({0, 0, TerritoryNode::Level::Precinct, QStringLiteral("1"), {}, {}});
        Protocol p;
        p.contestId = QStringLiteral("mazhilis");
        p.territoryId = precinct;
        p.source = SourceKind::Official;
        p.figures = Figures(4);
        p.figures.set(0, 10);
        const qint64 first = store->saveProtocol(p);
        p.figures.set(0, 11);
        QCOMPARE(store->saveProtocol(p), first);
        QCOMPARE(store->protocolCount(QStringLiteral("mazhilis"), SourceKind::Official), 1);
        const auto stored = store->protocol(first);
        QCOMPARE(stored->figures.value(0), std::optional<qint64>(11));
        QCOMPARE(stored->revision, 2);
    }

    void anUncommittedTransactionLeavesNothing()
    {
        auto store = CampaignStore::create(location("rollback.db"));
        store->addContest(smallContest());
        {
            CampaignStore::Transaction transaction(*store);
            for (int i = 0; i < 100; ++i)
                store->addTerritory({0, 0, TerritoryNode::Level::Precinct, QString::number(i), {}, {}});
        }
        QCOMPARE(store->allTerritory().size(), 0);
    }

    void refusesAMissingFile()
    {
        SAYLAU_FILE_ONLY("a missing file");
        QVERIFY_THROWS_EXCEPTION(SaylauError, CampaignStore::open(path("nowhere.db")));
    }

    void refusesATextFile()
    {
        SAYLAU_FILE_ONLY("a text file");
        QFile f(path("notes.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("region,tik,uik\n1,2,3\n");
        f.close();
        expectRefusal(f.fileName(), QStringLiteral("not a SaylauDesk database"));
    }

    void refusesAnotherProgramsDatabase()
    {
        SAYLAU_FILE_ONLY("another program's SQLite file (TestServerCampaign: a server database with other tables)");
        const QString file = path("foreign.db");
        QVERIFY(test::runSql(file, {QStringLiteral("CREATE TABLE bookmarks (url TEXT)")}));
        expectRefusal(file, QStringLiteral("not a SaylauDesk campaign"));
    }

    void refusesADamagedFile()
    {
        SAYLAU_FILE_ONLY("torn file pages");
        const QString file = path("damaged.db");
        QVERIFY(makeDamagedFile(file));
        expectRefusal(file, QStringLiteral("damaged"));
    }

    // A reading command skips the whole-file check (it would cost a third of a report): the damage is met,
    // and said, when the damaged pages are read, and the file is left as it was.
    void aDamagedFileOpenedForReadingFailsWhereItIsRead()
    {
        SAYLAU_FILE_ONLY("torn file pages");
        const QString file = path("damaged-read.db");
        QVERIFY(makeDamagedFile(file));
        const QByteArray before = sha(file);
        try {
            const auto store = CampaignStore::open(file, CampaignStore::Access::ReadOnly);
            store->allTerritory();
            QFAIL("the damaged territory was read");
        } catch (const SaylauError &error) {
            QVERIFY2(error.message().contains(QLatin1String("malformed")), qPrintable(error.message()));
        }
        QCOMPARE(sha(file), before);
    }

    void refusesAFileFromANewerVersion()
    {
        SAYLAU_FILE_ONLY("SQLite's user_version");
        const QString file = path("newer.db");
        {
            auto store = CampaignStore::create(file);
            QSqlQuery q(store->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
        }
        expectRefusal(file, QStringLiteral("newer SaylauDesk"));
    }

    void refusesOurMarkOnTablesWeNeverMade()
    {
        SAYLAU_FILE_ONLY("SQLite's application_id");
        const QString file = path("lookalike.db");
        QVERIFY(test::runSql(file, {QStringLiteral("PRAGMA application_id = 1396791628"),
                                    QStringLiteral("PRAGMA user_version = 2"),
                                    QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")}));
        expectRefusal(file, QStringLiteral("not those of a SaylauDesk campaign"));
    }

    void opensACampaignWithAUsersOwnViewAdded()
    {
        const QString file = location("with-view.db");
        {
            auto store = CampaignStore::create(file);
            QSqlQuery q(store->database());
            QVERIFY(q.exec(QStringLiteral("CREATE VIEW my_totals AS SELECT contest_id, count(*) FROM protocol GROUP BY 1")));
        }
        QCOMPARE(CampaignStore::open(file, CampaignStore::Access::ReadOnly)->schemaVersion(), Migrations::latestVersion());
    }

    void upgradesAnOlderFileKeepingItsData()
    {
        SAYLAU_FILE_ONLY("a file from an older release");
        QVERIFY2(Migrations::latestVersion() >= 2, "an upgrade needs at least two schema versions");
        const QString file = path("old.db");
        // A file as the first release wrote it: schema 1 only.
        QVERIFY(test::writeOldCampaign(file, 1, {QStringLiteral("INSERT INTO meta (key, value) VALUES ('name', 'old election')")}));
        auto store = CampaignStore::open(file);
        QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(store->election().name, QStringLiteral("old election"));
        store->addContest(smallContest());
        ImportRecord record;
        record.contestId = QStringLiteral("mazhilis");
        record.fileName = QStringLiteral("cec.csv");
        record.rowsNew = 3;
        store->recordImport(record);
        QCOMPARE(store->imports(QStringLiteral("mazhilis")).size(), 1);
    }

    void upgradeStoresEveryTimeInOneFormat()
    {
        SAYLAU_FILE_ONLY("a file from an older release");
        const QString file = path("times.db");
        // As schema 8 left them: CampaignStore wrote Qt::ISODate (UTC without milliseconds, or a program's local
        // time without an offset), the entry path UTC with milliseconds.
        QVERIFY(test::writeOldCampaign(file, 8, {
            QStringLiteral("INSERT INTO contest (id, name, position, form) VALUES ('c', 'C', 0, '{}')"),
            QStringLiteral("INSERT INTO territory (id, level, code) VALUES (1, 'precinct', '101')"),
            QStringLiteral("INSERT INTO protocol (contest_id, territory_id, source, copy, figures, updated_at, received_at)"
                           " VALUES ('c', 1, 'observer', '1', '{}', '2021-01-10T18:30:00Z', '2021-01-10T20:30:00+02:00')"),
            QStringLiteral("INSERT INTO protocol (contest_id, territory_id, source, copy, figures, updated_at)"
                           " VALUES ('c', 1, 'observer', '2', '{}', '2021-01-10T18:30:00.250Z')"),
            QStringLiteral("INSERT INTO protocol (contest_id, territory_id, source, copy, figures, updated_at)"
                           " VALUES ('c', 1, 'observer', '3', '{}', '2021-01-10T18:30:00')"),
            QStringLiteral("INSERT INTO protocol (contest_id, territory_id, source, copy, figures, updated_at)"
                           " VALUES ('c', 1, 'observer', '4', '{}', 'not a time')"),
            QStringLiteral("INSERT INTO import_run (contest_id, source, file_name, file_sha256, imported_at, rows_new,"
                           " rows_replaced, rows_unchanged, rows_rejected, mapping)"
                           " VALUES ('c', 'official', 'cec.csv', '', '2021-01-11T08:00:00Z', 1, 0, 0, 0, '')"),
        }));
        auto store = CampaignStore::open(file);
        QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
        QSqlQuery query(store->database());
        QVERIFY(query.exec(QStringLiteral("SELECT copy, updated_at, received_at FROM protocol ORDER BY copy")));
        QStringList times;
        while (query.next())
            times << query.value(QStringLiteral("updated_at")).toString() << query.value(QStringLiteral("received_at")).toString();
        const QString local = QDateTime(QDate(2021, 1, 10), QTime(18, 30)).toUTC().toString(Qt::ISODateWithMs);
        QCOMPARE(times, (QStringList{QStringLiteral("2021-01-10T18:30:00.000Z"), QStringLiteral("2021-01-10T18:30:00.000Z"),
                                     QStringLiteral("2021-01-10T18:30:00.250Z"), QString(),
                                     local, QString(),
                                     // Nothing that is no time is lost.
                                     QStringLiteral("not a time"), QString()}));
        QCOMPARE(store->imports(QStringLiteral("c")).constFirst().importedAt,
                 QDateTime(QDate(2021, 1, 11), QTime(8, 0), Qt::UTC));
        QVERIFY(query.exec(QStringLiteral("SELECT imported_at FROM import_run")) && query.next());
        QCOMPARE(query.value(QStringLiteral("imported_at")).toString(), QStringLiteral("2021-01-11T08:00:00.000Z"));
    }

    void upgradeGivesTerritoryItsKindAndKeepsThePrecincts()
    {
        SAYLAU_FILE_ONLY("a file from an older release");
        const QString file = path("v4.db");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = 1396791628")));
            Migrations::apply(db, SqlDialect(SqlDialect::Engine::SQLite), 0, 4);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO territory (id, parent_id, level, name) VALUES (1, NULL, 'district', 'ТИК 1')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO territory (id, parent_id, level, code) VALUES (2, 1, 'precinct', '101')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));
        auto store = CampaignStore::open(file);
        QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(store->territory(2)->code, QStringLiteral("101"));
        QVERIFY(!store->territory(2)->countedByCommission);

        TerritoryNode unit;
        unit.parentId = 1;
        unit.level = TerritoryNode::Level::Precinct;
        unit.name = QStringLiteral("Почтовое голосование");
        unit.countedByCommission = true;
        const qint64 id = store->addTerritory(unit);
        QVERIFY(store->territory(id)->countedByCommission);
        QCOMPARE(store->territory(id)->name, unit.name);
        // The unit is summed, never counted as a precinct of its TIK.
        QCOMPARE(TotalsCache(*store).precinctCounts().value(1), 1);
    }
};

QTEST_GUILESS_MAIN(TestCampaignStore)
#include "TestCampaignStore.moc"
