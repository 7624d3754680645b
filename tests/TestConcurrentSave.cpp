#include "EntryFixture.h"

#include "domain/SaveConflict.h"
#include "entry/EntryStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saylau;

// Two copies of the program on one campaign file (a shared folder in a regional office): each has its own
// connection. The second of two saves based on the same revision is refused with a conflict naming who saved
// first, the first save stays as it was, and a save based on the re-read protocol goes through.
class TestConcurrentSave : public QObject
{
    Q_OBJECT

private slots:
    void staleSaveFromAnotherConnectionIsRefused();
    void simultaneousFirstEntriesDoNotOverwriteEachOther();
};

void TestConcurrentSave::staleSaveFromAnotherConnectionIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.db"));
    EntryFixture fixture = EntryFixture::create(path);
    EntryStore(*fixture.store).save(EntryFixture::consistentProtocol(fixture.precincts.at(0)), QStringLiteral("setup"));
    fixture.store.reset();

    auto office = CampaignStore::open(path);
    auto laptop = CampaignStore::open(path);
    EntryStore officeEntries(*office);
    EntryStore laptopEntries(*laptop);
    const ProtocolKey key = ProtocolKey::of(EntryFixture::consistentProtocol(fixture.precincts.at(0)));

    Protocol atOffice = *officeEntries.find(key);
    Protocol onLaptop = *laptopEntries.find(key);
    QCOMPARE(atOffice.revision, onLaptop.revision);

    atOffice.figures.set(4, 11);
    officeEntries.save(atOffice, QStringLiteral("Айгерим"));

    onLaptop.figures.set(4, 12);
    try {
        laptopEntries.save(onLaptop, QStringLiteral("Бауыржан"));
        QFAIL("the laptop's stale save overwrote the office's");
    } catch (const SaveConflict &conflict) {
        QCOMPARE(conflict.storedBy(), QStringLiteral("Айгерим"));
        QCOMPARE(conflict.storedRevision(), 2);
    }
    QCOMPARE(officeEntries.find(key)->figures.value(4), std::optional<qint64>(11));

    // Re-read, decide, save again: now based on the office's revision.
    Protocol reread = *laptopEntries.find(key);
    reread.figures.set(4, 12);
    const Protocol saved = laptopEntries.save(reread, QStringLiteral("Бауыржан"));
    QCOMPARE(saved.revision, 3);
    QCOMPARE(officeEntries.history(saved.id).size(), 3);
}

void TestConcurrentSave::simultaneousFirstEntriesDoNotOverwriteEachOther()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.db"));
    EntryFixture fixture = EntryFixture::create(path);
    auto other = CampaignStore::open(path);
    EntryStore one(*fixture.store);
    EntryStore two(*other);

    Protocol first = EntryFixture::consistentProtocol(fixture.precincts.at(1));
    Protocol second = first;
    second.figures.set(0, 1400);
    one.save(first, QStringLiteral("Айгерим"));
    QVERIFY_THROWS_EXCEPTION(SaveConflict, two.save(second, QStringLiteral("Бауыржан")));
    QCOMPARE(two.find(ProtocolKey::of(first))->figures.value(0), std::optional<qint64>(1500));
}

QTEST_GUILESS_MAIN(TestConcurrentSave)
#include "TestConcurrentSave.moc"
