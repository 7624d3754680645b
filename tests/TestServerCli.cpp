#include "PostgresTestServer.h"
#include "ServerComparison.h"
#include "TestHelpers.h"

#include "domain/SaylauError.h"
#include "entry/EntryStore.h"
#include "io/DemoCampaign.h"
#include "storage/CampaignStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using saylau::test::CliRun;
using saylau::test::compareOnBothEngines;
using saylau::test::runSaylauLong;
using saylau::test::serverDatabase;
using saylau::test::PostgresTestServer;
using saylau::test::refusal;

// The same campaign in a file and on a server gives the same answers, byte for byte: every analysis command
// on the demo, after `saylau copy` took the file to the server (and the copy back to a file is the same
// campaign again), and imported by `saylau import` into each (the 2011 Duma election: TestServerRealData).
class TestServerCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A new server campaign NAME copied from a new demo file by `saylau init-server --from`, with a login for
    // each role (test_analyst, test_operator, test_coordinator), as HQ's administrator gives one to each person.
    QString demoWithRoles(const QString &name)
    {
        const QString file = m_dir.filePath(name + QStringLiteral(".db"));
        if (runSaylauLong({QStringLiteral("demo"), file}).exitCode != 0)
            qFatal("saylau demo %s failed", qPrintable(file));
        const QString url = serverDatabase(name);
        const CliRun init = runSaylauLong({QStringLiteral("init-server"), url, QStringLiteral("--from"), file});
        if (init.exitCode != 0 || !init.out.contains(QLatin1String("saylau_analyst")))
            qFatal("saylau init-server failed: %s", qPrintable(init.err));
        const QString made = PostgresTestServer::makeRoleLogins();
        if (!made.isEmpty())
            qFatal("cannot make the logins: %s", qPrintable(made));
        return url;
    }

    static std::unique_ptr<CampaignStore> openAs(const QString &name, const QString &user)
    {
        return CampaignStore::open(PostgresTestServer::address(name, user));
    }

    // Copies FILE to a new database NAME and back to a new file; returns the server address.
    QString copyToServerAndBack(const QString &file, const QString &name)
    {
        const QString url = serverDatabase(name);
        const CliRun there = runSaylauLong({QStringLiteral("copy"), file, url});
        if (there.exitCode != 0)
            qFatal("saylau copy to the server failed: %s", qPrintable(there.err));
        const QString back = m_dir.filePath(name + QStringLiteral("-back.db"));
        const CliRun home = runSaylauLong({QStringLiteral("copy"), url, back});
        if (home.exitCode != 0)
            qFatal("saylau copy back failed: %s", qPrintable(home.err));
        // The same counts and checksum both ways: everything after the first line's address.
        const auto verified = [](const QString &out) { return out.mid(out.indexOf(QLatin1String(": ")) + 2); };
        if (verified(there.out) != verified(home.out))
            qFatal("the copies differ:\n%s\n%s", qPrintable(there.out), qPrintable(home.out));
        return url;
    }

    // The demo's precinct protocols written out as import files, one per contest, source and observer copy, each
    // with a mapping that names every column's slot. Returns the arguments of one `saylau import` each (after
    // the campaign).
    QList<QStringList> demoAsImportFiles(const QString &demo)
    {
        const auto store = CampaignStore::open(demo, CampaignStore::Access::ReadOnly);
        QHash<qint64, TerritoryNode> nodes;
        for (const TerritoryNode &node : store->allTerritory())
            nodes.insert(node.id, node);
        // A QString, not the builder of one: the builder would refer to the argument after it is gone.
        const auto quoted = [](QString cell) -> QString {
            return QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        };
        QList<QStringList> imports;
        for (const Contest &contest : store->contests()) {
            QStringList header{QStringLiteral("region"), QStringLiteral("district"), QStringLiteral("precinct")};
            QJsonArray columns;
            for (const QString &target : std::as_const(header))
                columns.append(QJsonObject{{QStringLiteral("header"), target}, {QStringLiteral("target"), target}});
            for (int slot = 0; slot < contest.slotCount(); ++slot) {
                header.append(QStringLiteral("s%1").arg(slot));
                const QString key = contest.slotKey(slot);
                columns.append(QJsonObject{{QStringLiteral("header"), header.constLast()},
                                           {QStringLiteral("target"),
                                            contest.isPartySlot(slot)
                                                ? QStringLiteral("party:%1").arg(contest.ballot.at(slot - contest.lineCount()).position)
                                                : QStringLiteral("line:") + key}});
            }
            const QString mapping = m_dir.filePath(contest.id + QStringLiteral(".json"));
            QFile mappingFile(mapping);
            if (!mappingFile.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(mapping));
            mappingFile.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("saylau-column-mapping")},
                                                        {QStringLiteral("version"), 1},
                                                        {QStringLiteral("columns"), columns}})
                                  .toJson());
            QMap<std::pair<QString, QString>, QStringList> files;
            store->forEachProtocol(contest.id, std::nullopt, [&](const Protocol &p) {
                const TerritoryNode &precinct = nodes.value(p.territoryId);
                if (precinct.level != TerritoryNode::Level::Precinct)
                    return;
                const TerritoryNode &district = nodes.value(precinct.parentId);
                QStringList cells{quoted(nodes.value(district.parentId).name), quoted(district.name), quoted(precinct.code)};
                for (int slot = 0; slot < contest.slotCount(); ++slot)
                    cells.append(p.figures.has(slot) ? QString::number(p.figures.valueOr(slot, 0)) : QString());
                files[{sourceKindName(p.source), p.copy}].append(cells.join(QLatin1Char(',')));
            });
            for (auto it = files.cbegin(); it != files.cend(); ++it) {
                const QString csv = m_dir.filePath(QStringLiteral("%1-%2-%3.csv").arg(contest.id, it.key().first, it.key().second));
                QFile file(csv);
                if (!file.open(QIODevice::WriteOnly))
                    qFatal("cannot write %s", qPrintable(csv));
                file.write((header.join(QLatin1Char(',')) + QLatin1Char('\n') + it.value().join(QLatin1Char('\n'))
                            + QLatin1Char('\n')).toUtf8());
                QStringList arguments{csv, QStringLiteral("--contest"), contest.id, QStringLiteral("--source"),
                                      it.key().first, QStringLiteral("--mapping"), mapping, QStringLiteral("--quiet")};
                if (!it.key().second.isEmpty())
                    arguments << QStringLiteral("--copy") << it.key().second;
                imports.append(arguments);
            }
        }
        return imports;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = PostgresTestServer::problem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void demoAnalysesAreTheSameOnBothEngines()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(runSaylauLong({QStringLiteral("demo"), file}).exitCode, 0);
        const QString url = copyToServerAndBack(file, QStringLiteral("cli_demo"));
        QCOMPARE(runSaylauLong({QStringLiteral("contests"), url}).out, runSaylauLong({QStringLiteral("contests"), file}).out);
        for (const QString &contest :
             {QStringLiteral("mazhilis"), QStringLiteral("city-maslikhat"), QStringLiteral("oblast-maslikhat")}) {
            const QStringList named{QStringLiteral("--contest"), contest};
            compareOnBothEngines(QStringList{QStringLiteral("check")} + named, file, url);
            compareOnBothEngines(QStringList{QStringLiteral("diff")} + named, file, url);
            compareOnBothEngines(QStringList{QStringLiteral("report")} + named, file, url);
            compareOnBothEngines(QStringList{QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv")} + named,
                                 file, url);
            compareOnBothEngines(QStringList{QStringLiteral("diff"), QStringLiteral("--format"), QStringLiteral("json")} + named,
                                 file, url);
            compareOnBothEngines(QStringList{QStringLiteral("forensics")} + named, file, url);
        }
    }

    void demoImportedIntoEachEngineGivesTheSameAnalyses()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo-source.db"));
        QCOMPARE(runSaylauLong({QStringLiteral("demo"), demo}).exitCode, 0);
        const QList<QStringList> imports = demoAsImportFiles(demo);
        QVERIFY(imports.size() >= 6);
        const QString file = saylau::test::initCampaign(m_dir.filePath(QStringLiteral("demo-imported.db")),
                                                        QStringLiteral("kz-2021"));
        const QString url = serverDatabase(QStringLiteral("cli_demo_import"));
        const CliRun init = runSaylauLong({QStringLiteral("init-server"), url, QStringLiteral("--preset"), QStringLiteral("kz-2021")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        for (const QStringList &arguments : imports) {
            const CliRun intoFile = runSaylauLong(QStringList{QStringLiteral("import"), file} + arguments);
            QVERIFY2(intoFile.exitCode == 0, qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + intoFile.err));
            const CliRun intoServer = runSaylauLong(QStringList{QStringLiteral("import"), url} + arguments);
            QVERIFY2(intoServer.exitCode == 0, qPrintable(intoServer.err));
            QCOMPARE(intoServer.out, intoFile.out);
        }
        for (const QString &contest : DemoCampaign::contestIds()) {
            const QStringList named{QStringLiteral("--contest"), contest};
            compareOnBothEngines(QStringList{QStringLiteral("check")} + named, file, url);
            compareOnBothEngines(QStringList{QStringLiteral("diff")} + named, file, url);
            compareOnBothEngines(QStringList{QStringLiteral("report")} + named, file, url);
            compareOnBothEngines(QStringList{QStringLiteral("forensics")} + named, file, url);
        }
        // Every protocol of the demo arrived: the imported campaigns count what the demo counts.
        const auto source = CampaignStore::open(demo, CampaignStore::Access::ReadOnly);
        const auto imported = CampaignStore::open(url, CampaignStore::Access::ReadOnly);
        for (const QString &contest : DemoCampaign::contestIds())
            QCOMPARE(imported->protocolCount(contest, SourceKind::Observer), source->protocolCount(contest, SourceKind::Observer));
    }

    void copyRefusesATargetThatHoldsSomething()
    {
        const QString file = m_dir.filePath(QStringLiteral("small.db"));
        QCOMPARE(runSaylauLong({QStringLiteral("demo"), file}).exitCode, 0);
        const QString url = serverDatabase(QStringLiteral("cli_taken"));
        QCOMPARE(runSaylauLong({QStringLiteral("copy"), file, url}).exitCode, 0);
        const CliRun again = runSaylauLong({QStringLiteral("copy"), file, url});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QLatin1String("not an empty database")), qPrintable(again.err));
        const CliRun onFile = runSaylauLong({QStringLiteral("copy"), url, file});
        QCOMPARE(onFile.exitCode, 2);
        QVERIFY2(onFile.err.contains(QLatin1String("already exists")), qPrintable(onFile.err));
    }

    // What `saylau init-server` needs of its user is asked for before the campaign is filled, and a refusal leaves
    // the database as empty as it was, not a campaign without roles that a second run refuses as not empty.
    void initServerMissingRightsLeavesTheDatabaseEmpty()
    {
        const QString roles = PostgresTestServer::runSql(
            QStringLiteral("postgres"),
            {QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'test_hq_owner') THEN"
                            " CREATE ROLE test_hq_owner LOGIN; END IF; END $$")});
        QVERIFY2(roles.isEmpty(), qPrintable(roles));
        // Empty: the server's error names the tables left, if any.
        const auto emptyCheck = QStringLiteral(
            "DO $$ BEGIN IF EXISTS (SELECT FROM information_schema.tables WHERE table_schema = 'public') THEN"
            " RAISE EXCEPTION 'tables left: %', (SELECT string_agg(table_name, ', ') FROM information_schema.tables"
            " WHERE table_schema = 'public'); END IF; END $$");

        // A database its user may create tables in but does not own: it cannot set the campaign's rights.
        serverDatabase(QStringLiteral("cli_not_owned"));
        const QString grant = PostgresTestServer::runSql(QStringLiteral("cli_not_owned"),
                                                         {QStringLiteral("GRANT CREATE ON SCHEMA public TO test_hq_owner")});
        QVERIFY2(grant.isEmpty(), qPrintable(grant));
        const QString notOwned = PostgresTestServer::address(QStringLiteral("cli_not_owned"), QStringLiteral("test_hq_owner"));
        const QStringList preset{QStringLiteral("--preset"), QStringLiteral("kz-2021")};
        const CliRun refused = runSaylauLong(QStringList{QStringLiteral("init-server"), notOwned} + preset);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("test_hq_owner does not own the database cli_not_owned (postgres "
                                                    "does)")),
                 qPrintable(refused.err));
        QVERIFY2(!refused.out.contains(QLatin1String("Created")), qPrintable(refused.out));
        const QString left = PostgresTestServer::runSql(QStringLiteral("cli_not_owned"), {emptyCheck});
        QVERIFY2(left.isEmpty(), qPrintable(left));

        // Its own database, and the roles made by the server's administrator beforehand: no right to create
        // roles is needed then. A second run is refused as not empty, naming one table once.
        serverDatabase(QStringLiteral("cli_owned"));
        const QString owned = PostgresTestServer::runSql(
            QStringLiteral("postgres"),
            {QStringLiteral("ALTER DATABASE cli_owned OWNER TO test_hq_owner"),
             QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'saylau_analyst') THEN"
                            " CREATE ROLE saylau_analyst NOLOGIN; END IF;"
                            " IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'saylau_operator') THEN"
                            " CREATE ROLE saylau_operator NOLOGIN; END IF;"
                            " IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'saylau_coordinator') THEN"
                            " CREATE ROLE saylau_coordinator NOLOGIN; END IF; END $$")});
        QVERIFY2(owned.isEmpty(), qPrintable(owned));
        const QString ownAddress = PostgresTestServer::address(QStringLiteral("cli_owned"), QStringLiteral("test_hq_owner"));
        const CliRun made = runSaylauLong(QStringList{QStringLiteral("init-server"), ownAddress} + preset);
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const CliRun again = runSaylauLong(QStringList{QStringLiteral("init-server"), ownAddress} + preset);
        QCOMPARE(again.exitCode, 2);
        const QRegularExpressionMatch held =
            QRegularExpression(QStringLiteral("not an empty database \\(it holds \\d+ table.*, (\\w+) among them\\)"))
                .match(again.err);
        QVERIFY2(held.hasMatch(), qPrintable(again.err));
        QVERIFY2(!again.err.contains(held.captured(1) + QLatin1Char(' ') + held.captured(1)), qPrintable(again.err));
    }

    void rolesAreEnforcedByTheServer()
    {
        demoWithRoles(QStringLiteral("cli_roles"));
        const auto as = [](const QString &user) { return openAs(QStringLiteral("cli_roles"), user); };

        // Opened for writing on the client's side: the server is what refuses.
        const auto analyst = as(QStringLiteral("test_analyst"));
        const std::optional<Protocol> stored = analyst->protocol(1);
        QVERIFY(stored);
        QVERIFY(analyst->protocolCount(QStringLiteral("mazhilis"), std::nullopt) > 0);
        // A real change: saving identical figures writes nothing, so it would prove nothing.
        Protocol changed = *stored;
        changed.figures.set(0, changed.figures.valueOr(0, 0) + 1);
        const QString analystWrite = refusal([&] { analyst->saveProtocol(changed); });
        QVERIFY2(analystWrite.contains(QLatin1String("permission denied")), qPrintable(analystWrite));
        QVERIFY(!refusal([&] { analyst->setElection(Election{}); }).isEmpty());
        QCOMPARE(analyst->protocol(1)->revision, stored->revision);

        const auto operatorStore = as(QStringLiteral("test_operator"));
        QCOMPARE(refusal([&] { operatorStore->saveProtocol(changed); }), QString());
        QCOMPARE(operatorStore->protocol(1)->revision, stored->revision + 1);
        const QString operatorTerritory = refusal([&] {
            operatorStore->addTerritory({0, 0, TerritoryNode::Level::Region, QStringLiteral("99"), QStringLiteral("New"), {}, false});
        });
        QVERIFY2(operatorTerritory.contains(QLatin1String("permission denied")), qPrintable(operatorTerritory));

        const auto coordinator = as(QStringLiteral("test_coordinator"));
        QCOMPARE(refusal([&] {
                     coordinator->addTerritory(
                         {0, 0, TerritoryNode::Level::Region, QStringLiteral("99"), QStringLiteral("New"), {}, false});
                 }),
                 QString());
        // Reading commands work for the analyst as for anyone.
        const CliRun report = runSaylauLong({QStringLiteral("report"),
                                         PostgresTestServer::address(QStringLiteral("cli_roles"), QStringLiteral("test_analyst")),
                                         QStringLiteral("--contest"), QStringLiteral("mazhilis")});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    }

    // Confirming (a blind second entry reconciled into a verified protocol) is the coordinator's right: the
    // server refuses it to an operator, who still saves and types second entries, however the operator writes
    // (through the program or with plain SQL); an analyst writes nothing at all.
    void confirmingIsTheCoordinatorsRight()
    {
        const QString name = QStringLiteral("cli_confirm");
        demoWithRoles(name);
        const auto operatorStore = openAs(name, QStringLiteral("test_operator"));
        EntryStore operatorEntries(*operatorStore);
        const std::optional<Protocol> stored = operatorStore->protocol(1);
        QVERIFY(stored);
        QCOMPARE(stored->source, SourceKind::Observer);

        // The operator's save works, and so does another operator's blind second entry.
        Protocol typed = *stored;
        typed.figures.set(0, typed.figures.valueOr(0, 0) + 1);
        Protocol saved;
        QCOMPARE(refusal([&] { saved = operatorEntries.save(typed, QStringLiteral("Айгерим")); }), QString());
        QCOMPARE(saved.revision, stored->revision + 1);
        QCOMPARE(refusal([&] { operatorEntries.saveSecondEntry(saved.id, QStringLiteral("Бауыржан"), saved.figures); }),
                 QString());

        // Confirming it is refused, saying why, and changes nothing.
        const QString confirm = refusal([&] { operatorEntries.verify(saved, saved.figures, QStringLiteral("Бауыржан")); });
        QVERIFY2(confirm.startsWith(QLatin1String("confirming the protocol was refused by the server: your role on it "
                                                  "has no right to do this (only a coordinator may confirm a protocol")),
                 qPrintable(confirm));
        QCOMPARE(operatorEntries.status(saved.id), EntryStatus::Entered);
        QCOMPARE(operatorStore->protocol(saved.id)->revision, saved.revision);
        QCOMPARE(operatorEntries.secondEntries(saved.id).size(), 1);
        // Nor can the operator confirm by hand, in the protocol or in its history.
        const QString direct = PostgresTestServer::runSql(
            name, {QStringLiteral("SET ROLE test_operator"),
                   QStringLiteral("UPDATE protocol SET entry_status = 'verified' WHERE id = %1").arg(saved.id)});
        QVERIFY2(direct.contains(QLatin1String("only a coordinator may confirm a protocol")), qPrintable(direct));
        const QString forged = PostgresTestServer::runSql(
            name, {QStringLiteral("SET ROLE test_operator"),
                   QStringLiteral("INSERT INTO protocol_history (id, protocol_id, revision, saved_at, saved_by, action,"
                                  " changes, figures) SELECT max(id) + 1, %1, 99, '', 'x', 'verify', '[]', '{}'"
                                  " FROM protocol_history")
                       .arg(saved.id)});
        QVERIFY2(forged.contains(QLatin1String("only a coordinator may confirm a protocol")), qPrintable(forged));

        // The analyst can neither save nor confirm.
        const auto analystStore = openAs(name, QStringLiteral("test_analyst"));
        EntryStore analystEntries(*analystStore);
        QVERIFY(refusal([&] { analystEntries.save(saved, QStringLiteral("Ержан")); }).contains(QLatin1String("permission denied")));
        QVERIFY(refusal([&] { analystEntries.verify(saved, saved.figures, QStringLiteral("Ержан")); })
                    .contains(QLatin1String("refused by the server")));

        // The coordinator confirms; afterwards the operator may still save the confirmed figures unchanged
        // (the protocol stays verified) or correct one (it is merely entered again).
        const auto coordinatorStore = openAs(name, QStringLiteral("test_coordinator"));
        EntryStore coordinatorEntries(*coordinatorStore);
        Protocol verified;
        QCOMPARE(refusal([&] { verified = coordinatorEntries.verify(saved, saved.figures, QStringLiteral("Сауле")); }),
                 QString());
        QCOMPARE(coordinatorEntries.status(verified.id), EntryStatus::Verified);
        QVERIFY(coordinatorEntries.secondEntries(verified.id).isEmpty());
        Protocol kept;
        QCOMPARE(refusal([&] { kept = operatorEntries.save(verified, QStringLiteral("Айгерим")); }), QString());
        QCOMPARE(operatorEntries.status(kept.id), EntryStatus::Verified);
        kept.figures.set(0, kept.figures.valueOr(0, 0) + 1);
        QCOMPARE(refusal([&] { operatorEntries.save(kept, QStringLiteral("Айгерим")); }), QString());
        QCOMPARE(operatorEntries.status(kept.id), EntryStatus::Entered);
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "TestServerCli.moc"
