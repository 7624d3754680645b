#include "MainWindowFixture.h"
#include "ModalAnswerer.h"

#include "analysis/PrecinctStatusIndex.h"
#include "analysis/TotalsCache.h"
#include "charts/ChartsPane.h"
#include "entry/CountLineEdit.h"
#include "entry/EntryFormWidget.h"
#include "entry/EntryWindow.h"
#include "io/DemoCampaign.h"
#include "io/PresetLibrary.h"
#include "common/ErrorPresenter.h"
#include "navigator/NavigatorPane.h"
#include "navigator/PrecinctChoiceDialog.h"
#include "navigator/TerritoryTreeModel.h"
#include "protocol/OverviewChart.h"
#include "storage/CampaignStore.h"
#include "storage/TerritoryEditor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace saylau;

// The store announces what changed and every view reads again what concerns it: a protocol saved in the entry
// window reaches the main navigator, the overview and the charts window with no refresh asked for; a campaign
// opened in place of another reaches every pane; a core error while the tree is read is shown, not a crash.
class TestGuiViewsFollowTheStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void protocolSavedInTheEntryWindowReachesEveryView();
    void campaignOpenedInPlaceReachesEveryPane();
    void treeThatCannotBeReadIsReportedNotFatal();
    void countOfTheOverviewOpensItsPrecincts();

private:
    // A new kz-2021 campaign with one precinct (number 555) in the Karaganda region; returns its id.
    qint64 createCampaignWithOnePrecinct(const QString &path);
    QTreeView *mainTree() const;
    QString overviewCell(const QString &label, int column) const;
    ChartsPane *openCharts();

    QTemporaryDir m_dir;
    MainWindowFixture m_main;
};

void TestGuiViewsFollowTheStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SaylauDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestGuiViewsFollowTheStore"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestGuiViewsFollowTheStore::init()
{
    QVERIFY(m_main.start());
}

void TestGuiViewsFollowTheStore::cleanup()
{
    m_main.stop();
}

qint64 TestGuiViewsFollowTheStore::createCampaignWithOnePrecinct(const QString &path)
{
    const std::unique_ptr<CampaignStore> store =
        PresetLibrary::createCampaign(path, PresetLibrary::campaignPreset(QStringLiteral("kz-2021")));
    TerritoryNode precinct;
    for (const TerritoryNode &node : store->allTerritory()) {
        if (node.name == QStringLiteral("Карагандинская область"))
            precinct.parentId = node.id;
    }
    if (precinct.parentId == 0)
        return 0;
    precinct.level = TerritoryNode::Level::Precinct;
    precinct.code = QStringLiteral("555");
    precinct.name = QStringLiteral("Участок № 555");
    return TerritoryEditor(*store, QStringLiteral("test")).add(precinct).id;
}

QTreeView *TestGuiViewsFollowTheStore::mainTree() const
{
    return m_main.window->findChild<QTreeView *>(QStringLiteral("territoryView"));
}

QString TestGuiViewsFollowTheStore::overviewCell(const QString &label, int column) const
{
    auto *overview = m_main.window->findChild<QTableWidget *>(QStringLiteral("overviewTable"));
    for (int row = 0; overview && row < overview->rowCount(); ++row) {
        if (overview->item(row, 0)->text() == label)
            return overview->item(row, column)->text();
    }
    return QStringLiteral("(no line %1)").arg(label);
}

ChartsPane *TestGuiViewsFollowTheStore::openCharts()
{
    m_main.window->findChild<QAction *>(QStringLiteral("chartsAction"))->trigger();
    auto *charts = m_main.window->findChild<ChartsPane *>();
    if (charts) {
        // The observer copies: the only figures the new campaign will have.
        auto *source = charts->findChild<QComboBox *>(QStringLiteral("chartSource"));
        source->setCurrentIndex(source->findData(QStringLiteral("observer")));
    }
    return charts;
}

void TestGuiViewsFollowTheStore::protocolSavedInTheEntryWindowReachesEveryView()
{
    const QString path = m_dir.filePath(QStringLiteral("follow.db"));
    const qint64 precinctId = createCampaignWithOnePrecinct(path);
    QVERIFY(precinctId);
    QVERIFY(m_main.window->openCampaign(path));
    QTreeView *tree = mainTree();
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QCOMPARE(overviewCell(QStringLiteral("Took part (turnout)"), 1), QString());

    ChartsPane *charts = openCharts();
    QVERIFY(charts);
    QVERIFY(QTest::qWaitForWindowExposed(charts));
    QTRY_VERIFY(charts->findChild<QComboBox *>(QStringLiteral("chartSource"))->isEnabled());
    QVERIFY2(charts->slide(QSize(640, 360)).isNull(), "a chart drawn before any protocol");

    EntryWindow *entry = m_main.openEntryWindow(QStringLiteral("Айгерим"));
    QVERIFY(entry);
    QVERIFY(entry->navigator()->select(QStringLiteral("mazhilis"), precinctId));
    QCOMPARE(entry->session().current().territoryId, precinctId);
    entry->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(entry));
    entry->form()->field(0)->setFocus();
    // Figures that satisfy every control relation: the precinct is marked entered, not in error.
    const qint64 values[] = {1500, 1600, 1000, 990, 10, 600, 400, 200, 180, 120, 80};
    for (const qint64 value : values) {
        QTest::keyClicks(QApplication::focusWidget(), QString::number(value));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QTest::keyClick(entry, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(entry->session().exists());

    // Nobody asked any view to refresh: each heard the store.
    QTRY_COMPARE(overviewCell(QStringLiteral("Took part (turnout)"), 1), QStringLiteral("990"));
    // The overview's small chart draws the same shares: the first party's 400 of the 990 ballots cast, the
    // summary report's base.
    auto *chart = m_main.window->findChild<OverviewChart *>();
    QVERIFY(chart && chart->isVisible());
    QCOMPARE(chart->bars().size(), 5);
    QCOMPARE(chart->bars().constFirst().observer.part(), 400);
    QCOMPARE(chart->bars().constFirst().observer.whole(), 990);
    QVERIFY(!chart->bars().constFirst().official.isDefined());
    QCOMPARE(tree->model()->index(0, 0).data(TerritoryTreeModel::ReportedCountRole).toInt(), 1);
    QModelIndex region;
    for (int row = 0; row < tree->model()->rowCount(tree->model()->index(0, 0)); ++row) {
        const QModelIndex each = tree->model()->index(row, 0, tree->model()->index(0, 0));
        if (each.data().toString() == QStringLiteral("Karaganda Region"))
            region = each;
    }
    QVERIFY(region.isValid());
    while (tree->model()->canFetchMore(region))
        tree->model()->fetchMore(region);
    const QModelIndex precinct = tree->model()->index(0, 0, region);
    QCOMPARE(precinct.data(TerritoryTreeModel::TerritoryIdRole).toLongLong(), precinctId);
    QCOMPARE(precinct.data(TerritoryTreeModel::PrecinctStatusRole).toInt(), int(PrecinctStatus::Entered));
    QTRY_VERIFY2(!charts->slide(QSize(640, 360)).isNull(), "the charts window did not draw the saved protocol");
}

void TestGuiViewsFollowTheStore::campaignOpenedInPlaceReachesEveryPane()
{
    const QString first = m_dir.filePath(QStringLiteral("first.db"));
    QVERIFY(createCampaignWithOnePrecinct(first));
    QVERIFY(m_main.window->openCampaign(first));
    ChartsPane *charts = openCharts();
    QVERIFY(charts);
    QVERIFY(QTest::qWaitForWindowExposed(charts));
    QPointer<EntryWindow> entry = m_main.openEntryWindow(QStringLiteral("Айгерим"));
    QVERIFY(entry);
    QCOMPARE(mainTree()->model()->index(0, 0).data(TerritoryTreeModel::PrecinctCountRole).toInt(), 1);

    const QString demo = m_dir.filePath(QStringLiteral("demo.db"));
    DemoCampaign::create(demo);
    QVERIFY(m_main.window->openCampaign(demo));

    QCOMPARE(m_main.window->campaign()->path(), demo);
    // The entry window typed into the other file: it closed with it.
    QVERIFY(entry.isNull());
    const int demoPrecincts = TotalsCache(*CampaignStore::open(demo)).precinctCounts().value(
        mainTree()->model()->index(0, 0).data(TerritoryTreeModel::TerritoryIdRole).toLongLong());
    QVERIFY(demoPrecincts > 1);
    QCOMPARE(mainTree()->model()->index(0, 0).data(TerritoryTreeModel::PrecinctCountRole).toInt(), demoPrecincts);
    // The charts window draws the demo's figures, which the first campaign did not have.
    QTRY_VERIFY2(!charts->slide(QSize(640, 360)).isNull(), "the charts window still shows the first campaign");
    // The protocol view follows the navigator into the new file.
    mainTree()->setCurrentIndex(mainTree()->model()->index(0, 0));
    QTRY_VERIFY(!overviewCell(QStringLiteral("Took part (turnout)"), 1).isEmpty());
}

void TestGuiViewsFollowTheStore::treeThatCannotBeReadIsReportedNotFatal()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.db"));
    QVERIFY(createCampaignWithOnePrecinct(path));
    QVERIFY(m_main.window->openCampaign(path));
    QTreeView *tree = mainTree();
    const QModelIndex country = tree->model()->index(0, 0);
    QVERIFY(tree->model()->rowCount(country) > 0);
    const QModelIndex region = tree->model()->index(0, 0, country);
    QVERIFY(tree->model()->canFetchMore(region));

    // Another program breaks the file under the open window (what a failing disk looks like to SQLite).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("vandal"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE territory RENAME TO territory_gone")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("vandal"));

    QString shown;
    test::ModalAnswerer answerer;
    answerer.answer({{"QMessageBox", [&shown](QWidget *box) {
                          if (box->objectName() == ErrorPresenter::boxName())
                              shown = static_cast<QMessageBox *>(box)->text();
                          static_cast<QMessageBox *>(box)->accept();
                      }}});
    // Opening the region is the view asking the model to fetch its children.
    tree->expand(region);
    QTRY_VERIFY(answerer.allAnswered());
    QVERIFY2(shown.contains(QStringLiteral("territory"), Qt::CaseInsensitive), qPrintable(shown));
    // Nothing was added, and the window still works.
    QCOMPARE(tree->model()->rowCount(region), 0);
    QVERIFY(m_main.window->isVisible());
}

void TestGuiViewsFollowTheStore::countOfTheOverviewOpensItsPrecincts()
{
    const QString demo = m_dir.filePath(QStringLiteral("counts.db"));
    DemoCampaign::create(demo);
    QVERIFY(m_main.window->openCampaign(demo));
    QTreeView *tree = mainTree();
    tree->setCurrentIndex(tree->model()->index(0, 0));
    auto *progress = m_main.window->findChild<QLabel *>(QStringLiteral("overviewProgress"));
    QTRY_VERIFY(!progress->text().isEmpty());
    // "Differing from the official figures: N" links to the precincts of both differing statuses.
    const QString differing = QStringLiteral("%1,%2").arg(int(PrecinctStatus::DiffersFromOfficial))
                                  .arg(int(PrecinctStatus::DiffersOnDoubtfulCopy));
    QVERIFY2(progress->text().contains(QStringLiteral("href=\"%1\"").arg(differing)), qPrintable(progress->text()));
    const QVariantList countryCounts = tree->model()->index(0, 0).data(TerritoryTreeModel::StatusCountsRole).toList();
    const int countryDiffers = countryCounts.at(int(PrecinctStatus::DiffersFromOfficial)).toInt()
                               + countryCounts.at(int(PrecinctStatus::DiffersOnDoubtfulCopy)).toInt();

    int listed = -1;
    qint64 chosen = 0;
    test::ModalAnswerer answerer;
    answerer.answer({{"saylau::PrecinctChoiceDialog", [&listed, &chosen](QWidget *widget) {
                          auto *dialog = static_cast<PrecinctChoiceDialog *>(widget);
                          listed = dialog->list()->count();
                          dialog->list()->setCurrentRow(listed - 1);
                          chosen = dialog->list()->currentItem()->data(Qt::UserRole).toLongLong();
                          dialog->accept();
                      }}});
    emit progress->linkActivated(differing);
    QTRY_VERIFY(answerer.allAnswered());
    // As many as the navigator counts on the country (the demo has some).
    QVERIFY(countryDiffers > 0);
    QCOMPARE(listed, countryDiffers);
    // The precinct chosen is where the navigator now stands, and its protocols are on the right.
    QCOMPARE(tree->currentIndex().data(TerritoryTreeModel::TerritoryIdRole).toLongLong(), chosen);
    QCOMPARE(tree->currentIndex().data(TerritoryTreeModel::PrecinctStatusRole).toInt() == int(PrecinctStatus::DiffersFromOfficial)
                 || tree->currentIndex().data(TerritoryTreeModel::PrecinctStatusRole).toInt() == int(PrecinctStatus::DiffersOnDoubtfulCopy),
             true);
}

QTEST_MAIN(TestGuiViewsFollowTheStore)
#include "TestGuiViewsFollowTheStore.moc"
