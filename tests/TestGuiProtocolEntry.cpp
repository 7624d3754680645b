#include "EntryFixture.h"

#include "analysis/PrecinctStatusIndex.h"
#include "entry/CountLineEdit.h"
#include "entry/EntryFormWidget.h"
#include "entry/EntryStore.h"
#include "entry/EntryWindow.h"
#include "entry/HistoryDialog.h"
#include "entry/RelationPanel.h"
#include "navigator/NavigatorPane.h"
#include "navigator/TerritoryTreeModel.h"
#include "storage/DraftStore.h"
#include "storage/TerritorySearch.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTemporaryDir>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace saylau;

// A whole protocol typed the way an operator types from paper: digits, Tab and Enter, Ctrl+S, never the mouse.
// The relation panel is checked after every line; the database after the save.
class TestGuiProtocolEntry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typesAFullProtocolWithKeysOnly();
    void refusesLettersSignsAndGarbagePaste();
    void undoAndRedoTakeBackWholeLines();
    void saveAndNextOpensTheFollowingPrecinct();
    void historyShowsBothSaves();
    void navigatorShowsStatusesAndFindsPrecinctsByNumber();
    void sourceFieldsAreSavedWithTheFigures();
    void unsavedValuesAreOfferedAgainAtTheNextStart();
    void aConflictingSaveIsShownAndDecidedByThePerson();
    void savingWithNothingChangedSavesNothingAndSaysSo();

private:
    QWidget *focused() const { return QApplication::focusWidget(); }
    QString relationText(int row) const { return m_window->relationPanel()->list()->item(row)->text(); }
    int relationStatus(int row) const
    {
        return m_window->relationPanel()->list()->item(row)->data(RelationPanel::StatusRole).toInt();
    }
    void typeLine(const QString &digits, Qt::Key advance = Qt::Key_Tab);
    void selectPrecinct(const QString &number);

    QTemporaryDir m_dir;
    EntryFixture m_fixture;
    std::unique_ptr<EntryWindow> m_window;
};

void TestGuiProtocolEntry::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestGuiProtocolEntry::init()
{
    static int file = 0;
    m_fixture = EntryFixture::create(m_dir.filePath(QStringLiteral("entry%1.db").arg(++file)));
    m_window = std::make_unique<EntryWindow>(*m_fixture.store, QStringLiteral("Айгерим"));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    selectPrecinct(QStringLiteral("101"));
    // The form takes the focus once the window is active.
    QTRY_COMPARE(focused(), m_window->form()->field(0));
}

void TestGuiProtocolEntry::cleanup()
{
    m_window.reset();
    m_fixture.store.reset();
}

void TestGuiProtocolEntry::selectPrecinct(const QString &number)
{
    // The navigator is lazy: open the way down to the precinct, level by level.
    const QList<qint64> path = TerritorySearch(*m_fixture.store).pathToPrecinct(number);
    QVERIFY(!path.isEmpty());
    QTreeView *tree = m_window->navigator()->treeView();
    QAbstractItemModel *model = tree->model();
    QModelIndex parent;
    for (const qint64 id : path) {
        while (model->canFetchMore(parent))
            model->fetchMore(parent);
        QModelIndex found;
        for (int row = 0; row < model->rowCount(parent) && !found.isValid(); ++row) {
            const QModelIndex child = model->index(row, 0, parent);
            if (child.data(TerritoryTreeModel::TerritoryIdRole).toLongLong() == id)
                found = child;
        }
        QVERIFY(found.isValid());
        tree->expand(found);
        parent = found;
    }
    tree->setCurrentIndex(parent);
}

void TestGuiProtocolEntry::typeLine(const QString &digits, Qt::Key advance)
{
    QWidget *field = focused();
    QVERIFY(qobject_cast<CountLineEdit *>(field));
    QTest::keyClicks(field, digits);
    QTest::keyClick(field, advance);
}

void TestGuiProtocolEntry::typesAFullProtocolWithKeysOnly()
{
    EntryFormWidget *form = m_window->form();
    QCOMPARE(form->fieldCount(), 11);
    QCOMPARE(focused(), form->field(0));
    // Relations of kz-2021: 0 "1 >= 3", 1 "2 = 3 + 6", 2 "4 = 5 + sum(parties)", 3 "3 >= 4" (warning).
    const int notChecked = 2, holds = 0, violated = 1;
    for (int row = 0; row < 4; ++row)
        QCOMPARE(relationStatus(row), notChecked);

    typeLine(QStringLiteral("1500"));
    QCOMPARE(form->field(0)->text(), QStringLiteral("1,500"));
    QCOMPARE(focused(), form->field(1));
    typeLine(QStringLiteral("1600"), Qt::Key_Return);
    typeLine(QStringLiteral("1000"));
    QCOMPARE(relationStatus(0), holds);
    QCOMPARE(relationText(0), QStringLiteral("✓ line 1 ≥ 3: 1,500 ≥ 1,000"));
    typeLine(QStringLiteral("990"), Qt::Key_Enter);
    QCOMPARE(relationStatus(3), holds);
    typeLine(QStringLiteral("10"));

    // Line 6 misread as 590: the panel says by how much, and the three fields of the relation light up.
    QCOMPARE(focused(), form->field(5));
    QTest::keyClicks(focused(), QStringLiteral("590"));
    QCOMPARE(relationStatus(1), violated);
    QCOMPARE(relationText(1), QStringLiteral("✗ line 2 = 3 + 6: 1,600 ≠ 1,590, short by 10"));
    QVERIFY(form->field(1)->relationFailed());
    QVERIFY(form->field(2)->relationFailed());
    QVERIFY(form->field(5)->relationFailed());
    QVERIFY(!form->field(0)->relationFailed());
    QCOMPARE(m_window->relationPanel()->errorCount(), 1);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(focused(), Qt::Key_Backspace);
    typeLine(QStringLiteral("600"));
    QCOMPARE(relationStatus(1), holds);
    QVERIFY(!form->field(5)->relationFailed());

    // The parties, in ballot order; the sum relation waits for the last of them.
    const QStringList votes = {QStringLiteral("400"), QStringLiteral("200"), QStringLiteral("180"),
                               QStringLiteral("120")};
    for (const QString &v : votes) {
        typeLine(v);
        QCOMPARE(relationStatus(2), notChecked);
    }
    QTest::keyClicks(focused(), QStringLiteral("80"));
    QCOMPARE(relationStatus(2), holds);
    QCOMPARE(relationText(2), QStringLiteral("✓ line 4 = 5 + Σ parties: 990 = 990"));
    QCOMPARE(m_window->relationPanel()->errorCount(), 0);

    // Typed values are already in the draft before any save.
    const ProtocolKey key{QStringLiteral("mazhilis"), m_fixture.precincts.at(0), SourceKind::Observer, QString()};
    QVERIFY(DraftStore(*m_fixture.store).draft(key, QStringLiteral("Айгерим")));

    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    const std::optional<Protocol> saved = EntryStore(*m_fixture.store).find(key);
    QVERIFY(saved);
    QCOMPARE(saved->figures, EntryFixture::consistentProtocol(m_fixture.precincts.at(0)).figures);
    QCOMPARE(saved->enteredBy, QStringLiteral("Айгерим"));
    QCOMPARE(saved->revision, 1);
    QCOMPARE(EntryStore(*m_fixture.store).relationErrors(saved->id), std::optional<int>(0));
    QVERIFY(!DraftStore(*m_fixture.store).draft(key, QStringLiteral("Айгерим")));
    QCOMPARE(m_window->statuses().status(m_fixture.precincts.at(0)), PrecinctStatus::Entered);
}

void TestGuiProtocolEntry::refusesLettersSignsAndGarbagePaste()
{
    CountLineEdit *field = m_window->form()->field(0);
    QTest::keyClicks(field, QStringLiteral("12a-b3"));
    QCOMPARE(field->text(), QStringLiteral("123"));
    QCOMPARE(field->value(), std::optional<qint64>(123));
    QTest::keyClicks(field, QStringLiteral("4"));
    QCOMPARE(field->text(), QStringLiteral("1,234"));

    // A paste is all or nothing: a grouped number goes in, anything with a letter or a sign does not.
    field->clear();
    field->insert(QStringLiteral("1 512"));
    QCOMPARE(field->text(), QStringLiteral("1,512"));
    field->clear();
    field->insert(QStringLiteral("-15"));
    QCOMPARE(field->text(), QString());
    field->insert(QStringLiteral("15 голосов"));
    QCOMPARE(field->text(), QString());

    // No protocol cell holds more than 10^9 (Figures::maxCount), typed or imported: the keystroke that
    // would pass it is refused.
    QTest::keyClicks(field, QStringLiteral("10000000000"));
    QCOMPARE(field->value(), std::optional<qint64>(1000000000));
    field->clear();
    field->insert(QStringLiteral("1 000 000 001"));
    QCOMPARE(field->text(), QString());
    // A figure selected on entering the field: a stray Space or letter leaves it; a digit replaces it.
    QTest::keyClicks(field, QStringLiteral("1500"));
    QTest::keyClick(field, Qt::Key_Tab);
    QTest::keyClick(focused(), Qt::Key_Backtab);
    QCOMPARE(focused(), static_cast<QWidget *>(field));
    QCOMPARE(field->selectedText(), QStringLiteral("1,500"));
    QTest::keyClick(field, Qt::Key_Space);
    QTest::keyClick(field, Qt::Key_X);
    QCOMPARE(field->value(), std::optional<qint64>(1500));
    QTest::keyClicks(field, QStringLiteral("7"));
    QCOMPARE(field->value(), std::optional<qint64>(7));
}

void TestGuiProtocolEntry::undoAndRedoTakeBackWholeLines()
{
    EntryFormWidget *form = m_window->form();
    typeLine(QStringLiteral("1500"));
    typeLine(QStringLiteral("1600"));
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(form->field(1)->value(), std::nullopt);
    QCOMPARE(form->field(0)->value(), std::optional<qint64>(1500));
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(form->field(0)->value(), std::nullopt);
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(form->field(0)->value(), std::optional<qint64>(1500));
    QCOMPARE(m_window->session().current().figures.value(0), std::optional<qint64>(1500));
}

void TestGuiProtocolEntry::saveAndNextOpensTheFollowingPrecinct()
{
    typeLine(QStringLiteral("1500"));
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(EntryStore(*m_fixture.store).find({QStringLiteral("mazhilis"), m_fixture.precincts.at(0),
                                               SourceKind::Observer, QString()}));
    QCOMPARE(m_window->session().current().territoryId, m_fixture.precincts.at(1));
    QCOMPARE(focused(), m_window->form()->field(0));
    QCOMPARE(m_window->form()->field(0)->value(), std::nullopt);
}

void TestGuiProtocolEntry::historyShowsBothSaves()
{
    typeLine(QStringLiteral("1500"));
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    m_window->form()->field(0)->setFocus();
    QTest::keyClick(focused(), Qt::Key_Backspace);
    QTest::keyClicks(focused(), QStringLiteral("1"));
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);

    QTest::keyClick(focused(), Qt::Key_H, Qt::ControlModifier);
    auto *dialog = m_window->findChild<HistoryDialog *>();
    QVERIFY(dialog);
    QTreeWidget *tree = dialog->tree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    // Newest first: revision 2 changed line 1 from 1 500 to 1 501.
    QVERIFY2(tree->topLevelItem(0)->text(0).contains(QStringLiteral("Revision 2")),
             qPrintable(tree->topLevelItem(0)->text(0)));
    QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(1), QStringLiteral("1,500"));
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(2), QStringLiteral("1,501"));
    QCOMPARE(tree->topLevelItem(1)->childCount(), 1);
    dialog->close();
}

void TestGuiProtocolEntry::navigatorShowsStatusesAndFindsPrecinctsByNumber()
{
    // Line 3 above line 1 breaks "1 >= 3": saved anyway, and marked so in the navigator.
    typeLine(QStringLiteral("900"));
    typeLine(QStringLiteral("1600"));
    typeLine(QStringLiteral("1000"));
    QCOMPARE(m_window->relationPanel()->errorCount(), 1);
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);

    TerritoryTreeModel *model = m_window->navigator()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex precinct = model->revealTerritory(m_fixture.precincts.at(0));
    QCOMPARE(precinct.data(TerritoryTreeModel::PrecinctStatusRole).toInt(), int(PrecinctStatus::RelationError));
    const QModelIndex district = model->revealTerritory(m_fixture.district);
    const QVariantList counts = district.data(TerritoryTreeModel::StatusCountsRole).toList();
    QCOMPARE(counts.value(int(PrecinctStatus::NotEntered)).toInt(), 2);
    QCOMPARE(counts.value(int(PrecinctStatus::RelationError)).toInt(), 1);
    QCOMPARE(model->index(district.row(), TerritoryTreeModel::StatusColumn, district.parent()).data().toString(),
             QStringLiteral("✗\u00a01  ○\u00a02"));

    // Ctrl+F, a number, Enter: the precinct opens, ready for typing.
    QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focused(), static_cast<QWidget *>(m_window->navigator()->searchBox()));
    QTest::keyClicks(focused(), QStringLiteral("103"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(m_window->session().current().territoryId, m_fixture.precincts.at(2));
    QTRY_COMPARE(focused(), m_window->form()->field(0));
    // A number no precinct has: creating it is offered; Escape leaves everything as it was.
    bool offered = false;
    QTimer::singleShot(0, this, [&offered] {
        QWidget *dialog = QApplication::activeModalWidget();
        offered = dialog && dialog->objectName() == QLatin1String("territoryEditDialog");
        if (dialog)
            QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QVERIFY(!m_window->navigator()->findPrecinct(QStringLiteral("999")));
    QVERIFY(offered);
    QVERIFY(TerritorySearch(*m_fixture.store).precinctsNumbered(QStringLiteral("999")).isEmpty());
    QCOMPARE(m_window->session().current().territoryId, m_fixture.precincts.at(2));
}

void TestGuiProtocolEntry::sourceFieldsAreSavedWithTheFigures()
{
    typeLine(QStringLiteral("1500"));
    // Through the keyboard from the last line of the form: Tab leads on into the source fields.
    for (int slot = 1; slot < m_window->form()->fieldCount(); ++slot)
        QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("observerName"));
    QTest::keyClicks(focused(), QStringLiteral("Erzhan Abayev"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("observerContact"));
    QTest::keyClicks(focused(), QStringLiteral("+7 701 555 0101"));
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);

    const std::optional<Protocol> saved = EntryStore(*m_fixture.store).find(
        {QStringLiteral("mazhilis"), m_fixture.precincts.at(0), SourceKind::Observer, QString()});
    QVERIFY(saved);
    QCOMPARE(saved->observerName, QStringLiteral("Erzhan Abayev"));
    QCOMPARE(saved->observerContact, QStringLiteral("+7 701 555 0101"));
    QCOMPARE(saved->figures.value(0), std::optional<qint64>(1500));
}

void TestGuiProtocolEntry::unsavedValuesAreOfferedAgainAtTheNextStart()
{
    typeLine(QStringLiteral("1500"));
    typeLine(QStringLiteral("1600"));
    // The program goes away without saving.
    m_window.reset();

    m_window = std::make_unique<EntryWindow>(*m_fixture.store, QStringLiteral("Айгерим"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = true;
        QTest::keyClick(box, Qt::Key_Return); // Yes is the default
    });
    m_window->offerDraftRestore();
    QVERIFY(asked);
    QCOMPARE(m_window->session().current().territoryId, m_fixture.precincts.at(0));
    QCOMPARE(m_window->form()->field(0)->value(), std::optional<qint64>(1500));
    QCOMPARE(m_window->form()->field(1)->value(), std::optional<qint64>(1600));
    QVERIFY(m_window->session().isModified());
}

void TestGuiProtocolEntry::aConflictingSaveIsShownAndDecidedByThePerson()
{
    const ProtocolKey key{QStringLiteral("mazhilis"), m_fixture.precincts.at(0), SourceKind::Observer, QString()};
    const Contest contest = m_fixture.store->contest(QStringLiteral("mazhilis"));
    typeLine(QStringLiteral("1500"));
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);

    // Another copy of the program on the same file saves the protocol meanwhile: line 1 read otherwise, and
    // line 2, which she leaves alone, typed in.
    auto other = CampaignStore::open(m_fixture.store->path());
    EntryStore otherEntries(*other);
    Protocol theirs = *otherEntries.find(key);
    theirs.figures.set(0, 1499);
    theirs.figures.set(1, 1600);
    otherEntries.save(theirs, QStringLiteral("Бауыржан"));

    m_window->form()->field(0)->setFocus();
    QTest::keyClick(focused(), Qt::Key_Backspace);
    QTest::keyClicks(focused(), QStringLiteral("1"));
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        shown = box->text() + QLatin1Char('\n') + box->informativeText();
        QCOMPARE(box->buttonRole(box->defaultButton()), QMessageBox::AcceptRole); // Enter keeps her values
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(shown.contains(QStringLiteral("Бауыржан")), qPrintable(shown));
    // The one line both changed is named as the form names it; the line only he changed is kept as his.
    QVERIFY2(shown.contains(QStringLiteral("line 1 (%1): stored 1,499, yours 1,501").arg(contest.slotShortLabel(0))),
             qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("(you did not change them): line 2 (%1).").arg(contest.slotShortLabel(1))),
             qPrintable(shown));

    // She kept her value where both typed one: revision 3 says 1 501, and his line 2 stays.
    const Protocol stored = *EntryStore(*m_fixture.store).find(key);
    QCOMPARE(stored.revision, 3);
    QCOMPARE(stored.figures.value(0), std::optional<qint64>(1501));
    QCOMPARE(stored.figures.value(1), std::optional<qint64>(1600));
    QCOMPARE(m_window->form()->field(1)->value(), std::optional<qint64>(1600));
    const QList<HistoryEntry> history = EntryStore(*m_fixture.store).history(stored.id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(1).savedBy, QStringLiteral("Бауыржан"));
    QCOMPARE(history.at(2).changes.size(), 1);
    QCOMPARE(history.at(2).changes.at(0).key, QStringLiteral("1"));
}

void TestGuiProtocolEntry::savingWithNothingChangedSavesNothingAndSaysSo()
{
    const ProtocolKey key{QStringLiteral("mazhilis"), m_fixture.precincts.at(0), SourceKind::Observer, QString()};
    typeLine(QStringLiteral("1500"));
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    const Protocol stored = *EntryStore(*m_fixture.store).find(key);
    QCOMPARE(stored.revision, 1);
    QCOMPARE(EntryStore(*m_fixture.store).history(stored.id).size(), 1);
    const QString told = m_window->statusBar()->currentMessage();
    QVERIFY2(told.contains(QStringLiteral("nothing to save")), qPrintable(told));
}

QTEST_MAIN(TestGuiProtocolEntry)
#include "TestGuiProtocolEntry.moc"
