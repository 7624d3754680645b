#include "MainWindowFixture.h"

#include "analysis/NumberFormat.h"
#include "domain/Contest.h"
#include "domain/Election.h"
#include "domain/Protocol.h"
#include "domain/TerritoryNode.h"
#include "main/LanguageManager.h"
#include "main/MainWindow.h"
#include "main/NewCampaignDialog.h"
#include "main/RecentFilesMenu.h"
#include "navigator/NavigatorPane.h"
#include "navigator/TerritoryTreeModel.h"
#include "protocol/ProtocolFiguresModel.h"
#include "protocol/ProtocolView.h"
#include "protocol/RelationCheckModel.h"
#include "storage/CampaignStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QTreeView>

using namespace saylau;

// The main window over a small campaign built here: a country with two regions, a TIK of two precincts and a
// precinct straight under a region; observer copies and official figures, one copy with an arithmetic error.
class TestGuiMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void navigatorCountsPrecinctsAndKeepsTheModelContract();
    void navigatorWidensToShowItsColumnsWhole();
    void keyboardSelectionShowsBothSourcesSideBySide();
    void failingRelationIsMarkedWithBothSidesAndDifference();
    void reopeningReturnsToTheLastPrecinct();
    void syntheticCampaignIsLabelled();
    void corruptFileIsRefusedAndChangesNothing();
    void newCampaignFromPresetByKeyboard();
    void newCampaignForAnElectionThePresetsDoNotDescribe();
    void recentFilesKeepTheEightLatestNewestFirst();
    void languageChoicePersistsAndAppliesAtOnce();

private:
    enum Slot { Voters, Received, Issued, Cast, Invalid, Unused, Party1, Party2 };
    static Figures figures(std::initializer_list<qint64> values);
    static QModelIndex childNamed(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name);
    // The navigator's node at a path of names below the country, read as the view would read it.
    QModelIndex nodeAt(const QStringList &names) const;

    QTemporaryDir m_dir;
    QString m_path;
    MainWindowFixture m_main;
};

Figures TestGuiMainWindow::figures(std::initializer_list<qint64> values)
{
    Figures result(int(values.size()));
    int slot = 0;
    for (qint64 value : values)
        result.set(slot++, value);
    return result;
}

QModelIndex TestGuiMainWindow::childNamed(const QAbstractItemModel &model, const QModelIndex &parent,
                                          const QString &name)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

QModelIndex TestGuiMainWindow::nodeAt(const QStringList &names) const
{
    QAbstractItemModel &model = *m_main.window->findChild<QTreeView *>(QStringLiteral("territoryView"))->model();
    QModelIndex index = model.index(0, 0);
    for (const QString &name : names) {
        while (model.canFetchMore(index))
            model.fetchMore(index);
        index = childNamed(model, index, name);
    }
    return index;
}

void TestGuiMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SaylauDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestGuiMainWindow"));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("small.db"));
    QSettings().clear();

    auto store = CampaignStore::create(m_path);
    Election election;
    election.name = QStringLiteral("Test election");
    election.date = QDate(2021, 1, 10);
    election.country = QStringLiteral("KZ");
    election.synthetic = true;
    store->setElection(election);

    Contest contest;
    contest.id = QStringLiteral("mazhilis");
    contest.name = QStringLiteral("Mazhilis");
    contest.form.id = QStringLiteral("test-form");
    contest.form.name = QStringLiteral("Test form");
    const QStringList labels = {QStringLiteral("Voters on the list"), QStringLiteral("Ballots received"),
                                QStringLiteral("Ballots issued"), QStringLiteral("Ballots in the boxes"),
                                QStringLiteral("Invalid ballots"), QStringLiteral("Unused ballots")};
    for (int i = 0; i < labels.size(); ++i)
        contest.form.lines.append({QString::number(i + 1), labels.at(i), labels.at(i)});
    contest.form.relations = {{QStringLiteral("2 = 3 + 6"), Severity::Error, {}},
                              {QStringLiteral("4 <= 3"), Severity::Error, {}},
                              {QStringLiteral("4 = 5 + sum(parties)"), Severity::Warning, {}}};
    contest.form.measures = {{Measure::Voters, QStringLiteral("1")}, {Measure::Cast, QStringLiteral("4")}};
    contest.ballot = {{1, QStringLiteral("Party One"), QStringLiteral("One"), QStringLiteral("#1565c0")},
                      {2, QStringLiteral("Party Two"), QStringLiteral("Two"), QStringLiteral("#c62828")}};
    store->addContest(contest);

    using Level = TerritoryNode::Level;
    const qint64 country = store->addTerritory({0, 0, Level::Country, QStringLiteral("KZ"), QStringLiteral("Kazakhstan"), {}});
    const qint64 akmola = store->addTerritory({0, country, Level::Region, QStringLiteral("11"), QStringLiteral("Akmola"), {}});
    const qint64 almaty = store->addTerritory({0, country, Level::Region, QStringLiteral("75"), QStringLiteral("Almaty"), {}});
    const qint64 tik = store->addTerritory({0, akmola, Level::District, QStringLiteral("1"), QStringLiteral("Kokshetau TIK"), {}});
    const qint64 p101 = store->addTerritory({0, tik, Level::Precinct, QStringLiteral("101"), {}, QStringLiteral("School No. 1")});
    const qint64 p102 = store->addTerritory({0, tik, Level::Precinct, QStringLiteral("102"), {}, {}});
    store->addTerritory({0, almaty, Level::Precinct, QStringLiteral("201"), {}, {}});

    auto save = [&](qint64 territory, SourceKind source, Figures values) {
        Protocol protocol;
        protocol.contestId = contest.id;
        protocol.territoryId = territory;
        protocol.source = source;
        protocol.figures = std::move(values);
        store->saveProtocol(protocol);
    };
    //                                 1     2     3    4    5   6     p1   p2
    save(p101, SourceKind::Observer, figures({1500, 1500, 600, 600, 20, 900, 400, 180}));
    save(p101, SourceKind::Official, figures({1500, 1500, 700, 700, 20, 800, 500, 180}));
    // Line 2 = 3 + 6 fails: 1 000 received, 400 + 597 accounted for, short by 3.
    save(p102, SourceKind::Observer, figures({1200, 1000, 400, 400, 10, 597, 300, 90}));
}

void TestGuiMainWindow::init()
{
    QVERIFY(m_main.start());
    QVERIFY(m_main.window->openCampaign(m_path));
}

void TestGuiMainWindow::cleanup()
{
    m_main.stop();
    // Each test starts from the same place, except where a test reopens on purpose.
    QSettings().remove(QStringLiteral("navigator"));
}

void TestGuiMainWindow::navigatorCountsPrecinctsAndKeepsTheModelContract()
{
    auto *tree = m_main.window->findChild<QTreeView *>(QStringLiteral("territoryView"));
    QVERIFY(tree);
    QAbstractItemModel &model = *tree->model();

    const QModelIndex country = model.index(0, 0);
    QCOMPARE(country.data().toString(), QStringLiteral("Kazakhstan"));
    QCOMPARE(country.data(TerritoryTreeModel::PrecinctCountRole).toInt(), 3);
    // Precinct 201 has no protocol yet: counted, but not as reported.
    QCOMPARE(country.data(TerritoryTreeModel::ReportedCountRole).toInt(), 2);
    // Opened on its regions at once; the TIK below is read only when asked for.
    QCOMPARE(model.rowCount(country), 2);
    const QModelIndex akmola = childNamed(model, country, QStringLiteral("Akmola"));
    QVERIFY(akmola.isValid());
    QCOMPARE(akmola.siblingAtColumn(TerritoryTreeModel::PrecinctsColumn).data().toString(),
             NumberFormat().count(2));
    QCOMPARE(model.rowCount(akmola), 0);
    QVERIFY(model.hasChildren(akmola));
    QVERIFY(model.canFetchMore(akmola));
    model.fetchMore(akmola);
    QCOMPARE(model.rowCount(akmola), 1);
    QVERIFY(!model.canFetchMore(akmola));

    const QModelIndex tik = model.index(0, 0, akmola);
    model.fetchMore(tik);
    QCOMPARE(model.rowCount(tik), 2);
    const QModelIndex precinct = model.index(0, 0, tik);
    QCOMPARE(precinct.data().toString(), QStringLiteral("Precinct No. 101"));
    QVERIFY(precinct.data(Qt::ToolTipRole).toString().contains(QStringLiteral("School No. 1")));
    QVERIFY(!model.hasChildren(precinct));
    QVERIFY(!model.canFetchMore(precinct));

    // Last, because the tester reads (and so fetches) the whole tree.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex almaty = childNamed(model, country, QStringLiteral("Almaty"));
    QCOMPARE(model.rowCount(almaty), 1);
    QCOMPARE(almaty.data(TerritoryTreeModel::ReportedCountRole).toInt(), 0);
    // Where this contest has nothing to show, the row is dimmed; where it has, it is not.
    QVERIFY(model.index(0, 0, almaty).data(Qt::ForegroundRole).isValid());
    QVERIFY(!precinct.data(Qt::ForegroundRole).isValid());
}

void TestGuiMainWindow::navigatorWidensToShowItsColumnsWhole()
{
    // A region whose name needs more than the navigator's default width: the pane widens to show every column
    // whole (no sideways scrolling), up to half the window.
    const QString path = m_dir.filePath(QStringLiteral("wide.db"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_path, path));
    {
        auto store = CampaignStore::open(path);
        const qint64 country = store->allTerritory().constFirst().id;
        store->addTerritory({0, country, TerritoryNode::Level::Region, QStringLiteral("99"),
                             QStringLiteral("A region whose name needs more room than that"), {}});
    }
    m_main.window->resize(1320, 820);
    QVERIFY(m_main.window->openCampaign(path));
    auto *tree = m_main.window->findChild<QTreeView *>(QStringLiteral("territoryView"));
    QVERIFY(tree);
    auto *splitter = m_main.window->findChild<QSplitter *>();
    QVERIFY(splitter);
    QTRY_VERIFY2(tree->header()->length() <= tree->viewport()->width(),
                 qPrintable(QStringLiteral("columns %1 px, view %2 px")
                                .arg(tree->header()->length())
                                .arg(tree->viewport()->width())));
    QCOMPARE(tree->horizontalScrollBar()->maximum(), 0);
    const QList<int> widened = splitter->sizes();
    QVERIFY(widened.at(0) <= (widened.at(0) + widened.at(1)) / 2);

    // A campaign whose columns need less does not narrow the pane.
    QVERIFY(m_main.window->openCampaign(m_path));
    QTest::qWait(0);
    QVERIFY(splitter->sizes().at(0) >= widened.at(0));
}

void TestGuiMainWindow::keyboardSelectionShowsBothSourcesSideBySide()
{
    auto *tree = m_main.window->findChild<QTreeView *>(QStringLiteral("territoryView"));
    tree->setFocus();
    tree->setCurrentIndex(tree->model()->index(0, 0));
    // Country -> Akmola (open it) -> Kokshetau TIK (open it) -> precinct 101, as a user would with arrows.
    QTest::keyClick(tree, Qt::Key_Down);
    QTest::keyClick(tree, Qt::Key_Right);
    QTest::keyClick(tree, Qt::Key_Down);
    QTest::keyClick(tree, Qt::Key_Right);
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Precinct No. 101"));

    auto *view = m_main.window->findChild<ProtocolView *>();
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("protocolTitle"))->text().contains(QStringLiteral("101")));
    ProtocolFiguresModel *figuresModel = view->figuresModel();
    QCOMPARE(figuresModel->columnCount(), ProtocolFiguresModel::FirstProtocolColumn + 2);
    const int observer = ProtocolFiguresModel::FirstProtocolColumn;
    const int official = observer + 1;
    QCOMPARE(figuresModel->headerData(observer, Qt::Horizontal).toString(), QStringLiteral("Observer copy"));
    QCOMPARE(figuresModel->headerData(official, Qt::Horizontal).toString(), QStringLiteral("Official"));

    // Lines in paper order, then the parties in ballot order.
    QCOMPARE(figuresModel->rowCount(), 8);
    QCOMPARE(figuresModel->index(Received, ProtocolFiguresModel::LabelColumn).data().toString(),
             QStringLiteral("Ballots received"));
    QCOMPARE(figuresModel->index(Party1, ProtocolFiguresModel::LabelColumn).data().toString(), QStringLiteral("Party One"));
    QCOMPARE(figuresModel->index(Cast, observer).data().toString(), NumberFormat().count(600));
    // The official figure carries its difference from the observer's copy; the copy is the reference.
    QCOMPARE(figuresModel->index(Cast, official).data().toString(),
             QStringLiteral("%1 (%2)").arg(NumberFormat().count(700), NumberFormat().signedCount(100)));
    QCOMPARE(figuresModel->index(Cast, official).data(ProtocolFiguresModel::ValueRole).toLongLong(), 700);
    QVERIFY(figuresModel->index(Cast, official).data(Qt::ToolTipRole).toString().contains(NumberFormat().count(600)));
    QCOMPARE(figuresModel->index(Party2, official).data().toString(),
             figuresModel->index(Party2, observer).data().toString());
    QCOMPARE(figuresModel->index(Party1, official).data(ProtocolFiguresModel::ValueRole).toLongLong(), 500);
    // Where the sources disagree the row is marked; where they agree it is not.
    QVERIFY(figuresModel->index(Party1, official).data(Qt::BackgroundRole).isValid());
    QVERIFY(!figuresModel->index(Party2, official).data(Qt::BackgroundRole).isValid());
}

void TestGuiMainWindow::failingRelationIsMarkedWithBothSidesAndDifference()
{
    auto *tree = m_main.window->findChild<QTreeView *>(QStringLiteral("territoryView"));
    const QModelIndex precinct =
        nodeAt({QStringLiteral("Akmola"), QStringLiteral("Kokshetau TIK"), QStringLiteral("Precinct No. 102")});
    tree->selectionModel()->setCurrentIndex(precinct, QItemSelectionModel::ClearAndSelect);

    auto *view = m_main.window->findChild<ProtocolView *>();
    RelationCheckModel *relations = view->relationModel();
    QCOMPARE(relations->rowCount(), 3);
    QCOMPARE(relations->columnCount(), RelationCheckModel::FirstProtocolColumn + 1);
    const QModelIndex failing = relations->index(0, RelationCheckModel::FirstProtocolColumn);
    QCOMPARE(failing.data(RelationCheckModel::StatusRole).toInt(), int(FormEvaluator::Outcome::Status::Violated));
    QCOMPARE(failing.data(RelationCheckModel::DifferenceRole).toLongLong(), 3);
    const QString text = failing.data().toString();
    QVERIFY2(text.startsWith(QStringLiteral("✗")), qPrintable(text));
    QVERIFY2(text.contains(NumberFormat().count(1000)) && text.contains(NumberFormat().count(997))
                 && text.contains(NumberFormat().signedCount(3)),
             qPrintable(text));

    const QModelIndex holding = relations->index(1, RelationCheckModel::FirstProtocolColumn);
    QCOMPARE(holding.data(RelationCheckModel::StatusRole).toInt(), int(FormEvaluator::Outcome::Status::Holds));
    QVERIFY(holding.data().toString().startsWith(QStringLiteral("✓")));
    QCOMPARE(relations->violationCount(Severity::Error), 1);
    QCOMPARE(relations->violationCount(Severity::Warning), 0);
    // The sentence the user reads, not the rich text around it (whose colour codes hold digits of their own).
    const QString summary = QTextDocumentFragment::fromHtml(
                                view->findChild<QLabel *>(QStringLiteral("protocolSummary"))->text())
                                .toPlainText();
    QVERIFY2(summary.startsWith(QStringLiteral("1 control relation check fails.")), qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("warning")), qPrintable(summary));
}

void TestGuiMainWindow::reopeningReturnsToTheLastPrecinct()
{
    const qint64 precinct = nodeAt({QStringLiteral("Akmola"), QStringLiteral("Kokshetau TIK"),
                                    QStringLiteral("Precinct No. 102")})
                                .data(TerritoryTreeModel::TerritoryIdRole)
                                .toLongLong();
    auto *navigator = m_main.window->findChild<NavigatorPane *>();
    QVERIFY(navigator->select(QStringLiteral("mazhilis"), precinct));
    QCOMPARE(navigator->currentTerritoryId(), precinct);

    m_main.window = std::make_unique<MainWindow>(*m_main.languages);
    QVERIFY(m_main.window->openCampaign(m_path));
    QCOMPARE(m_main.window->findChild<NavigatorPane *>()->currentTerritoryId(), precinct);
    QVERIFY(m_main.window->findChild<QLabel *>(QStringLiteral("protocolTitle"))->text().contains(QStringLiteral("102")));
}

void TestGuiMainWindow::syntheticCampaignIsLabelled()
{
    QVERIFY(m_main.window->windowTitle().contains(QStringLiteral("Test election")));
    auto *banner = m_main.window->findChild<QLabel *>(QStringLiteral("syntheticBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("Synthetic"), Qt::CaseInsensitive));
}

void TestGuiMainWindow::corruptFileIsRefusedAndChangesNothing()
{
    const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.db"));
    QFile file(corrupt);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("SQLite format 3") + QByteArray(4096, '\x5a'));
    file.close();

    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        shown = box->text();
        box->accept();
    });
    QVERIFY(!m_main.window->openCampaign(corrupt));
    QVERIFY(!shown.isEmpty());
    QCOMPARE(m_main.window->campaign()->path(), m_path);
    QVERIFY(m_main.window->windowTitle().contains(QStringLiteral("Test election")));
}

void TestGuiMainWindow::newCampaignFromPresetByKeyboard()
{
    const QString path = m_dir.filePath(QStringLiteral("new.db"));
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<NewCampaignDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogSeen = true;
        MainWindowFixture::acceptNewCampaignAt(dialog, path);
    });
    QTest::keyClick(m_main.window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(dialogSeen);

    QCOMPARE(m_main.window->campaign()->path(), path);
    QVERIFY(!m_main.window->campaign()->contests().isEmpty());
    QVERIFY(!m_main.window->findChild<QLabel *>(QStringLiteral("syntheticBanner"))->isVisible());
    QCOMPARE(RecentFilesMenu::files().constFirst(), QFileInfo(path).absoluteFilePath());
}

void TestGuiMainWindow::newCampaignForAnElectionThePresetsDoNotDescribe()
{
    // As saylau init --name --date --empty-ballots: the 2011 Duma preset for the 2016 election.
    const QString path = m_dir.filePath(QStringLiteral("duma2016.db"));
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<NewCampaignDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *preset = dialog->findChild<QComboBox *>(QStringLiteral("presetBox"));
        preset->setCurrentIndex(preset->findData(QStringLiteral("ru-duma-2011")));
        dialog->findChild<QLineEdit *>(QStringLiteral("electionNameEdit"))->setText(QStringLiteral("State Duma 2016"));
        dialog->findChild<QDateEdit *>(QStringLiteral("electionDateEdit"))->setDate(QDate(2016, 9, 18));
        auto *emptyBallots = dialog->findChild<QCheckBox *>(QStringLiteral("emptyBallotsBox"));
        emptyBallots->setFocus();
        QTest::keyClick(emptyBallots, Qt::Key_Space);
        MainWindowFixture::acceptNewCampaignAt(dialog, path);
    });
    QTest::keyClick(m_main.window.get(), Qt::Key_N, Qt::ControlModifier);

    QCOMPARE(m_main.window->campaign()->path(), path);
    QCOMPARE(m_main.window->campaign()->election().displayName(), QStringLiteral("State Duma 2016"));
    QCOMPARE(m_main.window->campaign()->election().date, QDate(2016, 9, 18));
    QVERIFY(m_main.window->campaign()->contests().constFirst().ballot.isEmpty());
}

void TestGuiMainWindow::recentFilesKeepTheEightLatestNewestFirst()
{
    RecentFilesMenu menu;
    for (int i = 1; i <= 10; ++i)
        menu.addFile(m_dir.filePath(QStringLiteral("c%1.db").arg(i)));
    // Opening one again moves it to the top instead of listing it twice.
    menu.addFile(m_dir.filePath(QStringLiteral("c5.db")));
    const QStringList files = RecentFilesMenu::files();
    QCOMPARE(files.size(), RecentFilesMenu::MaxFiles);
    QCOMPARE(files.constFirst(), m_dir.filePath(QStringLiteral("c5.db")));
    QCOMPARE(files.at(1), m_dir.filePath(QStringLiteral("c10.db")));
    QCOMPARE(files.count(m_dir.filePath(QStringLiteral("c5.db"))), 1);
    QVERIFY(!files.contains(m_dir.filePath(QStringLiteral("c2.db"))));
}

void TestGuiMainWindow::languageChoicePersistsAndAppliesAtOnce()
{
    QMenu *fileMenu = m_main.window->menuBar()->actions().constFirst()->menu();
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    auto *tree = m_main.window->findChild<QTreeView *>(QStringLiteral("territoryView"));
    tree->setCurrentIndex(nodeAt({QStringLiteral("Akmola"), QStringLiteral("Kokshetau TIK"), QStringLiteral("Precinct No. 101")}));
    auto *title = m_main.window->findChild<QLabel *>(QStringLiteral("protocolTitle"));
    QVERIFY(title->text().startsWith(QStringLiteral("Precinct No. 101")));

    auto *russian = m_main.window->findChild<QAction *>(QStringLiteral("languageAction_ru"));
    QVERIFY(russian);
    russian->trigger();
    QCOMPARE(QSettings().value(LanguageManager::settingsKey()).toString(), QStringLiteral("ru"));
    QCOMPARE(LanguageManager::preferredLanguage(), QStringLiteral("ru"));
    QVERIFY(russian->isChecked());
    // Retranslated in place, no restart (QApplication posts LanguageChange to each window): the menu and the
    // grouping of numbers follow.
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&Файл"));
    QVERIFY(title->text().startsWith(QStringLiteral("Участок № 101")));
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Участок № 101"));
    QCOMPARE(NumberFormat().count(433325), QStringLiteral("433\u00a0325"));
    // Qt's own words too (the buttons of every dialog), from the system's qtbase catalogue.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Отмена"));

    m_main.window->findChild<QAction *>(QStringLiteral("languageAction_en"))->trigger();
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(QSettings().value(LanguageManager::settingsKey()).toString(), QStringLiteral("en"));
}

QTEST_MAIN(TestGuiMainWindow)
#include "TestGuiMainWindow.moc"
