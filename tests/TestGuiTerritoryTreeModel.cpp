#include "analysis/TotalsCache.h"
#include "navigator/TerritoryTreeModel.h"
#include "storage/CampaignStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;

// The navigator's model on a country the size of Russia's 2011 election: 100,000 precincts with a protocol each,
// under 80 regions of 25 TIKs each. It must open and expand as fast as a small campaign, because it reads only what is shown.
class TestGuiTerritoryTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensAndExpandsLazilyWithAHundredThousandPrecincts();
    void revealsALongListOfChildrenInBatches();

private:
    static constexpr int Regions = 80;
    static constexpr int TiksPerRegion = 25;
    static constexpr int PrecinctsPerTik = 50;

    QTemporaryDir m_dir;
    std::unique_ptr<CampaignStore> m_store;
    qint64 m_bigTik = 0;
};

void TestGuiTerritoryTreeModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = CampaignStore::create(m_dir.filePath(QStringLiteral("large.db")));
    using Level = TerritoryNode::Level;
    CampaignStore::Transaction transaction(*m_store);
    Contest contest;
    contest.id = QStringLiteral("duma");
    contest.name = QStringLiteral("Duma");
    contest.form = ProtocolForm::fromJson(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("one-line")},
        {QStringLiteral("name"), QStringLiteral("One line")},
        {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("1")},
                                                         {QStringLiteral("label"), QStringLiteral("Voters")}}}},
        {QStringLiteral("measures"), QJsonObject{{QStringLiteral("voters"), QStringLiteral("1")},
                                                 {QStringLiteral("cast"), QStringLiteral("1")}}}});
    m_store->addContest(contest);
    const qint64 country = m_store->addTerritory({0, 0, Level::Country, QStringLiteral("RU"), QStringLiteral("Russia"), {}});
    for (int r = 1; r <= Regions; ++r) {
        const qint64 region = m_store->addTerritory(
            {0, country, Level::Region, QString::number(r), QStringLiteral("Region %1").arg(r), {}});
        for (int t = 1; t <= TiksPerRegion; ++t) {
            const qint64 tik = m_store->addTerritory(
                {0, region, Level::District, QString::number(t), QStringLiteral("TIK %1-%2").arg(r).arg(t), {}});
            for (int p = 1; p <= PrecinctsPerTik; ++p) {
                Protocol protocol;
                protocol.contestId = contest.id;
                protocol.territoryId =
                    m_store->addTerritory({0, tik, Level::Precinct, QString::number((r * 100 + t) * 100 + p), {}, {}});
                protocol.figures = Figures(contest.slotCount());
                protocol.figures.set(0, 1000);
                m_store->saveProtocol(protocol);
            }
        }
    }
    // One TIK far larger than the rest, to see the batches.
    m_bigTik = m_store->addTerritory({0, country, Level::District, QStringLiteral("X"), QStringLiteral("Abroad"), {}});
    for (int p = 1; p <= 1200; ++p)
        m_store->addTerritory({0, m_bigTik, Level::Precinct, QStringLiteral("9%1").arg(p), {}, {}});
    transaction.commit();
}

void TestGuiTerritoryTreeModel::opensAndExpandsLazilyWithAHundredThousandPrecincts()
{
    TotalsCache totals(*m_store);
    TerritoryTreeModel model(totals, QStringLiteral("duma"));
    model.fetchMore({});
    const QModelIndex country = model.index(0, 0);
    model.fetchMore(country);
    const QModelIndex region = model.index(0, 0, country);
    model.fetchMore(region);
    model.fetchMore(model.index(0, 0, region));
    // Only what was opened is read: the other regions and TIKs wait until the user opens them.
    QVERIFY(model.canFetchMore(model.index(1, 0, country)));
    QVERIFY(model.canFetchMore(model.index(1, 0, region)));

    QCOMPARE(country.data(TerritoryTreeModel::PrecinctCountRole).toInt(), Regions * TiksPerRegion * PrecinctsPerTik + 1200);
    QCOMPARE(region.data(TerritoryTreeModel::PrecinctCountRole).toInt(), TiksPerRegion * PrecinctsPerTik);
    // Every precinct but those abroad has a protocol.
    QCOMPARE(country.data(TerritoryTreeModel::ReportedCountRole).toInt(), Regions * TiksPerRegion * PrecinctsPerTik);
    QCOMPARE(model.rowCount(country), Regions + 1);
    QCOMPARE(model.rowCount(model.index(0, 0, region)), PrecinctsPerTik);
}

void TestGuiTerritoryTreeModel::revealsALongListOfChildrenInBatches()
{
    TotalsCache totals(*m_store);
    TerritoryTreeModel model(totals, QString());
    model.fetchMore({});
    const QModelIndex country = model.index(0, 0);
    model.fetchMore(country);
    const QModelIndex abroad = model.index(model.rowCount(country) - 1, 0, country);
    QCOMPARE(abroad.data().toString(), QStringLiteral("Abroad"));
    model.fetchMore(abroad);
    QCOMPARE(model.rowCount(abroad), TerritoryTreeModel::FetchBatchSize);
    QVERIFY(model.canFetchMore(abroad));
    while (model.canFetchMore(abroad))
        model.fetchMore(abroad);
    QCOMPARE(model.rowCount(abroad), 1200);
    QCOMPARE(model.index(1199, 0, abroad).data().toString(), QStringLiteral("Precinct No. 91200"));
}

QTEST_MAIN(TestGuiTerritoryTreeModel)
#include "TestGuiTerritoryTreeModel.moc"
