#include "EntryFixture.h"
#include "ModalAnswerer.h"

#include "entry/EntryStore.h"
#include "main/BackupScheduler.h"
#include "main/LanguageManager.h"
#include "main/MainWindow.h"
#include "storage/BackupFolder.h"
#include "storage/OnlineBackup.h"

#include <QAction>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace saylau;

// The desktop program's backups: none for a campaign only opened, one when it is closed after a change (by
// this window or another program), and File → Restore from Backup… lists them and restores one into a new
// file it then opens, refusing the open campaign's own file.
class TestGuiBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void changesAreBackedUpOnCloseAndOnTheTimer();
    void restoreFromTheFileMenuOpensTheRestoredFile();
    void restoringOverTheOpenCampaignIsRefused();
    void anotherCampaignsBackupsUnderTheSameFileNameAreNotListed();
    void earlierBackupsOfTheSameElectionAreStillListed();
    void aBackupFileChosenByThePersonIsCheckedAndRestored();

private:
    BackupFolder backups() const
    {
        return BackupFolder(BackupFolder::defaultFolder(m_path), BackupFolder::campaignName(m_path), 10);
    }
    BackupScheduler *scheduler() const { return m_window->findChild<BackupScheduler *>(QStringLiteral("backupScheduler")); }
    void saveAProtocol(qint64 precinct)
    {
        auto *store = const_cast<CampaignStore *>(m_window->campaign());
        EntryStore(*store).save(EntryFixture::consistentProtocol(precinct), QStringLiteral("Айгерим"));
    }
    static test::ModalAnswerer::Step clickButton(const char *name)
    {
        return {"saylau::RestoreBackupDialog", [name](QWidget *dialog) {
                    dialog->findChild<QPushButton *>(QString::fromLatin1(name))->click();
                }};
    }
    // The restore's save dialog: what it proposes (name and filters) noted, then TARGET typed.
    static test::ModalAnswerer::Step chooseTargetNoting(const QString &target, QString *proposed, QStringList *filters)
    {
        return {"QFileDialog", [=](QWidget *widget) {
                    auto *dialog = static_cast<QFileDialog *>(widget);
                    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                    *proposed = name->text();
                    *filters = dialog->nameFilters();
                    name->clear();
                    QTest::keyClicks(name, target);
                    static_cast<QDialog *>(dialog)->accept();
                }};
    }
    // The rows the restore dialog lists, then closes it.
    static test::ModalAnswerer::Step listRows(QStringList *taken)
    {
        return {"saylau::RestoreBackupDialog", [taken](QWidget *dialog) {
                    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("backupTable"));
                    for (int row = 0; row < table->rowCount(); ++row)
                        taken->append(table->item(row, 0)->text() + QLatin1Char(' ') + table->item(row, 2)->text());
                    static_cast<QDialog *>(dialog)->reject();
                }};
    }
    static test::ModalAnswerer::Step answerBox(QMessageBox::StandardButton button, QString *text = nullptr)
    {
        return {"QMessageBox", [button, text](QWidget *widget) {
                    auto *box = static_cast<QMessageBox *>(widget);
                    if (text)
                        *text = box->text();
                    box->button(button)->click();
                }};
    }

    QTemporaryDir m_dir;
    QString m_path;
    QList<qint64> m_precincts;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    test::ModalAnswerer m_answerer;
};

void TestGuiBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SaylauDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestGuiBackup"));
    QVERIFY(m_dir.isValid());
    QSettings().clear();
    // Backups left by earlier runs (campaign files of these names) would be listed as earlier backups.
    QDir(BackupFolder::allBackupsFolder()).removeRecursively();
    m_languages = std::make_unique<LanguageManager>();
    m_languages->apply(QStringLiteral("en"));
}

void TestGuiBackup::init()
{
    static int campaigns = 0;
    m_path = m_dir.filePath(QStringLiteral("campaign%1.db").arg(++campaigns));
    QDir(BackupFolder::defaultFolder(m_path)).removeRecursively();
    m_precincts = EntryFixture::create(m_path).precincts;
    m_window = std::make_unique<MainWindow>(*m_languages);
    QVERIFY(m_window->openCampaign(m_path));
    m_window->show();
}

void TestGuiBackup::cleanup()
{
    m_window.reset();
}

void TestGuiBackup::changesAreBackedUpOnCloseAndOnTheTimer()
{
    QVERIFY(scheduler()->backUpIfChanged());
    QVERIFY(backups().entries().isEmpty()); // only opened: nothing to back up

    saveAProtocol(m_precincts.at(0));
    QVERIFY(scheduler()->backUpIfChanged()); // what the timer does
    QCOMPARE(backups().entries().size(), 1);
    QCOMPARE(backups().entries().constFirst().protocols, 1);
    QVERIFY(scheduler()->backUpIfChanged());
    QCOMPARE(backups().entries().size(), 1); // nothing changed since

    // Another program's save counts as a change too.
    {
        auto other = CampaignStore::open(m_path);
        EntryStore(*other).save(EntryFixture::consistentProtocol(m_precincts.at(1)), QStringLiteral("Бауыржан"));
    }
    QTest::qWait(5); // backup names carry the milliseconds
    QVERIFY(scheduler()->backUpIfChanged());
    QCOMPARE(backups().entries().size(), 2);
    QCOMPARE(backups().entries().constFirst().protocols, 2);

    saveAProtocol(m_precincts.at(2));
    QTest::qWait(5);
    m_window->close();
    QCOMPARE(backups().entries().size(), 3);
    QCOMPARE(backups().entries().constFirst().protocols, 3);
}

void TestGuiBackup::restoreFromTheFileMenuOpensTheRestoredFile()
{
    saveAProtocol(m_precincts.at(0));
    QVERIFY(scheduler()->backUpIfChanged());
    QTest::qWait(5);
    saveAProtocol(m_precincts.at(1));

    const QString restored = m_dir.filePath(QStringLiteral("restored.db"));
    QString question;
    int listed = 0;
    m_answerer.answer({{"saylau::RestoreBackupDialog",
                        [&listed](QWidget *dialog) {
                            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("backupTable"));
                            listed = table->rowCount();
                            // The older backup, taken before the second protocol: the newest is first.
                            table->selectRow(1);
                            dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
                        }},
                       test::ModalAnswerer::chooseFile(restored), answerBox(QMessageBox::Yes, &question)});
    m_window->findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
    QVERIFY(m_answerer.allAnswered());
    // The second save was backed up before the list was shown.
    QCOMPARE(listed, 2);
    QVERIFY2(question.contains(QStringLiteral("(1 protocol)")) && question.contains(QStringLiteral("restored.db")),
             qPrintable(question));
    QCOMPARE(m_window->campaign()->path(), restored);
    QCOMPARE(m_window->campaign()->protocolCount(QStringLiteral("mazhilis"), std::nullopt), 1);
    // The campaign it came from is as it was.
    QCOMPARE(CampaignStore::open(m_path)->protocolCount(QStringLiteral("mazhilis"), std::nullopt), 2);
}

void TestGuiBackup::restoringOverTheOpenCampaignIsRefused()
{
    saveAProtocol(m_precincts.at(0));
    QVERIFY(scheduler()->backUpIfChanged());
    saveAProtocol(m_precincts.at(1));
    QTest::qWait(5);

    QString warning;
    m_answerer.answer({clickButton("restoreButton"), test::ModalAnswerer::chooseFile(m_path), answerBox(QMessageBox::Ok, &warning),
                       {"saylau::RestoreBackupDialog", [](QWidget *dialog) {
                            static_cast<QDialog *>(dialog)->reject();
                        }}});
    m_window->findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
    QVERIFY(m_answerer.allAnswered());
    QVERIFY2(warning.contains(QStringLiteral("is the open campaign")), qPrintable(warning));
    QCOMPARE(m_window->campaign()->path(), m_path);
    QCOMPARE(m_window->campaign()->protocolCount(QStringLiteral("mazhilis"), std::nullopt), 2);
}

void TestGuiBackup::anotherCampaignsBackupsUnderTheSameFileNameAreNotListed()
{
    // A campaign of the same file name in another folder, with three protocols and a backup of them.
    QTemporaryDir otherFolder;
    const QString other = QDir(otherFolder.path()).filePath(QFileInfo(m_path).fileName());
    QString othersBackup;
    {
        EntryFixture fixture = EntryFixture::create(other);
        for (int i = 0; i < 3; ++i)
            EntryStore(*fixture.store).save(EntryFixture::consistentProtocol(fixture.precincts.at(i)), QStringLiteral("Бауыржан"));
        othersBackup = BackupFolder(BackupFolder::defaultFolder(other), BackupFolder::campaignName(other), 1)
                           .take(*fixture.store);
    }

    // This campaign's rotation keeping one backup: the other campaign's stays.
    QSettings().setValue(BackupScheduler::keepKey(), 1);
    saveAProtocol(m_precincts.at(0));
    QTest::qWait(5);
    QVERIFY(scheduler()->backUpIfChanged());
    QSettings().remove(BackupScheduler::keepKey());
    QVERIFY(QFileInfo::exists(othersBackup));

    QStringList listed;
    m_answerer.answer({listRows(&listed)});
    m_window->findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
    QVERIFY(m_answerer.allAnswered());
    QCOMPARE(listed.size(), 1);
    QVERIFY2(listed.constFirst().endsWith(QStringLiteral(" 1")), qPrintable(listed.join(QLatin1Char('\n'))));
    QDir(BackupFolder::defaultFolder(other)).removeRecursively();
}

void TestGuiBackup::earlierBackupsOfTheSameElectionAreStillListed()
{
    // The folder an earlier version shared among campaign files of one name: a backup of this campaign, and one
    // of another election's campaign of the same file name.
    const QString earlier = QDir(BackupFolder::allBackupsFolder()).filePath(BackupFolder::campaignName(m_path));
    QDir(earlier).removeRecursively();
    saveAProtocol(m_precincts.at(0));
    const QString own = BackupFolder(earlier, BackupFolder::campaignName(m_path), 0).take(*m_window->campaign());
    QTest::qWait(5);
    const QString foreign = BackupFolder(earlier, BackupFolder::campaignName(m_path), 0).take(*m_window->campaign());
    {
        auto store = CampaignStore::open(foreign);
        QSqlQuery query(store->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '2023-03-19' WHERE key = 'date'")));
    }
    QVERIFY(OnlineBackup::campaignIdentity(foreign) != OnlineBackup::campaignIdentity(own));

    QStringList listed;
    m_answerer.answer({listRows(&listed)});
    m_window->findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
    QVERIFY(m_answerer.allAnswered());
    // This campaign's own backup (taken before the list is shown) and the earlier one of its election.
    QCOMPARE(listed.size(), 2);
    QVERIFY2(!listed.at(0).contains(QStringLiteral("(earlier)")) && listed.at(1).contains(QStringLiteral("(earlier)")),
             qPrintable(listed.join(QLatin1Char('\n'))));
    QDir(earlier).removeRecursively();
}

void TestGuiBackup::aBackupFileChosenByThePersonIsCheckedAndRestored()
{
    // What `saylau backup --to DIR` writes: a folder of the person's choosing.
    QTemporaryDir elsewhere;
    saveAProtocol(m_precincts.at(0));
    const QString backup = BackupFolder(elsewhere.path(), BackupFolder::campaignName(m_path), 0).take(*m_window->campaign());
    saveAProtocol(m_precincts.at(1));

    // A file that is no campaign is refused as `saylau restore` refuses it, before any question.
    const QString junk = QDir(elsewhere.path()).filePath(QStringLiteral("junk.db"));
    {
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a campaign at all, but long enough to be read as a header of some kind........");
    }
    QString refusal;
    m_answerer.answer({clickButton("openBackupFileButton"), test::ModalAnswerer::chooseFile(junk),
                       answerBox(QMessageBox::Ok, &refusal),
                       {"saylau::RestoreBackupDialog", [](QWidget *dialog) { static_cast<QDialog *>(dialog)->reject(); }}});
    m_window->findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
    QVERIFY(m_answerer.allAnswered());
    QVERIFY2(refusal.contains(QStringLiteral("junk.db")), qPrintable(refusal));

    const QString restored = m_dir.filePath(QStringLiteral("from-a-file.saylau"));
    QString proposed;
    QStringList filters;
    QString question;
    m_answerer.answer({clickButton("openBackupFileButton"), test::ModalAnswerer::chooseFile(backup),
                       chooseTargetNoting(restored, &proposed, &filters), answerBox(QMessageBox::Yes, &question)});
    m_window->findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
    QVERIFY(m_answerer.allAnswered());
    // Proposed as the README says campaigns are named, and the filter shows the campaigns beside it.
    QVERIFY2(proposed.endsWith(QStringLiteral(".saylau")), qPrintable(proposed));
    QVERIFY2(filters.size() == 1 && filters.constFirst().contains(QStringLiteral("*.saylau"))
                 && filters.constFirst().contains(QStringLiteral("*.db")),
             qPrintable(filters.join(QLatin1Char('|'))));
    QVERIFY2(question.contains(QStringLiteral("(1 protocol)")), qPrintable(question));
    QCOMPARE(m_window->campaign()->path(), restored);
    QCOMPARE(m_window->campaign()->protocolCount(QStringLiteral("mazhilis"), std::nullopt), 1);
}

QTEST_MAIN(TestGuiBackup)
#include "TestGuiBackup.moc"
