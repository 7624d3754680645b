#include "PostgresTestServer.h"
#include "TestHelpers.h"

#include "analysis/TotalsCache.h"
#include "domain/SaylauError.h"
#include "storage/CampaignLocation.h"
#include "storage/CampaignStore.h"
#include "storage/Migrations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using saylau::test::PostgresTestServer;
using saylau::test::refusal;
using saylau::test::smallContest;

// A campaign on a PostgreSQL server (the throwaway server of the CTest fixture "postgres"): addresses, the
// schema made by the same migrations, the same round trips as a file (each run on both engines), and refusal
// of databases that are not ours.
class TestServerCampaign : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A new empty campaign location of the engine named by the current data row.
    QString freshLocation(const QString &name)
    {
        QFETCH(QString, engine);
        return PostgresTestServer::freshLocation(engine, m_dir.path(), name);
    }

    static void addEngines() { PostgresTestServer::addEngines(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = PostgresTestServer::problem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void addressesParseIntoTheirParts()
    {
        const CampaignLocation socket =
            CampaignLocation::parse(QStringLiteral("postgresql://operator@/hq2024?host=/run/saylau"));
        QVERIFY(socket.isServer());
        QCOMPARE(socket.user(), QStringLiteral("operator"));
        QCOMPARE(socket.host(), QStringLiteral("/run/saylau"));
        QCOMPARE(socket.database(), QStringLiteral("hq2024"));
        QCOMPARE(socket.port(), 0);
        QCOMPARE(CampaignLocation::parse(socket.toString()).host(), QStringLiteral("/run/saylau"));
        // A socket on another port: the port as a parameter too, as libpq's URIs allow any connection keyword.
        const CampaignLocation socketPort =
            CampaignLocation::parse(QStringLiteral("postgresql://operator@/hq2024?host=/run/saylau&port=55493"));
        QCOMPARE(socketPort.host(), QStringLiteral("/run/saylau"));
        QCOMPARE(socketPort.port(), 55493);
        QCOMPARE(CampaignLocation::parse(socketPort.toString()).port(), 55493);
        QCOMPARE(CampaignLocation::parse(QStringLiteral("postgresql://operator@:55493/hq2024?host=/run/saylau")).port(),
                 55493);

        const CampaignLocation tcp =
            CampaignLocation::parse(QStringLiteral("postgresql://analyst@hq.example.kz:5433/hq2024?sslmode=verify-full"));
        QCOMPARE(tcp.host(), QStringLiteral("hq.example.kz"));
        QCOMPARE(tcp.port(), 5433);
        QCOMPARE(tcp.sslMode(), QStringLiteral("verify-full"));
        QCOMPARE(tcp.serverOptions(), QStringLiteral("sslmode=verify-full"));
        QCOMPARE(tcp.toString(), QStringLiteral("postgresql://analyst@hq.example.kz:5433/hq2024?sslmode=verify-full"));

        const CampaignLocation file = CampaignLocation::parse(QStringLiteral("/home/me/campaign.db"));
        QVERIFY(!file.isServer());
        QCOMPARE(file.toString(), QStringLiteral("/home/me/campaign.db"));
    }

    void addressesWithAPasswordOrMissingPartsAreRefused()
    {
        const QString password = refusal([] { CampaignLocation::parse(QStringLiteral("postgresql://op:secret@hq/db")); });
        QVERIFY2(password.contains(QLatin1String(".pgpass")), qPrintable(password));
        QVERIFY2(!password.contains(QLatin1String("secret")), qPrintable(password));
        QVERIFY(!refusal([] { CampaignLocation::parse(QStringLiteral("postgresql://op@hq/")); }).isEmpty());
        QVERIFY(!refusal([] { CampaignLocation::parse(QStringLiteral("postgresql://op@hq/db?sslmode=maybe")); }).isEmpty());
        QVERIFY(!refusal([] { CampaignLocation::parse(QStringLiteral("postgresql://op@hq/db?password=x")); }).isEmpty());
        QVERIFY(!refusal([] { CampaignLocation::parse(QStringLiteral("postgresql://op@hq/db?port=x")); }).isEmpty());
        QVERIFY(!refusal([] { CampaignLocation::parse(QStringLiteral("postgresql://op@hq:5433/db?port=5434")); }).isEmpty());
    }

    void newCampaignIsAtTheLatestSchema_data() { addEngines(); }
    void newCampaignIsAtTheLatestSchema()
    {
        const QString location = freshLocation(QStringLiteral("latest"));
        auto store = CampaignStore::create(location);
        QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(store->isServer(), location.startsWith(QLatin1String("postgresql://")));
        // Every table and view the migrations make, on either engine.
        const QStringList outline = store->dialect().schemaOutline(store->database());
        for (const QString &table : {QStringLiteral("table protocol protocol"), QStringLiteral("view protocol_line protocol_line"),
                                     QStringLiteral("table territory_history territory_history")})
            QVERIFY2(outline.contains(table), qPrintable(table));
    }

    void campaignRoundTrips_data() { addEngines(); }
    void campaignRoundTrips()
    {
        const QString location = freshLocation(QStringLiteral("roundtrip"));
        qint64 precinct = 0;
        CampaignStore::create(location, [&precinct](CampaignStore &store) {
            Election election;
            election.name = QStringLiteral("Выборы");
            election.date = QDate(2021, 1, 10);
            election.country = QStringLiteral("KZ");
            store.setElection(election);
            store.addContest(smallContest());
            CampaignStore::Transaction transaction(store);
            const qint64 region = store.addTerritory({0, 0, TerritoryNode::Level::Region, QStringLiteral("01"),
                                                      QStringLiteral("Акмолинская"), {}, false});
            const qint64 district = store.addTerritory({0, region, TerritoryNode::Level::District, QStringLiteral("1"),
                                                        QStringLiteral("ТИК 1"), {}, false});
            precinct = store.addTerritory({0, district, TerritoryNode::Level::Precinct, QStringLiteral("101"),
                                           QStringLiteral("УИК 101"), QStringLiteral("ул. Абая, 1"), false});
            store.addTerritory({0, district, TerritoryNode::Level::Precinct, QStringLiteral("102"),
                                QStringLiteral("УИК 102"), {}, false});
            transaction.commit();
        });

        auto store = CampaignStore::open(location);
        QCOMPARE(store->election().name, QStringLiteral("Выборы"));
        QCOMPARE(store->election().date, QDate(2021, 1, 10));
        QCOMPARE(store->contest(QStringLiteral("mazhilis")).ballot.size(), 2);
        QCOMPARE(store->contest(QStringLiteral("mazhilis")).ballot.at(1).name, QStringLiteral("Ак жол"));
        QCOMPARE(store->territory(precinct)->address, QStringLiteral("ул. Абая, 1"));
        QCOMPARE(store->findTerritory(0, TerritoryNode::Level::Region, QStringLiteral("01"), {})->name,
                 QStringLiteral("Акмолинская"));
        QCOMPARE(store->allTerritory().size(), 4);

        Protocol p;
        p.contestId = QStringLiteral("mazhilis");
        p.territoryId = precinct;
        p.source = SourceKind::Official;
        p.figures = Figures(4);
        p.figures.set(0, 1200);
        p.figures.set(1, 800);
        p.figures.set(2, 500);
        const qint64 id = store->saveProtocol(p);
        p.figures.set(3, 300);
        QCOMPARE(store->saveProtocol(p), id);
        const std::optional<Protocol> read = store->protocol(id);
        QVERIFY(read);
        QCOMPARE(read->figures, p.figures);
        QCOMPARE(read->revision, 2);
        QCOMPARE(store->protocolCount(QStringLiteral("mazhilis"), SourceKind::Official), 1);
        QCOMPARE(store->protocolCount(QStringLiteral("mazhilis"), std::nullopt), 1);
        TotalsCache counts(*store);
        QCOMPARE(counts.precinctCounts().value(store->territory(precinct)->parentId), 2);
        QCOMPARE(counts.reportedPrecinctCounts(QStringLiteral("mazhilis")).value(precinct), 1);
        int visited = 0;
        store->forEachFigures(QStringLiteral("mazhilis"), SourceKind::Official, [&](CampaignStore::FiguresRow &row) {
            QCOMPARE(row.figures, p.figures);
            ++visited;
        });
        QCOMPARE(visited, 1);
    }

    void anInterruptedWriteLeavesNothing_data() { addEngines(); }
    void anInterruptedWriteLeavesNothing()
    {
        auto store = CampaignStore::create(freshLocation(QStringLiteral("rollback")));
        {
            CampaignStore::Transaction transaction(*store);
            store->addTerritory({0, 0, TerritoryNode::Level::Region, QStringLiteral("01"), QStringLiteral("A"), {}, false});
        }
        QCOMPARE(store->allTerritory().size(), 0);
    }

    void readingConnectionRefusesWrites_data() { addEngines(); }
    void readingConnectionRefusesWrites()
    {
        const QString location = freshLocation(QStringLiteral("readonly"));
        CampaignStore::create(location);
        auto reader = CampaignStore::open(location, CampaignStore::Access::ReadOnly);
        QVERIFY(!refusal([&reader] { reader->setElection(Election{}); }).isEmpty());
        QCOMPARE(reader->schemaVersion(), Migrations::latestVersion());
    }

    void serverDatabaseWithOtherTablesIsLeftAlone()
    {
        QString why;
        const QString url = PostgresTestServer::freshDatabase(QStringLiteral("foreign_tables"), &why);
        QVERIFY2(!url.isEmpty(), qPrintable(why));
        const QString sqlError = PostgresTestServer::runSql(
            QStringLiteral("foreign_tables"),
            {QStringLiteral("CREATE TABLE payroll (name TEXT)"), QStringLiteral("INSERT INTO payroll VALUES ('x')")});
        QVERIFY2(sqlError.isEmpty(), qPrintable(sqlError));

        const QString created = refusal([&url] { CampaignStore::create(url); });
        QVERIFY2(created.contains(QLatin1String("not an empty database")), qPrintable(created));
        const QString opened = refusal([&url] { CampaignStore::open(url); });
        QVERIFY2(opened.contains(QLatin1String("holds no SaylauDesk campaign")), qPrintable(opened));
        QVERIFY(PostgresTestServer::runSql(QStringLiteral("foreign_tables"),
                                           {QStringLiteral("SELECT 1/count(*) FROM payroll")})
                    .isEmpty());
    }

    void failedCreationOnServerLeavesTheDatabaseEmpty()
    {
        QString why;
        const QString url = PostgresTestServer::freshDatabase(QStringLiteral("failed_create"), &why);
        QVERIFY2(!url.isEmpty(), qPrintable(why));
        const QString failed =
            refusal([&url] { CampaignStore::create(url, [](CampaignStore &) { throw SaylauError(QStringLiteral("cut")); }); });
        QCOMPARE(failed, QStringLiteral("cut"));
        // Empty again: a second creation goes through.
        auto store = CampaignStore::create(url);
        QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
    }

    void serverCampaignOfANewerVersionIsRefused()
    {
        QString why;
        const QString url = PostgresTestServer::freshDatabase(QStringLiteral("newer"), &why);
        QVERIFY2(!url.isEmpty(), qPrintable(why));
        CampaignStore::create(url);
        QVERIFY(PostgresTestServer::runSql(QStringLiteral("newer"), {QStringLiteral("UPDATE schema_version SET version = 999")})
                    .isEmpty());
        const QString opened = refusal([&url] { CampaignStore::open(url); });
        QVERIFY2(opened.contains(QLatin1String("newer SaylauDesk")), qPrintable(opened));
    }

    void unreachableServerIsNamed()
    {
        const QString url = QStringLiteral("postgresql://postgres@/nosuchdb?host=%1").arg(PostgresTestServer::socketFolder());
        const QString opened = refusal([&url] { CampaignStore::open(url); });
        QVERIFY2(opened.contains(QLatin1String("cannot connect to")) && opened.contains(QLatin1String("nosuchdb")),
                 qPrintable(opened));
    }
};

QTEST_GUILESS_MAIN(TestServerCampaign)
#include "TestServerCampaign.moc"
