// The exchange in the desktop program (issue 13): an office sends from the File menu, headquarters receives,
// sees the summary and the marked precinct, and resolves the conflict field by field. Headquarters is a file, or
// (TestGuiExchange_postgres, issue 14) a campaign on the server.

#include "EntryFixture.h"
#include "MainWindowFixture.h"
#include "ModalAnswerer.h"
#include "TestEngine.h"

#include "entry/OperatorDialog.h"
#include "exchange/ConflictResolutionDialog.h"
#include "exchange/ReceiveSummaryDialog.h"
#include "navigator/NavigatorPane.h"
#include "navigator/TerritoryTreeModel.h"

#include "analysis/NumberFormat.h"
#include "entry/EntryStore.h"
#include "storage/AttachmentStore.h"
#include "storage/ExchangeLedger.h"
#include "storage/OfficeKit.h"
#include "storage/TerritoryEditor.h"

#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTest>

using namespace saylau;
using saylau::test::TestEngine;

class TestGuiExchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sendReceiveAndResolveFromTheMenus();

private:
    // Grabs a window into SAYLAU_SCREENSHOT_DIR when that is set, for a person to look at.
    static void keepScreenshot(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("SAYLAU_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    QAction *action(QWidget *window, const char *name)
    {
        return window->findChild<QAction *>(QString::fromLatin1(name));
    }

    QTemporaryDir m_dir;
};

void TestGuiExchange::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SaylauDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestGuiExchange"));
    QVERIFY(m_dir.isValid());
    const QString problem = TestEngine::problem();
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
    OperatorDialog::remember(QStringLiteral("Chief"));
}

void TestGuiExchange::sendReceiveAndResolveFromTheMenus()
{
    // Headquarters on this run's engine (File → Receive and Send shown and working on a server campaign too);
    // the office's kit is a file.
    const QString hqPath = TestEngine::freshLocation(m_dir.path(), QStringLiteral("hq.saylau"));
    const QString officePath = m_dir.filePath(QStringLiteral("north.saylau"));
    const QString packagePath = m_dir.filePath(QStringLiteral("north.saylau-package"));
    qint64 precinct = 0;
    qint64 added = 0;
    Protocol atHq;
    {
        EntryFixture fixture = EntryFixture::create(hqPath);
        precinct = fixture.precincts.constFirst();
        const QString region = fixture.store->territory(fixture.store->territory(fixture.district)->parentId)->code;
        // A precinct the office will delete while headquarters types a protocol there.
        added = TerritoryEditor(*fixture.store, QStringLiteral("Айгерим"))
                    .add({0, fixture.district, TerritoryNode::Level::Precinct, QStringLiteral("950"), {}, {}})
                    .id;
        OfficeKit::issue(*fixture.store, QStringLiteral("north"), {region}, officePath);
        EntryStore(*fixture.store).save(EntryFixture::consistentProtocol(added), QStringLiteral("Айгерим"));
        // The same protocol typed differently at headquarters and at the office.
        atHq = EntryFixture::consistentProtocol(precinct);
        atHq.figures.set(0, 1501);
        EntryStore(*fixture.store).save(atHq, QStringLiteral("Айгерим"));
        const auto office = CampaignStore::open(officePath);
        TerritoryEditor(*office, QStringLiteral("Болат")).remove(added);
        EntryStore(*office).save(EntryFixture::consistentProtocol(precinct), QStringLiteral("Болат"));
        Attachment photo;
        photo.key = {QStringLiteral("mazhilis"), precinct, SourceKind::Observer, QStringLiteral("1")};
        photo.fileName = QStringLiteral("protocol.jpg");
        photo.mimeType = QStringLiteral("image/jpeg");
        photo.data = QByteArray(5000, 'x');
        photo.addedBy = QStringLiteral("Болат");
        AttachmentStore(*office).add(photo);
    }

    MainWindowFixture fixture;
    QVERIFY(fixture.start());
    MainWindow *window = fixture.window.get();
    test::ModalAnswerer answerer;

    // At the office: File → Send to Headquarters…, a file name, and what the package carries.
    QVERIFY(window->openCampaign(officePath));
    QAction *send = action(window, "sendPackageAction");
    QVERIFY(send->isEnabled());
    QCOMPARE(send->text(), QStringLiteral("&Send to Headquarters…"));
    QString told;
    answerer.answer({test::ModalAnswerer::chooseFile(packagePath), {"QMessageBox", [&told](QWidget *widget) {
                                                   auto *box = static_cast<QMessageBox *>(widget);
                                                   told = box->text();
                                                   keepScreenshot(box, QStringLiteral("exchange-sent"));
                                                   box->accept();
                                               }}});
    send->trigger();
    QTRY_VERIFY(answerer.allAnswered());
    QVERIFY2(told.contains(QStringLiteral("1 protocol")) && told.contains(QStringLiteral("1 photo")), qPrintable(told));
    QVERIFY(QFileInfo::exists(packagePath));

    // At headquarters: File → Receive Packages…, the summary per office, the precinct marked.
    QVERIFY(window->openCampaign(hqPath));
    QCOMPARE(send->text(), QStringLiteral("&Send Package to an Office…"));
    QStringList summaryRow;
    QString kept;
    answerer.answer({test::ModalAnswerer::chooseFile(packagePath), {"saylau::ReceiveSummaryDialog", [&summaryRow, &kept](QWidget *dialog) {
                                                   auto *table = dialog->findChild<QTableWidget *>(
                                                       QStringLiteral("receiveSummaryTable"));
                                                   for (int column = 0; column < 5; ++column)
                                                       summaryRow.append(table->item(0, column)->text());
                                                   if (auto *list = dialog->findChild<QPlainTextEdit *>(
                                                           QStringLiteral("keptDespiteDeletionList")))
                                                       kept = list->toPlainText();
                                                   keepScreenshot(dialog, QStringLiteral("exchange-received"));
                                                   static_cast<QDialog *>(dialog)->reject();
                                               }}});
    action(window, "receivePackagesAction")->trigger();
    QTRY_VERIFY(answerer.allAnswered());
    // north: 0 new, 1 updated (headquarters had typed it too), 0 unchanged, 2 conflicts: that protocol, and the
    // precinct north deleted where headquarters typed, kept and listed.
    QCOMPARE(summaryRow, (QStringList{QStringLiteral("north"), QStringLiteral("0"), QStringLiteral("1"),
                                      QStringLiteral("0"), QStringLiteral("2")}));
    QCOMPARE(kept, QStringLiteral("north deleted precinct 950"));
    auto *navigator = window->findChild<NavigatorPane *>();
    const QModelIndex marked = navigator->model()->revealTerritory(precinct);
    QVERIFY(marked.data(TerritoryTreeModel::ConflictRole).toBool());
    navigator->treeView()->setCurrentIndex(marked);
    keepScreenshot(window, QStringLiteral("exchange-navigator"));
    QAction *resolve = action(window, "resolveConflictsAction");
    QVERIFY(resolve->isEnabled());

    // Protocols → Resolve Conflicts…: the office's value of line 1 taken by a click, then Resolve.
    QString afterwards;
    answerer.answer({{"saylau::ConflictResolutionDialog", [&afterwards](QWidget *dialog) {
                          auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("conflictTable"));
                          // Listed by the contest's name, not its key.
                          const QString listed = dialog->findChild<QListWidget *>()->item(0)->text();
                          QVERIFY2(listed.contains(QStringLiteral("Mazhilis of Parliament")), qPrintable(listed));
                          // Versions are columns; the office's is the one whose header names it.
                          int officeColumn = -1;
                          for (int column = 0; column + 1 < table->columnCount(); ++column) {
                              if (table->horizontalHeaderItem(column)->text().startsWith(QStringLiteral("north")))
                                  officeColumn = column;
                          }
                          QVERIFY(officeColumn >= 0);
                          keepScreenshot(dialog, QStringLiteral("exchange-conflict"));
                          const QRect cell = table->visualItemRect(table->item(0, officeColumn));
                          QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
                          QCOMPARE(table->item(0, table->columnCount() - 1)->text(), NumberFormat().count(1500));
                          QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("resolveButton")),
                                            Qt::LeftButton);
                          afterwards = dialog->findChild<QLabel *>(QStringLiteral("conflictVersions"))->text();
                          static_cast<QDialog *>(dialog)->reject();
                      }}});
    resolve->trigger();
    QTRY_VERIFY(answerer.allAnswered());
    QVERIFY2(afterwards.startsWith(QStringLiteral("No conflicts")), qPrintable(afterwards));
    QVERIFY(!resolve->isEnabled());
    QVERIFY(!navigator->model()->revealTerritory(precinct).data(TerritoryTreeModel::ConflictRole).toBool());

    const auto store = CampaignStore::open(hqPath);
    EntryStore entries(*store);
    const auto resolved = entries.find({QStringLiteral("mazhilis"), precinct, SourceKind::Observer, QStringLiteral("1")});
    QVERIFY(resolved);
    QCOMPARE(resolved->figures, EntryFixture::consistentProtocol(precinct).figures);
    QCOMPARE(entries.history(resolved->id).constLast().savedBy, QStringLiteral("Chief"));
    QVERIFY(ExchangeLedger(*store).conflicts().isEmpty());
    fixture.stop();
}

QTEST_MAIN(TestGuiExchange)
#include "TestGuiExchange.moc"
