// Headquarters on a server exchanging packages with an office (issue 14): a package merges into a server campaign
// as into a file (the same protocols, history, photos, revisions and conflicts), headquarters packs from the
// server as from a file, and the server refuses the exchange to a role that is not a coordinator's.

#include "ExchangeState.h"
#include "PostgresTestServer.h"
#include "ServerComparison.h"
#include "TestHelpers.h"

#include "domain/SaylauError.h"
#include "entry/EntryStore.h"
#include "storage/AttachmentStore.h"
#include "storage/CampaignCopy.h"
#include "storage/CampaignStore.h"
#include "storage/ExchangeLedger.h"
#include "storage/HistoryChain.h"
#include "storage/OfficeKit.h"
#include "storage/PackageMerger.h"
#include "storage/PackageWriter.h"
#include "storage/TerritoryEditor.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace saylau;
using saylau::test::CliRun;
using saylau::test::PostgresTestServer;
using saylau::test::runSaylauLong;
using saylau::test::serverDatabase;
using saylau::test::stateOf;

class TestServerExchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aPackageMergesIntoAServerAsIntoAFile();
    void onlyACoordinatorExchanges();

private:
    // A demo campaign made headquarters, an office's kit issued from it with the office's work in it (a
    // protocol headquarters typed differently, a photo larger than a slice of the server's reads, a new
    // precinct, a renamed one), and the office's package. Headquarters' own changes are captured before it
    // returns, so that a copy of it names them with the same uids.
    struct Exchange
    {
        std::unique_ptr<CampaignStore> headquarters;
        QString office;
        QString package;
    };
    Exchange prepare(const QString &name);
    static Protocol firstProtocol(CampaignStore &store);

    QTemporaryDir m_dir;
};

void TestServerExchange::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString problem = PostgresTestServer::problem();
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
}

Protocol TestServerExchange::firstProtocol(CampaignStore &store)
{
    const QString contest = store.contests().constFirst().id;
    std::optional<Protocol> first;
    store.forEachProtocol(contest, SourceKind::Observer, [&](const Protocol &protocol) {
        if (!first)
            first = protocol;
    });
    if (!first)
        qFatal("the demo has no observer protocol");
    return *first;
}

TestServerExchange::Exchange TestServerExchange::prepare(const QString &name)
{
    Exchange exchange;
    const QString hqPath = m_dir.filePath(name + QStringLiteral("-hq.db"));
    if (runSaylauLong({QStringLiteral("demo"), hqPath}).exitCode != 0)
        qFatal("saylau demo %s failed", qPrintable(hqPath));
    exchange.headquarters = CampaignStore::open(hqPath);
    CampaignStore &hq = *exchange.headquarters;
    exchange.office = m_dir.filePath(name + QStringLiteral("-office.db"));
    OfficeKit::issue(hq, QStringLiteral("almaty"), {}, exchange.office);

    // The same protocol typed differently at headquarters and at the office: a conflict.
    Protocol atHq = firstProtocol(hq);
    atHq.figures.set(0, atHq.figures.value(0).value_or(0) + 7);
    EntryStore(hq).save(atHq, QStringLiteral("hq operator"));
    {
        CampaignStore::Transaction transaction(hq);
        ExchangeLedger(hq).capture();
        transaction.commit();
    }

    const auto office = CampaignStore::open(exchange.office);
    Protocol atOffice = firstProtocol(*office);
    atOffice.figures.set(0, atOffice.figures.value(0).value_or(0) + 3);
    atOffice.remarks = QStringLiteral("«қайта санау» \"recount\"\ttab\nline");
    EntryStore(*office).save(atOffice, QStringLiteral("Айгерим"));
    Attachment photo;
    photo.key = ProtocolKey::of(atOffice);
    photo.fileName = QStringLiteral("хаттама.jpg");
    photo.mimeType = QStringLiteral("image/jpeg");
    // Larger than two of the server's slices (1 MB) and not a whole number of them.
    photo.data.resize(2 * 1024 * 1024 + 12345);
    QRandomGenerator random(14);
    for (char &byte : photo.data)
        byte = char(random.bounded(256));
    photo.addedBy = QStringLiteral("Айгерим");
    AttachmentStore(*office).add(photo);
    TerritoryEditor editor(*office, QStringLiteral("Айгерим"));
    const TerritoryNode precinct = *office->territory(atOffice.territoryId);
    const TerritoryNode added = editor.add({0, precinct.parentId, TerritoryNode::Level::Precinct,
                                            QStringLiteral("9901"), {}, QStringLiteral("школа №1")});
    Protocol fresh;
    fresh.contestId = atOffice.contestId;
    fresh.territoryId = added.id;
    fresh.source = atOffice.source;
    fresh.copy = atOffice.copy;
    fresh.figures = atOffice.figures;
    EntryStore(*office).save(fresh, QStringLiteral("Айгерим"));
    editor.rename(precinct.id, precinct.code, precinct.name + QStringLiteral(" (renamed)"), QStringLiteral("new address"));

    exchange.package = m_dir.filePath(name + QStringLiteral(".saylau-package"));
    PackageWriter(*office).write(exchange.package, QStringLiteral("headquarters"), false);
    return exchange;
}

void TestServerExchange::aPackageMergesIntoAServerAsIntoAFile()
{
    Exchange exchange = prepare(QStringLiteral("alike"));
    CampaignStore &file = *exchange.headquarters;
    const QString url = serverDatabase(QStringLiteral("exchange_alike"));
    CampaignCopy::copy(file, url);
    const auto server = CampaignStore::open(url);
    QCOMPARE(stateOf(*server), stateOf(file));

    const QList<PackageMerger::Summary> intoFile = PackageMerger(file).merge({exchange.package});
    const QList<PackageMerger::Summary> intoServer = PackageMerger(*server).merge({exchange.package});
    const auto counts = [](const PackageMerger::Summary &s) {
        return QList<int>{s.newProtocols, s.updated, s.unchanged, s.conflicts, s.photos, s.history, s.territory,
                          s.territoryChanges};
    };
    QCOMPARE(counts(intoServer.constFirst()), counts(intoFile.constFirst()));
    QCOMPARE(intoServer.constFirst().photos, 1);
    QCOMPARE(intoServer.constFirst().conflicts, 1);
    QCOMPARE(intoServer.constFirst().setAside, intoFile.constFirst().setAside);

    // Protocols, territory, photos, revisions, history, conflicts: the same lines (stateOf), the same evidence
    // checksum, the history chain whole.
    const QStringList state = stateOf(file);
    QCOMPARE(stateOf(*server), state);
    QVERIFY(std::any_of(state.cbegin(), state.cend(), [](const QString &line) { return line.contains(QLatin1String("|conflict|")); }));
    QCOMPARE(CampaignCopy::measure(*server).checksum, CampaignCopy::measure(file).checksum);
    QVERIFY(!HistoryChain::verify(*server).broken);
    const auto photoDigest = [](CampaignStore &store) {
        QSqlQuery query(store.database());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!query.exec(QStringLiteral("SELECT data FROM protocol_attachment ORDER BY id")))
            return QByteArray("unreadable");
        while (query.next())
            hash.addData(query.value(0).toByteArray());
        return hash.result().toHex();
    };
    QCOMPARE(photoDigest(*server), photoDigest(file));
    // The same package again changes nothing.
    QCOMPARE(PackageMerger(*server).merge({exchange.package}).constFirst().unchanged, intoServer.constFirst().newProtocols
                                                                                       + intoServer.constFirst().updated);
    QCOMPARE(stateOf(*server), state);

    // `saylau conflicts` says the same on both.
    for (const QString &format : {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")}) {
        const CliRun onFile = runSaylauLong({QStringLiteral("conflicts"), file.path(), QStringLiteral("--format"), format});
        const CliRun onServer = runSaylauLong({QStringLiteral("conflicts"), url, QStringLiteral("--format"), format});
        QCOMPARE(onFile.exitCode, 1);
        QCOMPARE(onServer.exitCode, onFile.exitCode);
        QCOMPARE(onServer.out, onFile.out);
    }

    // Headquarters answers from the server as from the file: the office gets the same campaign either way.
    const QString fromFile = m_dir.filePath(QStringLiteral("answer-file.saylau-package"));
    const QString fromServer = m_dir.filePath(QStringLiteral("answer-server.saylau-package"));
    PackageWriter(file).write(fromFile, QStringLiteral("almaty"), false);
    const PackageWriter::Contents sent = PackageWriter(*server).write(fromServer, QStringLiteral("almaty"), true);
    QVERIFY(sent.protocols > 0);
    const QString officeA = m_dir.filePath(QStringLiteral("office-a.db"));
    const QString officeB = m_dir.filePath(QStringLiteral("office-b.db"));
    QVERIFY(QFile::copy(exchange.office, officeA));
    QVERIFY(QFile::copy(exchange.office, officeB));
    const auto a = CampaignStore::open(officeA);
    const auto b = CampaignStore::open(officeB);
    PackageMerger(*a).merge({fromFile});
    PackageMerger(*b).merge({fromServer});
    QCOMPARE(stateOf(*b), stateOf(*a));
    QCOMPARE(stateOf(*b), state);
}

void TestServerExchange::onlyACoordinatorExchanges()
{
    Exchange exchange = prepare(QStringLiteral("roles"));
    const QString hqFile = exchange.headquarters->path();
    exchange.headquarters.reset();
    const QString name = QStringLiteral("exchange_roles");
    const QString url = serverDatabase(name);
    const CliRun init = runSaylauLong({QStringLiteral("init-server"), url, QStringLiteral("--from"), hqFile});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const QString made = PostgresTestServer::makeRoleLogins();
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const auto owner = CampaignStore::open(url);
    const QStringList before = stateOf(*owner);

    // An operator and an analyst are refused by the server, saying whose work it is, and nothing changes.
    for (const QString &role : {QStringLiteral("test_operator"), QStringLiteral("test_analyst")}) {
        const CliRun merge = runSaylauLong({QStringLiteral("merge"), PostgresTestServer::address(name, role), exchange.package});
        QCOMPARE(merge.exitCode, 2);
        QVERIFY2(merge.err.contains(QLatin1String("coordinator")), qPrintable(merge.err));
        const CliRun pack = runSaylauLong({QStringLiteral("pack"), PostgresTestServer::address(name, role),
                                           QStringLiteral("--for"), QStringLiteral("almaty"), QStringLiteral("--out"),
                                           m_dir.filePath(QStringLiteral("refused.saylau-package"))});
        QCOMPARE(pack.exitCode, 2);
        QVERIFY2(pack.err.contains(QLatin1String("coordinator")), qPrintable(pack.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.saylau-package"))));
        QCOMPARE(stateOf(*owner), before);
    }
    // Even by hand, in SQL: the exchange's tables are not the operator's to write.
    const QString byHand = PostgresTestServer::runSql(
        name, {QStringLiteral("SET ROLE test_operator"),
               QStringLiteral("INSERT INTO exchange_parent (parent, child) SELECT uid, uid FROM exchange_revision LIMIT 1")});
    QVERIFY2(byHand.contains(QLatin1String("permission denied")), qPrintable(byHand));

    // A coordinator merges, and anyone may list the conflicts.
    const CliRun merged = runSaylauLong({QStringLiteral("merge"), PostgresTestServer::address(name, QStringLiteral("test_coordinator")),
                                         exchange.package});
    QVERIFY2(merged.exitCode == 1, qPrintable(merged.err + merged.out));
    QVERIFY2(merged.out.contains(QLatin1String("1 conflicts")), qPrintable(merged.out));
    const CliRun listed = runSaylauLong({QStringLiteral("conflicts"), PostgresTestServer::address(name, QStringLiteral("test_analyst"))});
    QCOMPARE(listed.exitCode, 1);
    QVERIFY2(listed.out.contains(QLatin1String("2 version")), qPrintable(listed.out));
}

QTEST_GUILESS_MAIN(TestServerExchange)
#include "TestServerExchange.moc"
