#include "MainWindowFixture.h"

#include "analysis/PrecinctStatusIndex.h"
#include "entry/CountLineEdit.h"
#include "entry/EntryFormWidget.h"
#include "entry/EntryStore.h"
#include "entry/EntryWindow.h"
#include "import/ColumnMappingDialog.h"
#include "io/Importer.h"
#include "main/LanguageManager.h"
#include "main/MainWindow.h"
#include "main/NewCampaignDialog.h"
#include "navigator/NavigatorPane.h"
#include "navigator/TerritoryEditDialog.h"
#include "navigator/TerritoryTreeModel.h"
#include "storage/CampaignStore.h"
#include "storage/TerritoryEditor.h"
#include "storage/TerritorySearch.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>

using namespace saylau;

// A coordinator's first evening, as the issue tells it: a new kz-2021 campaign has regions and no precincts;
// the first protocol's precinct is made by typing its number, its protocol is typed and saved, and the main
// window's counts follow without the campaign being opened again.
class TestGuiCampaignWalk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstProtocolOfANewCampaignShowsInTheMainWindow();
    void everyWindowOpensWithinTheScreen();

private:
    void createCampaign(const QString &path);
    static QModelIndex childNamed(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name);

    QTemporaryDir m_dir;
    MainWindowFixture m_main;
};

void TestGuiCampaignWalk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SaylauDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestGuiCampaignWalk"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestGuiCampaignWalk::init()
{
    QVERIFY(m_main.start());
}

void TestGuiCampaignWalk::cleanup()
{
    m_main.stop();
}

QModelIndex TestGuiCampaignWalk::childNamed(const QAbstractItemModel &model, const QModelIndex &parent,
                                            const QString &name)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        if (model.index(row, 0, parent).data().toString() == name)
            return model.index(row, 0, parent);
    }
    return {};
}

void TestGuiCampaignWalk::createCampaign(const QString &path)
{
    QTimer::singleShot(0, this, [path] {
        auto *dialog = qobject_cast<NewCampaignDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *preset = dialog->findChild<QComboBox *>(QStringLiteral("presetBox"));
        preset->setCurrentIndex(preset->findData(QStringLiteral("kz-2021")));
        MainWindowFixture::acceptNewCampaignAt(dialog, path);
    });
    QTest::keyClick(m_main.window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_main.window->campaign());
    QCOMPARE(m_main.window->campaign()->path(), path);
}

void TestGuiCampaignWalk::firstProtocolOfANewCampaignShowsInTheMainWindow()
{
    createCampaign(m_dir.filePath(QStringLiteral("walk.db")));
    const CampaignStore &store = *m_main.window->campaign();
    auto *mainTree = m_main.window->findChild<QTreeView *>(QStringLiteral("territoryView"));
    // The navigator reads the tree again when it changes: its model is asked for afresh each time.
    const auto mainModel = [mainTree]() -> QAbstractItemModel & { return *mainTree->model(); };
    const QModelIndex country = mainModel().index(0, 0);
    QCOMPARE(country.data(TerritoryTreeModel::PrecinctCountRole).toInt(), 0);
    QCOMPARE(country.data(TerritoryTreeModel::ReportedCountRole).toInt(), 0);
    // The country chosen: its overview is what the main window shows while the first protocol is typed.
    mainTree->setCurrentIndex(country);

    EntryWindow *entry = m_main.openEntryWindow(QStringLiteral("Айгерим"));
    QVERIFY(entry);
    QVERIFY(QTest::qWaitForWindowActive(entry));

    // Ctrl+F, the number from the paper, Enter: there is no such precinct yet, so creating it is offered.
    QTest::keyClick(entry, Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = entry->navigator()->searchBox();
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search));
    QTest::keyClicks(search, QStringLiteral("555"));
    bool created = false;
    QTimer::singleShot(0, this, [&created] {
        auto *dialog = qobject_cast<TerritoryEditDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        // Whatever fails below, the dialog must not stay open and hang the test.
        const auto closeIt = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->codeEdit()->text(), QStringLiteral("555"));
        // The region by the first letters of the name shown (in English here), then Tab on to the address,
        // Enter to create.
        QTreeView *places = dialog->placeView();
        QCOMPARE(dialog->focusWidget(), static_cast<QWidget *>(places));
        MainWindowFixture::typeText(places, QStringLiteral("Kar"));
        QCOMPARE(places->currentIndex().data().toString(), QStringLiteral("Karaganda Region"));
        QTest::keyClick(places, Qt::Key_Tab);
        QCOMPARE(dialog->focusWidget(), static_cast<QWidget *>(dialog->codeEdit()));
        QTest::keyClick(dialog->codeEdit(), Qt::Key_Tab);
        QCOMPARE(dialog->focusWidget(), static_cast<QWidget *>(dialog->addressEdit()));
        MainWindowFixture::typeText(dialog->addressEdit(), QStringLiteral("школа № 12"));
        QTest::keyClick(dialog->addressEdit(), Qt::Key_Return);
        created = dialog->result().id != 0;
    });
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(created);
    // The box no longer says there is no precinct 555.
    QVERIFY2(search->toolTip().isEmpty() && search->styleSheet().isEmpty(), qPrintable(search->toolTip()));

    const QList<TerritoryNode> found = TerritorySearch(store).precinctsNumbered(QStringLiteral("555"));
    QCOMPARE(found.size(), 1);
    const TerritoryNode precinct = found.constFirst();
    QCOMPARE(precinct.address, QStringLiteral("школа № 12"));
    QCOMPARE(store.territory(precinct.parentId)->name, QStringLiteral("Карагандинская область"));
    const QList<TerritoryChange> history = TerritoryEditor(const_cast<CampaignStore &>(store), {}).history(precinct.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.constFirst().changedBy, QStringLiteral("Айгерим"));

    // Its form is open, headed with where it is, the cursor on line 1.
    QCOMPARE(entry->session().current().territoryId, precinct.id);
    QVERIFY(entry->findChild<QLabel *>(QStringLiteral("protocolTitle"))->text().contains(QStringLiteral("Karaganda Region")));
    QVERIFY(entry->form()->isEnabled());
    // Offscreen, the entry window is not activated again when the modal dialog closes, as a desktop does.
    entry->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(entry));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(entry->form()->field(0)));
    // The main window's navigator already counts the new precinct, still without a protocol.
    QCOMPARE(mainModel().index(0, 0).data(TerritoryTreeModel::PrecinctCountRole).toInt(), 1);

    const qint64 values[] = {1500, 1600, 1000, 990, 10, 600, 400, 200, 180, 120, 80};
    for (const qint64 value : values) {
        QTest::keyClicks(QApplication::focusWidget(), QString::number(value));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QTest::keyClick(entry, Qt::Key_S, Qt::ControlModifier);
    const std::optional<Protocol> saved =
        EntryStore(const_cast<CampaignStore &>(store))
            .find({QStringLiteral("mazhilis"), precinct.id, SourceKind::Observer, QString()});
    QVERIFY(saved);
    QCOMPARE(saved->figures.value(10), std::optional<qint64>(80));

    // The main window follows: the overview of the country on screen, the counts of the country and the
    // region, the precinct's mark.
    auto *overview = m_main.window->findChild<QTableWidget *>(QStringLiteral("overviewTable"));
    QVERIFY(overview && overview->isVisible());
    const auto overviewCell = [overview](const QString &label, int column) {
        for (int row = 0; row < overview->rowCount(); ++row) {
            if (overview->item(row, 0)->text() == label)
                return overview->item(row, column)->text();
        }
        return QStringLiteral("(no line %1)").arg(label);
    };
    QTRY_COMPARE(overviewCell(QStringLiteral("Took part (turnout)"), 1), QStringLiteral("990"));
    QCOMPARE(overviewCell(QStringLiteral("Took part (turnout)"), 2), QStringLiteral("66.0%"));
    QCOMPARE(overviewCell(QStringLiteral("Voters on the list"), 1), QStringLiteral("1,500"));
    QCOMPARE(overviewCell(QStringLiteral("Took part (turnout)"), 3), QString());
    const QString progress =
        QTextDocumentFragment::fromHtml(m_main.window->findChild<QLabel *>(QStringLiteral("overviewProgress"))->text())
            .toPlainText();
    QVERIFY2(progress.contains(QStringLiteral("1 precincts; 1 entered")), qPrintable(progress));

    const QModelIndex countryAfter = mainModel().index(0, 0);
    QCOMPARE(countryAfter.data(TerritoryTreeModel::ReportedCountRole).toInt(), 1);
    const QModelIndex region = childNamed(mainModel(), countryAfter, QStringLiteral("Karaganda Region"));
    QVERIFY(region.isValid());
    QCOMPARE(region.data(TerritoryTreeModel::ReportedCountRole).toInt(), 1);
    while (mainModel().canFetchMore(region))
        mainModel().fetchMore(region);
    const QModelIndex mainPrecinct = mainModel().index(0, 0, region);
    QCOMPARE(mainPrecinct.data(TerritoryTreeModel::TerritoryIdRole).toLongLong(), precinct.id);
    QCOMPARE(mainPrecinct.data(TerritoryTreeModel::PrecinctStatusRole).toInt(), int(PrecinctStatus::Entered));

    // Chosen in the main window, the precinct shows the protocol just saved, and where it is.
    mainTree->setCurrentIndex(mainPrecinct);
    auto *mainTitle = m_main.window->findChild<QLabel *>(QStringLiteral("protocolTitle"));
    QVERIFY2(mainTitle->text().contains(QStringLiteral("Karaganda Region")), qPrintable(mainTitle->text()));
}

void TestGuiCampaignWalk::everyWindowOpensWithinTheScreen()
{
    createCampaign(m_dir.filePath(QStringLiteral("screen.db")));
    const QRect available = m_main.window->screen()->availableGeometry();
    QCOMPARE(available.size(), QSize(1366, 768));
    QVERIFY2(available.contains(m_main.window->frameGeometry()), qPrintable(QStringLiteral("main window %1x%2 on %3x%4")
                                                                         .arg(m_main.window->width()).arg(m_main.window->height())
                                                                         .arg(available.width()).arg(available.height())));
    EntryWindow *entry = m_main.openEntryWindow(QStringLiteral("Айгерим"));
    QVERIFY(entry);
    QVERIFY(QTest::qWaitForWindowExposed(entry));
    QVERIFY2(available.contains(entry->frameGeometry()),
             qPrintable(QStringLiteral("entry window %1x%2").arg(entry->width()).arg(entry->height())));
    // The column-mapping dialog of a results file with a column per line and party (a kz-2021 protocol has 11
    // lines and 6 parties): its buttons are on screen, not under the taskbar.
    QStringList header{QStringLiteral("Область"), QStringLiteral("УИК")};
    QStringList row{QStringLiteral("Карагандинская область"), QStringLiteral("1")};
    for (int column = 1; column <= 17; ++column) {
        header << QStringLiteral("Строка %1").arg(column);
        row << QString::number(100 + column);
    }
    QFile csv(m_dir.filePath(QStringLiteral("wide.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write((header.join(QLatin1Char(';')) + QLatin1Char('\n') + row.join(QLatin1Char(';')) + QLatin1Char('\n')).toUtf8());
    csv.close();
    Importer::Options options;
    options.contestId = QStringLiteral("mazhilis");
    Importer importer(*const_cast<CampaignStore *>(m_main.window->campaign()), csv.fileName(), options);
    ColumnMappingDialog mapping(importer, m_main.window.get());
    mapping.show();
    QVERIFY(QTest::qWaitForWindowExposed(&mapping));
    QVERIFY2(available.contains(mapping.frameGeometry()),
             qPrintable(QStringLiteral("column mapping %1x%2").arg(mapping.width()).arg(mapping.height())));
    QVERIFY(mapping.findChild<QDialogButtonBox *>()->isVisible());
    mapping.close();

    for (const QString &action : {QStringLiteral("chartsAction"), QStringLiteral("discrepanciesAction")}) {
        m_main.window->findChild<QAction *>(action)->trigger();
        for (QWidget *window : QApplication::topLevelWidgets()) {
            if (window->isVisible())
                QVERIFY2(available.contains(window->frameGeometry()),
                         qPrintable(QStringLiteral("%1: %2x%3").arg(window->objectName()).arg(window->width()).arg(window->height())));
        }
    }
}

// The walk runs on a regional office's laptop screen, 1366×768 with window frames, not on the offscreen
// platform's default 800×800 square.
int main(int argc, char *argv[])
{
    QTemporaryDir configDir;
    const QString config = configDir.filePath(QStringLiteral("laptop.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(R"({"windowFrameMargins": true, "screens": [{"name": "laptop", "x": 0, "y": 0,
                          "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
               < 0)
        qFatal("cannot write the offscreen screen configuration");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestGuiCampaignWalk test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestGuiCampaignWalk.moc"
