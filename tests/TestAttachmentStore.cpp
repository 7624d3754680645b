#include "EntryFixture.h"

#include "domain/SaylauError.h"
#include "storage/AttachmentStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;

// Photos of paper protocols live inside the campaign file: what goes in comes back byte for byte, listings do
// not drag the pictures along, and a copy of the file carries them.
class TestAttachmentStore : public QObject
{
    Q_OBJECT

private slots:
    void photoRoundTripsAndTravelsWithTheFile();
    void emptyFileIsRefused();
};

void TestAttachmentStore::photoRoundTripsAndTravelsWithTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photos.db"));
    EntryFixture fixture = EntryFixture::create(path);
    const ProtocolKey key = ProtocolKey::of(EntryFixture::consistentProtocol(fixture.precincts.at(0)));

    // Every byte value, NUL included, as a picture's bytes would have: a BLOB, not text.
    QByteArray jpeg("\xFF\xD8\xFF\xE0", 4);
    for (int i = 0; i < 300000; ++i)
        jpeg.append(char(i * 7 % 256));

    Attachment photo;
    photo.key = key;
    photo.fileName = QStringLiteral("протокол-101.jpg");
    photo.mimeType = QStringLiteral("image/jpeg");
    photo.data = jpeg;
    photo.addedBy = QStringLiteral("Айгерим");
    const qint64 id = AttachmentStore(*fixture.store).add(photo);

    const QList<Attachment> listed = AttachmentStore(*fixture.store).list(key);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).fileName, photo.fileName);
    QCOMPARE(listed.at(0).mimeType, photo.mimeType);
    QCOMPARE(listed.at(0).size, qint64(jpeg.size()));
    QCOMPARE(listed.at(0).addedBy, photo.addedBy);
    QVERIFY(listed.at(0).addedAt.isValid());
    QVERIFY(listed.at(0).data.isEmpty());
    fixture.store.reset();

    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    QVERIFY(QFile::copy(path, copy));
    auto copied = CampaignStore::open(copy);
    const Attachment back = AttachmentStore(*copied).attachment(id);
    QCOMPARE(back.data, jpeg);
}

void TestAttachmentStore::emptyFileIsRefused()
{
    QTemporaryDir dir;
    EntryFixture fixture = EntryFixture::create(dir.filePath(QStringLiteral("photos.db")));
    Attachment empty;
    empty.key = ProtocolKey::of(EntryFixture::consistentProtocol(fixture.precincts.at(0)));
    empty.fileName = QStringLiteral("empty.jpg");
    QVERIFY_THROWS_EXCEPTION(SaylauError, AttachmentStore(*fixture.store).add(empty));
}

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "TestAttachmentStore.moc"
