#include "EntryFixture.h"
#include "ModalAnswerer.h"

#include "entry/EntryStore.h"
#include "main/BackupScheduler.h"
#include "main/LanguageManager.h"
#include "main/MainWindow.h"
#include "storage/BackupFolder.h"

#include <QAction>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
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

QTEST_MAIN(TestGuiBackup)
#include "TestGuiBackup.moc"
