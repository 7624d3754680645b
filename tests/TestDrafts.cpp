#include "EntryFixture.h"
#include "TestEngine.h"

#include "entry/EntryStore.h"
#include "storage/DraftStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

using namespace saylau;
using saylau::test::TestEngine;

// Drafts keep what an operator typed and has not saved: one per protocol and operator, each write its own
// transaction, so a process killed mid-entry leaves every field typed before it in the file, and the next
// start finds them.
class TestDrafts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void draftRoundTripsFiguresAndSourceFields();
    void eachOperatorHasOwnDraft();
    void draftSurvivesAProcessThatAborts();

public:
    // The child process of draftSurvivesAProcessThatAborts: types three lines as three draft writes, then
    // dies without closing anything.
    static void typeAndAbort(const QString &path, qint64 precinct);
};

void TestDrafts::initTestCase()
{
    const QString problem = TestEngine::problem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDrafts::draftRoundTripsFiguresAndSourceFields()
{
    QTemporaryDir dir;
    const QString path = TestEngine::freshLocation(dir.path(), QStringLiteral("drafts.db"));
    EntryFixture fixture = EntryFixture::create(path);
    Protocol typed = EntryFixture::consistentProtocol(fixture.precincts.at(0));
    typed.figures.set(5, std::nullopt);
    typed.revision = 4;
    typed.observerName = QStringLiteral("Ержан Абаев");
    typed.observerContact = QStringLiteral("+7 701 000 00 00");
    typed.receivedAt = QDateTime(QDate(2021, 1, 11), QTime(0, 40), Qt::UTC);
    typed.receivedHow = QStringLiteral("WhatsApp photo");
    typed.remarks = QStringLiteral("Копия без печати");
    DraftStore(*fixture.store).save({typed, QStringLiteral("Айгерим"), {}});
    fixture.store.reset();

    auto reopened = CampaignStore::open(path);
    const QList<ProtocolDraft> drafts = DraftStore(*reopened).drafts(QStringLiteral("Айгерим"));
    QCOMPARE(drafts.size(), 1);
    const Protocol &restored = drafts.at(0).protocol;
    QVERIFY(ProtocolKey::of(restored) == ProtocolKey::of(typed));
    QCOMPARE(restored.figures, typed.figures);
    QCOMPARE(restored.revision, 4);
    QCOMPARE(restored.observerName, typed.observerName);
    QCOMPARE(restored.observerContact, typed.observerContact);
    QCOMPARE(restored.receivedAt, typed.receivedAt);
    QCOMPARE(restored.receivedHow, typed.receivedHow);
    QCOMPARE(restored.remarks, typed.remarks);
}

void TestDrafts::eachOperatorHasOwnDraft()
{
    QTemporaryDir dir;
    EntryFixture fixture = EntryFixture::create(TestEngine::freshLocation(dir.path(), QStringLiteral("own.db")));
    DraftStore drafts(*fixture.store);
    Protocol typed = EntryFixture::consistentProtocol(fixture.precincts.at(0));
    drafts.save({typed, QStringLiteral("Айгерим"), {}});
    typed.figures.set(0, 1);
    drafts.save({typed, QStringLiteral("Айгерим"), {}});
    drafts.save({EntryFixture::consistentProtocol(fixture.precincts.at(1)), QStringLiteral("Бауыржан"), {}});

    const QList<ProtocolDraft> mine = drafts.drafts(QStringLiteral("Айгерим"));
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.at(0).protocol.figures.value(0), std::optional<qint64>(1));
    QCOMPARE(drafts.drafts(QStringLiteral("Бауыржан")).size(), 1);
    drafts.remove(ProtocolKey::of(typed), QStringLiteral("Айгерим"));
    QVERIFY(drafts.drafts(QStringLiteral("Айгерим")).isEmpty());
}

void TestDrafts::typeAndAbort(const QString &path, qint64 precinct)
{
    auto store = CampaignStore::open(path);
    DraftStore drafts(*store);
    Protocol typed = EntryFixture::consistentProtocol(precinct);
    const Figures all = typed.figures;
    typed.figures = Figures(all.size());
    for (int slot = 0; slot < 3; ++slot) {
        typed.figures.set(slot, all.value(slot));
        drafts.save({typed, QStringLiteral("Айгерим"), {}});
    }
    std::abort();
}

void TestDrafts::draftSurvivesAProcessThatAborts()
{
    QTemporaryDir dir;
    const QString path = TestEngine::freshLocation(dir.path(), QStringLiteral("crash.db"));
    EntryFixture fixture = EntryFixture::create(path);
    const qint64 precinct = fixture.precincts.at(0);
    fixture.store.reset();

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--type-and-abort"), path, QString::number(precinct)});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    auto reopened = CampaignStore::open(path);
    const QList<ProtocolDraft> drafts = DraftStore(*reopened).drafts(QStringLiteral("Айгерим"));
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.at(0).protocol.figures.value(2), std::optional<qint64>(1000));
    QVERIFY(!drafts.at(0).protocol.figures.has(3));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--type-and-abort") == 0) {
        TestDrafts::typeAndAbort(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
        return 1;
    }
    TestDrafts test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestDrafts.moc"
