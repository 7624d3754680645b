#include "EntryFixture.h"
#include "TestEngine.h"

#include "domain/SaylauError.h"
#include "storage/AttachmentStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using saylau::test::TestEngine;

// Photos of paper protocols live inside the campaign (file or server): what goes in comes back byte for byte,
// listings do not drag the pictures along, and a copy of the file carries them.
class TestAttachmentStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void photoRoundTripsByteForByte();
    void aCopyOfTheFileCarriesThePhotos();
    void emptyFileIsRefused();

private:
    // A photo of 300,004 bytes on the first precinct of a new campaign at PATH; returns its id.
    static qint64 addPhoto(const QString &path, const QByteArray &bytes);
    static QByteArray everyByteValue();
};

void TestAttachmentStore::initTestCase()
{
    const QString problem = TestEngine::problem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QByteArray TestAttachmentStore::everyByteValue()
{
    // Every byte value, NUL included, as a picture's bytes would have: a BLOB, not text.
    QByteArray jpeg("\xFF\xD8\xFF\xE0", 4);
    for (int i = 0; i < 300000; ++i)
        jpeg.append(char(i * 7 % 256));
    return jpeg;
}

qint64 TestAttachmentStore::addPhoto(const QString &path, const QByteArray &bytes)
{
    EntryFixture fixture = EntryFixture::create(path);
    const ProtocolKey key = ProtocolKey::of(EntryFixture::consistentProtocol(fixture.precincts.at(0)));
    Attachment photo;
    photo.key = key;
    photo.fileName = QStringLiteral("протокол-101.jpg");
    photo.mimeType = QStringLiteral("image/jpeg");
    photo.data = bytes;
    photo.addedBy = QStringLiteral("Айгерим");
    const qint64 id = AttachmentStore(*fixture.store).add(photo);

    const QList<Attachment> listed = AttachmentStore(*fixture.store).list(key);
    if (listed.size() != 1 || listed.at(0).fileName != photo.fileName || listed.at(0).mimeType != photo.mimeType
        || listed.at(0).size != bytes.size() || listed.at(0).addedBy != photo.addedBy || !listed.at(0).addedAt.isValid()
        || !listed.at(0).data.isEmpty())
        return 0;
    return id;
}

void TestAttachmentStore::photoRoundTripsByteForByte()
{
    QTemporaryDir dir;
    const QString path = TestEngine::freshLocation(dir.path(), QStringLiteral("photos.db"));
    const QByteArray jpeg = everyByteValue();
    const qint64 id = addPhoto(path, jpeg);
    QVERIFY2(id != 0, "the listing does not name the photo as added, or drags its bytes along");
    QCOMPARE(AttachmentStore(*CampaignStore::open(path)).attachment(id).data, jpeg);
}

void TestAttachmentStore::aCopyOfTheFileCarriesThePhotos()
{
    SAYLAU_FILE_ONLY("a copy of the file's bytes (a server campaign travels by saylau copy: TestServerCli)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photos.db"));
    const QByteArray jpeg = everyByteValue();
    const qint64 id = addPhoto(path, jpeg);
    QVERIFY(id != 0);
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    QVERIFY(QFile::copy(path, copy));
    auto copied = CampaignStore::open(copy);
    QCOMPARE(AttachmentStore(*copied).attachment(id).data, jpeg);
}

void TestAttachmentStore::emptyFileIsRefused()
{
    QTemporaryDir dir;
    EntryFixture fixture = EntryFixture::create(TestEngine::freshLocation(dir.path(), QStringLiteral("empty.db")));
    Attachment empty;
    empty.key = ProtocolKey::of(EntryFixture::consistentProtocol(fixture.precincts.at(0)));
    empty.fileName = QStringLiteral("empty.jpg");
    QVERIFY_THROWS_EXCEPTION(SaylauError, AttachmentStore(*fixture.store).add(empty));
}

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "TestAttachmentStore.moc"
