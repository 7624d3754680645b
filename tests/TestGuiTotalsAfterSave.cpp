#include "MainWindowFixture.h"

#include "entry/CountLineEdit.h"
#include "entry/EntryFormWidget.h"
#include "entry/EntryWindow.h"
#include "io/DemoCampaign.h"
#include "navigator/NavigatorPane.h"
#include "navigator/TerritoryTreeModel.h"
#include "storage/CampaignNotifier.h"
#include "storage/CampaignStore.h"

#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace saylau;
using namespace Qt::StringLiterals;

namespace {

const QString contestId = u"mazhilis"_s;

QString tableText(const QTableWidget *table)
{
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column)
            cells.append(table->item(row, column) ? table->item(row, column)->text() : QString());
    }
    return cells.join(u'\t');
}

} // namespace

// After a save the main window's navigator and overview show what a window opened afresh on the same file shows
// (the totals read from scratch), though they were brought up to date from the save alone (TotalsCache,
// TerritoryTreeModel::protocolsChanged): a save in this program's entry window, and a save by another program
// whose announcement arrives as a server relays it.
class TestGuiTotalsAfterSave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void saveInTheEntryWindowShowsTheTotalsReadFromScratch();
    void saveByAnotherProgramShowsTheTotalsReadFromScratch();

private:
    // The overview and the navigator's counts at the country, the precinct's region and district, and the
    // precinct, as the window shows them, one line each.
    static QStringList shown(MainWindow &window, qint64 precinctId);
    // The same in a main window opened afresh on the campaign file.
    QStringList shownFromScratch(qint64 precinctId);
    // A precinct of the contest with no protocol yet, and one with an observer copy.
    qint64 precinctWithoutProtocol() const;
    qint64 observedPrecinct() const;
    void showCountry();

    QTemporaryDir m_dir;
    QString m_path;
    MainWindowFixture m_main;
};

void TestGuiTotalsAfterSave::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SaylauDeskTest"_s);
    QCoreApplication::setApplicationName(u"TestGuiTotalsAfterSave"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestGuiTotalsAfterSave::init()
{
    m_path = m_dir.filePath(u"%1.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    DemoCampaign::create(m_path);
    QVERIFY(m_main.start());
    QVERIFY(m_main.window->openCampaign(m_path));
    showCountry();
}

void TestGuiTotalsAfterSave::cleanup()
{
    m_main.stop();
}

void TestGuiTotalsAfterSave::showCountry()
{
    auto *navigator = m_main.window->findChild<NavigatorPane *>();
    QVERIFY(navigator->select(contestId, navigator->model()->territory(navigator->model()->index(0, 0)).id));
    QCoreApplication::processEvents();
}

QStringList TestGuiTotalsAfterSave::shown(MainWindow &window, qint64 precinctId)
{
    auto *navigator = window.findChild<NavigatorPane *>();
    TerritoryTreeModel *model = navigator->model();
    QList<QModelIndex> path;
    for (QModelIndex index = model->revealTerritory(precinctId); index.isValid(); index = index.parent())
        path.prepend(index);
    QStringList lines;
    for (const QModelIndex &index : std::as_const(path)) {
        const qint64 id = model->territory(index).id;
        if (!navigator->select(contestId, id))
            return {u"cannot select %1"_s.arg(id)};
        // What the deferred refreshes (the overview follows the store through one) have left on screen.
        QCoreApplication::processEvents();
        const QString counts = QStringList{index.siblingAtColumn(TerritoryTreeModel::PrecinctsColumn).data().toString(),
                                           index.siblingAtColumn(TerritoryTreeModel::ReportedColumn).data().toString(),
                                           index.data(TerritoryTreeModel::ReportedCountRole).toString()}
                                   .join(u' ');
        lines << u"%1: %2 | %3 | %4"_s.arg(index.data().toString(), counts,
                                         window.findChild<QLabel *>(u"overviewProgress"_s)->text(),
                                         tableText(window.findChild<QTableWidget *>(u"overviewTable"_s)));
    }
    return lines;
}

QStringList TestGuiTotalsAfterSave::shownFromScratch(qint64 precinctId)
{
    MainWindow fresh(*m_main.languages);
    fresh.show();
    if (!fresh.openCampaign(m_path))
        return {u"the file did not open again"_s};
    return shown(fresh, precinctId);
}

qint64 TestGuiTotalsAfterSave::precinctWithoutProtocol() const
{
    const CampaignStore &store = *m_main.window->campaign();
    for (const TerritoryNode &node : store.allTerritory()) {
        if (node.level == TerritoryNode::Level::Precinct && store.protocolsAt(node.id, contestId).isEmpty())
            return node.id;
    }
    return 0;
}

qint64 TestGuiTotalsAfterSave::observedPrecinct() const
{
    const CampaignStore &store = *m_main.window->campaign();
    for (const TerritoryNode &node : store.allTerritory()) {
        for (const Protocol &protocol : store.protocolsAt(node.id, contestId)) {
            if (node.level == TerritoryNode::Level::Precinct && protocol.source == SourceKind::Observer)
                return node.id;
        }
    }
    return 0;
}

void TestGuiTotalsAfterSave::saveInTheEntryWindowShowsTheTotalsReadFromScratch()
{
    const qint64 arrived = precinctWithoutProtocol();
    const qint64 changed = observedPrecinct();
    QVERIFY(arrived && changed);
    auto *overview = m_main.window->findChild<QTableWidget *>(u"overviewTable"_s);
    const QString before = tableText(overview);

    EntryWindow *entry = m_main.openEntryWindow(u"Айгерим"_s);
    QVERIFY(entry);
    entry->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(entry));
    // The first protocol of a precinct (its count goes up the tree), then another figure in an observer copy.
    for (const auto &[precinct, typed] : {std::pair(arrived, u"1500"_s), std::pair(changed, u"9"_s)}) {
        QVERIFY(entry->navigator()->select(contestId, precinct));
        CountLineEdit *voters = entry->form()->field(0);
        voters->setFocus();
        voters->selectAll();
        QTest::keyClicks(voters, typed);
        QTest::keyClick(voters, Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(entry->session().exists() && !entry->session().isModified(), qPrintable(entry->windowTitle()));
    }
    QCoreApplication::processEvents();
    // The country's overview on screen changed with no step of the person's.
    QVERIFY(tableText(overview) != before);

    for (const qint64 precinct : {arrived, changed}) {
        const QStringList kept = shown(*m_main.window, precinct);
        QCOMPARE(kept.size(), 4);
        QCOMPARE(kept, shownFromScratch(precinct));
    }
}

void TestGuiTotalsAfterSave::saveByAnotherProgramShowsTheTotalsReadFromScratch()
{
    const qint64 arrived = precinctWithoutProtocol();
    QVERIFY(arrived);
    const QStringList before = shown(*m_main.window, arrived);
    showCountry();
    {
        // Another program's connection to the same campaign saves a copy of the precinct.
        const std::unique_ptr<CampaignStore> other = CampaignStore::open(m_path);
        Protocol copy;
        copy.contestId = contestId;
        copy.territoryId = arrived;
        copy.figures = Figures(other->contest(contestId).slotCount());
        copy.figures.set(0, 1200);
        copy.figures.set(3, 700);
        other->saveProtocol(copy);
    }
    // Its announcement, as CampaignStore::relayChanges hears a server's NOTIFY.
    m_main.window->campaign()->notifier().hear(u"protocols %1 %2"_s.arg(arrived).arg(contestId));
    QCoreApplication::processEvents();

    const QStringList kept = shown(*m_main.window, arrived);
    QVERIFY(kept != before);
    QCOMPARE(kept, shownFromScratch(arrived));
}

QTEST_MAIN(TestGuiTotalsAfterSave)
#include "TestGuiTotalsAfterSave.moc"
