// The sums kept for the desktop program (analysis/TotalsCache, Aggregator::replacePrecinct) after every kind of
// change are exactly the sums of a read from scratch (Aggregator::fromStore), node by node: a figure changed, a
// copy added that counts or that does not, a protocol where there was none, a published total changed, a save by
// another connection announced as a server relays it, and one nobody announced.

#include "analysis/Aggregator.h"
#include "analysis/TotalsCache.h"
#include "domain/Protocol.h"
#include "io/DemoCampaign.h"
#include "storage/CampaignNotifier.h"
#include "storage/CampaignStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using namespace Qt::StringLiterals;

namespace {

const QString contestId = u"mazhilis"_s;

// The first difference between two totals, empty when there is none.
QString difference(const Totals &kept, const Totals &fresh)
{
    if (kept.protocols != fresh.protocols || kept.precincts != fresh.precincts || kept.published != fresh.published
        || kept.isEmpty() != fresh.isEmpty())
        return u"protocols %1/%2, precincts %3/%4, published %5/%6"_s.arg(kept.protocols)
            .arg(fresh.protocols)
            .arg(kept.precincts)
            .arg(fresh.precincts)
            .arg(kept.published)
            .arg(fresh.published);
    for (int slot = 0; slot < std::max(kept.slotCount(), fresh.slotCount()); ++slot) {
        if (kept.slot(slot) != fresh.slot(slot) || kept.slotCoverage(slot) != fresh.slotCoverage(slot))
            return u"slot %1: %2/%3"_s.arg(slot).arg(kept.slot(slot).value_or(-1)).arg(fresh.slot(slot).value_or(-1));
    }
    for (Measure measure : allMeasures) {
        if (kept.measure(measure) != fresh.measure(measure) || kept.measureCoverage(measure) != fresh.measureCoverage(measure))
            return u"measure %1: %2/%3"_s.arg(int(measure))
                .arg(kept.measure(measure).value_or(-1))
                .arg(fresh.measure(measure).value_or(-1));
    }
    return {};
}

// Every node's totals, the contest's and the copies left out, kept against read, for both sources; empty when
// they are the same.
QString differenceFromScratch(TotalsCache &cache, const CampaignStore &store)
{
    for (SourceKind source : {SourceKind::Observer, SourceKind::Official}) {
        const Aggregator &kept = cache.aggregator(contestId, source);
        const Aggregator fresh = Aggregator::fromStore(store, contestId, source);
        const QString side = sourceKindName(source);
        if (kept.skippedCopies() != fresh.skippedCopies() || kept.orphanProtocols() != fresh.orphanProtocols())
            return u"%1: copies left out %2/%3"_s.arg(side).arg(kept.skippedCopies()).arg(fresh.skippedCopies());
        if (const QString d = difference(kept.grandTotal(), fresh.grandTotal()); !d.isEmpty())
            return u"%1, the contest: %2"_s.arg(side, d);
        for (const TerritoryNode &node : fresh.tree()) {
            if (const QString d = difference(kept.totals(node.id), fresh.totals(node.id)); !d.isEmpty())
                return u"%1, node %2 (%3): %4"_s.arg(side).arg(node.id).arg(node.name, d);
        }
    }
    return {};
}

// Saved as the entry window saves, and announced as it announces.
void saveAndAnnounce(CampaignStore &store, const Protocol &protocol)
{
    store.saveProtocol(protocol);
    store.notifier().announceProtocolSaved(protocol.contestId, protocol.territoryId);
}

Protocol withFiguresRaised(Protocol protocol, qint64 by)
{
    for (int slot = 0; slot < protocol.figures.size(); ++slot) {
        if (const auto value = protocol.figures.value(slot))
            protocol.figures.set(slot, *value + by);
    }
    return protocol;
}

// A new protocol like the given one, at a precinct and with a copy label of its own.
Protocol another(const Protocol &like, qint64 territoryId, const QString &copy, qint64 raisedBy)
{
    Protocol protocol = withFiguresRaised(like, raisedBy);
    protocol.id = 0;
    protocol.revision = 0;
    protocol.territoryId = territoryId;
    protocol.copy = copy;
    return protocol;
}

} // namespace

class TestTotalsCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void savesAreSummedAsAReadFromScratchWould();
    void publishedTotalChangedIsReadAgain();
    void saveAnnouncedByAnotherProgramIsSummedIn();
    void commitByAnotherConnectionUnannouncedIsSeen();

private:
    // The first precinct of the contest with a protocol of this source, and one with no protocol at all.
    Protocol firstProtocol(SourceKind source) const;
    qint64 precinctWithoutProtocol() const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CampaignStore> m_store;
};

void TestTotalsCache::init()
{
    QVERIFY(m_dir.isValid());
    m_store.reset();
    m_path = m_dir.filePath(u"demo-%1.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    DemoCampaign::create(m_path);
    m_store = CampaignStore::open(m_path);
}

Protocol TestTotalsCache::firstProtocol(SourceKind source) const
{
    for (const TerritoryNode &node : m_store->allTerritory()) {
        if (node.level != TerritoryNode::Level::Precinct)
            continue;
        for (const Protocol &protocol : m_store->protocolsAt(node.id, contestId)) {
            if (protocol.source == source)
                return protocol;
        }
    }
    return {};
}

qint64 TestTotalsCache::precinctWithoutProtocol() const
{
    for (const TerritoryNode &node : m_store->allTerritory()) {
        if (node.level == TerritoryNode::Level::Precinct && m_store->protocolsAt(node.id, contestId).isEmpty())
            return node.id;
    }
    return 0;
}

void TestTotalsCache::savesAreSummedAsAReadFromScratchWould()
{
    TotalsCache cache(*m_store);
    QCOMPARE(differenceFromScratch(cache, *m_store), QString());

    const Protocol official = firstProtocol(SourceKind::Official);
    QVERIFY(official.id);
    saveAndAnnounce(*m_store, withFiguresRaised(official, 7));
    QCOMPARE(differenceFromScratch(cache, *m_store), QString());

    // A second copy of an observed precinct sorts after the first: it is not summed, only counted as left out.
    const Protocol observed = firstProtocol(SourceKind::Observer);
    QVERIFY(observed.id);
    saveAndAnnounce(*m_store, another(observed, observed.territoryId, u"z"_s, 3));
    QCOMPARE(differenceFromScratch(cache, *m_store), QString());
    QCOMPARE(cache.aggregator(contestId, SourceKind::Observer).skippedCopies(), 1);

    // A copy that sorts first is the one summed from now on.
    saveAndAnnounce(*m_store, another(observed, observed.territoryId, u"!"_s, 11));
    QCOMPARE(differenceFromScratch(cache, *m_store), QString());
    QCOMPARE(cache.aggregator(contestId, SourceKind::Observer).skippedCopies(), 2);

    // The first protocol of a precinct that had none.
    const qint64 empty = precinctWithoutProtocol();
    QVERIFY(empty);
    const Protocol arrived = another(observed, empty, observed.copy, 0);
    saveAndAnnounce(*m_store, arrived);
    QCOMPARE(differenceFromScratch(cache, *m_store), QString());
}

void TestTotalsCache::publishedTotalChangedIsReadAgain()
{
    TotalsCache cache(*m_store);
    QVERIFY(cache.aggregator(contestId, SourceKind::Official).grandTotal().published);
    // The demo's country-wide official result: a node with nodes below it, whose own figures stand for them.
    std::optional<Protocol> published;
    for (const Protocol &protocol : m_store->protocolsAt(m_store->allTerritory().constFirst().id, contestId)) {
        if (protocol.source == SourceKind::Official)
            published = protocol;
    }
    QVERIFY(published);
    saveAndAnnounce(*m_store, withFiguresRaised(*published, 1000));
    QCOMPARE(differenceFromScratch(cache, *m_store), QString());
}

void TestTotalsCache::saveAnnouncedByAnotherProgramIsSummedIn()
{
    TotalsCache cache(*m_store);
    QCOMPARE(differenceFromScratch(cache, *m_store), QString());
    const Protocol official = firstProtocol(SourceKind::Official);
    QVERIFY(official.id);
    {
        const std::unique_ptr<CampaignStore> other = CampaignStore::open(m_path);
        other->saveProtocol(withFiguresRaised(official, 5));
    }
    // What relayChanges() does with a server's NOTIFY from another program.
    m_store->notifier().hear(u"protocols %1 %2"_s.arg(official.territoryId).arg(contestId));
    QCOMPARE(differenceFromScratch(cache, *m_store), QString());
}

void TestTotalsCache::commitByAnotherConnectionUnannouncedIsSeen()
{
    TotalsCache cache(*m_store);
    const Protocol official = firstProtocol(SourceKind::Official);
    QVERIFY(official.id);
    const Totals kept = cache.aggregator(contestId, SourceKind::Official).totals(official.territoryId);
    {
        // A CLI import beside the desktop program: a file's commit that no one announces here.
        const std::unique_ptr<CampaignStore> other = CampaignStore::open(m_path);
        other->saveProtocol(withFiguresRaised(official, 5));
    }
    QCOMPARE(differenceFromScratch(cache, *m_store), QString());
    QVERIFY(!difference(kept, cache.aggregator(contestId, SourceKind::Official).totals(official.territoryId)).isEmpty());
}

QTEST_GUILESS_MAIN(TestTotalsCache)
#include "TestTotalsCache.moc"
