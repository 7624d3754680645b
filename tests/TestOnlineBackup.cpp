#include "EntryFixture.h"
#include "TestHelpers.h"

#include "domain/SaylauError.h"
#include "entry/EntryStore.h"
#include "storage/BackupFolder.h"
#include "storage/HistoryChain.h"
#include "storage/OnlineBackup.h"

#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;

// Backups: checked single-file copies that rotate (the oldest removed only after a new one is good), restored
// into new files only, taken consistently while another process imports into the campaign, and the same from
// the command line (`saylau backup`, `saylau restore`) with exit code 2 for what cannot be done.
class TestOnlineBackup : public QObject
{
    Q_OBJECT

private slots:
    void rotationKeepsTheNewest();
    void restoreMakesANewCampaignOnly();
    void backupTakenDuringAnotherProcessesImportIsBeforeOrAfter();
    void commandLineBackupAndRestore();

private:
    QTemporaryDir m_dir;
};

void TestOnlineBackup::rotationKeepsTheNewest()
{
    EntryFixture fixture = EntryFixture::create(m_dir.filePath(QStringLiteral("rotate.db")));
    EntryStore entries(*fixture.store);
    const BackupFolder folder(m_dir.filePath(QStringLiteral("rotate-backups")), QStringLiteral("rotate"), 3);
    QStringList taken;
    for (int i = 0; i < 5; ++i) {
        if (i < 3)
            entries.save(EntryFixture::consistentProtocol(fixture.precincts.at(i)), QStringLiteral("Айгерим"));
        taken.append(folder.take(*fixture.store));
        QTest::qWait(5); // names carry the milliseconds
    }
    const QList<BackupFolder::Entry> kept = folder.entries();
    QCOMPARE(kept.size(), 3);
    // Newest first: the last three taken, with the protocols each held (1, 2, 3, 3, 3 were saved by then).
    QCOMPARE(kept.at(0).path, taken.at(4));
    QCOMPARE(kept.at(2).path, taken.at(2));
    QCOMPARE(kept.at(2).protocols, 3);
    QVERIFY(kept.at(0).takenAt >= kept.at(2).takenAt);
    QVERIFY(kept.at(0).size > 0);
    QVERIFY(!QFileInfo::exists(taken.at(0)) && !QFileInfo::exists(taken.at(1)));
    // A backup is one file: no -wal or -shm beside it, not even while its campaign is open.
    QVERIFY(!QFileInfo::exists(taken.at(4) + QStringLiteral("-wal")));

    // A folder that cannot be written refuses and removes nothing.
    const QString blocker = test::writeFixture(m_dir.filePath(QStringLiteral("a-file")), "x");
    const BackupFolder blocked(blocker, QStringLiteral("rotate"), 3);
    QVERIFY_THROWS_EXCEPTION(SaylauError, blocked.take(*fixture.store));
    QCOMPARE(folder.entries().size(), 3);
}

void TestOnlineBackup::restoreMakesANewCampaignOnly()
{
    const QString original = m_dir.filePath(QStringLiteral("restore.db"));
    QString backup;
    {
        EntryFixture fixture = EntryFixture::create(original);
        EntryStore(*fixture.store).save(EntryFixture::consistentProtocol(fixture.precincts.at(0)), QStringLiteral("Айгерим"));
        backup = m_dir.filePath(QStringLiteral("restore-copy.db"));
        OnlineBackup::copy(*fixture.store, backup);
    }
    const QString restored = m_dir.filePath(QStringLiteral("restored.db"));
    OnlineBackup::restore(backup, restored);
    {
        auto store = CampaignStore::open(restored);
        QCOMPARE(store->protocolCount(QStringLiteral("mazhilis"), std::nullopt), 1);
        QVERIFY(!HistoryChain::verify(*store).broken);
    }
    // Never over a file that exists, the open campaign or any other.
    const QByteArray before = [&original] {
        QFile file(original);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY_THROWS_EXCEPTION(SaylauError, OnlineBackup::restore(backup, original));
    QFile file(original);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    // Nor from a file that is not a campaign.
    const QString foreign = test::writeFixture(m_dir.filePath(QStringLiteral("foreign.db")), "SQLite? no");
    QVERIFY_THROWS_EXCEPTION(SaylauError, OnlineBackup::restore(foreign, m_dir.filePath(QStringLiteral("x.db"))));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.db"))));
}

void TestOnlineBackup::backupTakenDuringAnotherProcessesImportIsBeforeOrAfter()
{
    const QString path = m_dir.filePath(QStringLiteral("busy.db"));
    QCOMPARE(test::runSaylau({QStringLiteral("init"), path, QStringLiteral("--preset"), QStringLiteral("ru-duma-2011")})
                 .exitCode, 0);
    constexpr int precincts = 60000;
    QByteArray csv = "Регион;ТИК;УИК;Число избирателей, внесенных в список избирателей;"
                     "6. Всероссийская политическая партия \"ЕДИНАЯ РОССИЯ\"\n";
    for (int i = 1; i <= precincts; ++i)
        csv += "Регион " + QByteArray::number(i % 80) + ";ТИК " + QByteArray::number(i % 2000) + ';'
            + QByteArray::number(i) + ';' + QByteArray::number(1000 + i % 500) + ";" + QByteArray::number(i % 300) + '\n';
    const QString data = test::writeFixture(m_dir.filePath(QStringLiteral("busy.csv")), csv);

    // This process holds the campaign open and backs it up again and again while another imports into it.
    auto store = CampaignStore::open(path);
    QProcess importer;
    importer.start(QStringLiteral(SAYLAU_CLI_PATH), {QStringLiteral("import"), path, data, QStringLiteral("--contest"),
                                                     QStringLiteral("duma"), QStringLiteral("--source"),
                                                     QStringLiteral("official")});
    QVERIFY(importer.waitForStarted());
    QSet<int> seen;
    int duringImport = 0;
    // At least one backup after the import has ended: on a loaded machine every backup taken while the process
    // still ran may come before its commit.
    int afterImport = 0;
    for (int i = 0; importer.state() != QProcess::NotRunning || afterImport == 0; ++i) {
        const bool running = importer.state() != QProcess::NotRunning;
        afterImport += running ? 0 : 1;
        const QString backup = m_dir.filePath(QStringLiteral("busy-%1.db").arg(i));
        OnlineBackup::copy(*store, backup); // throws unless the copy passes integrity_check
        const int protocols = OnlineBackup::protocolCount(backup);
        QVERIFY2(protocols == 0 || protocols == precincts, qPrintable(QString::number(protocols)));
        seen.insert(protocols);
        duringImport += running ? 1 : 0;
        QFile::remove(backup);
        importer.waitForFinished(20);
    }
    qInfo("backups during the import: %d; states seen: %d", duringImport, int(seen.size()));
    QCOMPARE(importer.exitCode(), 0);
    QVERIFY2(duringImport > 0, "no backup was taken while the import ran");
    QVERIFY(seen.contains(precincts));
}

void TestOnlineBackup::commandLineBackupAndRestore()
{
    const QString path = m_dir.filePath(QStringLiteral("cli.db"));
    EntryFixture::create(path);
    const QString folder = m_dir.filePath(QStringLiteral("cli-backups"));
    const test::CliRun backup = test::runSaylau({QStringLiteral("backup"), path, QStringLiteral("--to"), folder});
    QCOMPARE(backup.exitCode, 0);
    const QString written = backup.out.trimmed();
    QVERIFY2(QFileInfo(written).isFile() && QFileInfo(written).absolutePath() == QFileInfo(folder).absoluteFilePath(),
             qPrintable(backup.out));
    QVERIFY2(QFileInfo(written).fileName().startsWith(QStringLiteral("cli-2")), qPrintable(written));

    const QString restored = m_dir.filePath(QStringLiteral("cli-restored.db"));
    const test::CliRun restore = test::runSaylau({QStringLiteral("restore"), written, QStringLiteral("--to"), restored});
    QCOMPARE(restore.exitCode, 0);
    QCOMPARE(restore.out.trimmed(), restored);
    QCOMPARE(test::runSaylau({QStringLiteral("contests"), restored}).exitCode, 0);

    const test::CliRun again = test::runSaylau({QStringLiteral("restore"), written, QStringLiteral("--to"), restored});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));

    const QString text = test::writeFixture(m_dir.filePath(QStringLiteral("notes.txt")), "not a campaign\n");
    const test::CliRun foreign = test::runSaylau({QStringLiteral("backup"), text, QStringLiteral("--to"), folder});
    QCOMPARE(foreign.exitCode, 2);
    QVERIFY2(foreign.err.contains(QStringLiteral("not a SaylauDesk database")), qPrintable(foreign.err));

    const test::CliRun unwritable = test::runSaylau({QStringLiteral("backup"), path, QStringLiteral("--to"), text});
    QCOMPARE(unwritable.exitCode, 2);
    QVERIFY2(unwritable.err.contains(QStringLiteral("is not a folder SaylauDesk can write backups into")),
             qPrintable(unwritable.err));

    const test::CliRun noFolder = test::runSaylau({QStringLiteral("backup"), path});
    QCOMPARE(noFolder.exitCode, 2);
    QVERIFY2(noFolder.err.contains(QStringLiteral("--to DIR is required")), qPrintable(noFolder.err));
}

QTEST_GUILESS_MAIN(TestOnlineBackup)
#include "TestOnlineBackup.moc"
