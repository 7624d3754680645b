#include "EntryFixture.h"
#include "CliRunner.h"
#include "TestEngine.h"

#include "entry/EntryStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using saylau::test::TestEngine;

// `saylau history`: the saves of a precinct's typed protocol, one tab-separated line each, after a line saying
// where the protocol stands; exit code 2 for a precinct the file does not have.
class TestCliHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEverySaveWithItsChanges();
    void refusesAnUnknownPrecinct();
};

void TestCliHistory::initTestCase()
{
    const QString problem = TestEngine::problem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCliHistory::listsEverySaveWithItsChanges()
{
    QTemporaryDir dir;
    const QString path = TestEngine::freshLocation(dir.path(), QStringLiteral("history.db"));
    {
        EntryFixture fixture = EntryFixture::create(path);
        EntryStore entries(*fixture.store);
        Protocol protocol = entries.save(EntryFixture::consistentProtocol(fixture.precincts.at(0)),
                                         QStringLiteral("Айгерим"));
        protocol.figures.set(3, 991);
        entries.save(protocol, QStringLiteral("Бауыржан"));
    }
    const test::CliRun run = test::execSaylau({QStringLiteral("history"), path, QStringLiteral("101"),
                                              QStringLiteral("--contest"), QStringLiteral("mazhilis")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("precinct 101, Mazhilis of Parliament (party lists), revision 2, entered, control relation errors: 1"));
    const QStringList second = lines.at(2).split(QLatin1Char('\t'));
    QCOMPARE(second.size(), 5);
    QCOMPARE(second.at(0), QStringLiteral("2"));
    QCOMPARE(second.at(2), QStringLiteral("Бауыржан"));
    QCOMPARE(second.at(3), QStringLiteral("save"));
    QCOMPARE(second.at(4), QStringLiteral("4: 990 -> 991"));
    QVERIFY(lines.at(1).split(QLatin1Char('\t')).at(4).startsWith(QStringLiteral("1:  -> 1500; 2:  -> 1600")));
}

void TestCliHistory::refusesAnUnknownPrecinct()
{
    QTemporaryDir dir;
    const QString path = TestEngine::freshLocation(dir.path(), QStringLiteral("history.db"));
    EntryFixture::create(path);
    const test::CliRun run = test::execSaylau({QStringLiteral("history"), path, QStringLiteral("999"),
                                              QStringLiteral("--contest"), QStringLiteral("mazhilis")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("no precinct No. 999")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliHistory)
#include "TestCliHistory.moc"
