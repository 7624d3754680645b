#include "EntryFixture.h"

#include "analysis/PrecinctStatusIndex.h"
#include "entry/CountLineEdit.h"
#include "entry/DoubleEntryDialog.h"
#include "entry/EntryFormWidget.h"
#include "entry/EntryStore.h"
#include "entry/EntryWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace saylau;

// A second operator types a saved protocol blind (Ctrl+D), with one line misread; the differences come up side
// by side, are resolved by keys, and the protocol is stored as verified.
class TestGuiDoubleEntry : public QObject
{
    Q_OBJECT

private slots:
    void secondEntryWithAMismatchIsResolvedAndVerified();
    void theFirstOperatorIsNotOfferedTheSecondEntry();
    void figureFieldsLeaveTheWindowsCtrlKeysToIt();
    void resolvedFiguresBreakingARelationAreNamedAndConfirmedOnceMore();
};

namespace {

void typeAll(const QStringList &values)
{
    for (const QString &value : values) {
        QWidget *field = QApplication::focusWidget();
        QVERIFY(qobject_cast<CountLineEdit *>(field));
        QTest::keyClicks(field, value);
        QTest::keyClick(field, Qt::Key_Tab);
    }
}

const QStringList paper = {QStringLiteral("1500"), QStringLiteral("1600"), QStringLiteral("1000"),
                           QStringLiteral("990"),  QStringLiteral("10"),   QStringLiteral("600"),
                           QStringLiteral("400"),  QStringLiteral("200"),  QStringLiteral("180"),
                           QStringLiteral("120"),  QStringLiteral("80")};

// Айгерим types the paper protocol and saves it.
void enterFirst(CampaignStore &store, qint64 precinct)
{
    EntryWindow first(store, QStringLiteral("Айгерим"));
    first.show();
    QVERIFY(QTest::qWaitForWindowActive(&first));
    first.openProtocol(QStringLiteral("mazhilis"), precinct);
    QTRY_COMPARE(QApplication::focusWidget(), first.form()->field(0));
    typeAll(paper);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
}

// The second operator opens it and starts the blind entry (Ctrl+D).
void startSecond(EntryWindow &second, qint64 precinct)
{
    second.show();
    QVERIFY(QTest::qWaitForWindowActive(&second));
    second.openProtocol(QStringLiteral("mazhilis"), precinct);
    QTRY_COMPARE(QApplication::focusWidget(), second.form()->field(0));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::ControlModifier);
}

} // namespace

void TestGuiDoubleEntry::secondEntryWithAMismatchIsResolvedAndVerified()
{
    QTemporaryDir dir;
    EntryFixture fixture = EntryFixture::create(dir.filePath(QStringLiteral("double.db")));
    const qint64 precinct = fixture.precincts.at(0);
    const ProtocolKey key{QStringLiteral("mazhilis"), precinct, SourceKind::Observer, QString()};
    enterFirst(*fixture.store, precinct);
    QVERIFY(EntryStore(*fixture.store).find(key));

    EntryWindow second(*fixture.store, QStringLiteral("Бауыржан"));
    startSecond(second, precinct);
    QVERIFY(second.isSecondEntry());
    // Blind: the first entry's values are not on screen.
    for (int slot = 0; slot < second.form()->fieldCount(); ++slot)
        QVERIFY(second.form()->field(slot)->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), second.form()->field(0));

    QStringList misread = paper;
    misread[7] = QStringLiteral("260"); // party 2: 260 for 200
    typeAll(misread);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);

    auto *dialog = second.findChild<DoubleEntryDialog *>();
    QVERIFY(dialog);
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog));
    QCOMPARE(dialog->table()->rowCount(), 1);
    QCOMPARE(dialog->table()->item(0, 1)->text(), QStringLiteral("200"));
    QCOMPARE(dialog->table()->item(0, 2)->text(), QStringLiteral("260"));
    auto *verify = dialog->findChild<QPushButton *>(QStringLiteral("verifyButton"));
    QVERIFY(!verify->isEnabled());
    // The person looks at the paper: the first operator read it right. Ctrl+1 takes the first value.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    QVERIFY(dialog->reconciliation().isComplete());
    QVERIFY(verify->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(verify));
    QTest::keyClick(verify, Qt::Key_Return);

    EntryStore entries(*fixture.store);
    const Protocol verified = *entries.find(key);
    QCOMPARE(entries.status(verified.id), EntryStatus::Verified);
    QCOMPARE(verified.figures.value(7), std::optional<qint64>(200));
    QVERIFY(entries.secondEntries(verified.id).isEmpty());
    QCOMPARE(second.statuses().status(precinct), PrecinctStatus::Verified);
    QVERIFY(!second.isSecondEntry());
}

void TestGuiDoubleEntry::theFirstOperatorIsNotOfferedTheSecondEntry()
{
    QTemporaryDir dir;
    EntryFixture fixture = EntryFixture::create(dir.filePath(QStringLiteral("same.db")));
    EntryStore(*fixture.store).save(EntryFixture::consistentProtocol(fixture.precincts.at(0)), QStringLiteral("Айгерим"));
    // The fixture's copy is "1"; the window opens the copy already in the file.
    EntryWindow window(*fixture.store, QStringLiteral("Айгерим"));
    window.openProtocol(QStringLiteral("mazhilis"), fixture.precincts.at(0));
    QCOMPARE(window.session().current().copy, QStringLiteral("1"));
    // Refused with the reason, not merely not started (a window with no protocol open would not start either).
    QString told;
    QTimer::singleShot(0, this, [&told] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            told = box->text();
            box->close();
        }
    });
    window.startSecondEntry();
    QVERIFY(!window.isSecondEntry());
    QVERIFY2(told.startsWith(QStringLiteral("You entered this protocol yourself.")), qPrintable(told));
}

void TestGuiDoubleEntry::figureFieldsLeaveTheWindowsCtrlKeysToIt()
{
    const auto keeps = [](Qt::Key key, Qt::KeyboardModifiers modifiers) {
        return CountLineEdit::keepsKey(QKeyEvent(QEvent::ShortcutOverride, key, modifiers));
    };
    // On X11 a line edit takes Ctrl+D as Delete, Ctrl+K and Ctrl+U as deletions, Ctrl+E as End: in a figure
    // field Ctrl+D emptied the figure instead of starting the second entry. The offscreen platform binds none
    // of them, so the rule is checked as such.
    for (const Qt::Key key : {Qt::Key_D, Qt::Key_K, Qt::Key_U, Qt::Key_E, Qt::Key_H, Qt::Key_Z, Qt::Key_Y})
        QVERIFY2(!keeps(key, Qt::ControlModifier), qPrintable(QKeySequence(key | Qt::ControlModifier).toString()));
    for (const Qt::Key key : {Qt::Key_C, Qt::Key_V, Qt::Key_X, Qt::Key_A})
        QVERIFY2(keeps(key, Qt::ControlModifier), qPrintable(QKeySequence(key | Qt::ControlModifier).toString()));
    QVERIFY(keeps(Qt::Key_5, Qt::NoModifier));
    QVERIFY(keeps(Qt::Key_Delete, Qt::NoModifier));
    QVERIFY(keeps(Qt::Key_Backspace, Qt::NoModifier));

    // A field leaves the override unaccepted, so the window's action takes the key.
    CountLineEdit field;
    field.setValue(1500);
    QKeyEvent override(QEvent::ShortcutOverride, Qt::Key_D, Qt::ControlModifier);
    QApplication::sendEvent(&field, &override);
    QVERIFY(!override.isAccepted());
    QCOMPARE(field.value(), std::optional<qint64>(1500));
}

void TestGuiDoubleEntry::resolvedFiguresBreakingARelationAreNamedAndConfirmedOnceMore()
{
    QTemporaryDir dir;
    EntryFixture fixture = EntryFixture::create(dir.filePath(QStringLiteral("broken.db")));
    const qint64 precinct = fixture.precincts.at(0);
    const ProtocolKey key{QStringLiteral("mazhilis"), precinct, SourceKind::Observer, QString()};
    enterFirst(*fixture.store, precinct);
    EntryWindow second(*fixture.store, QStringLiteral("Бауыржан"));
    startSecond(second, precinct);
    QVERIFY(second.isSecondEntry());
    // Parties 2 and 4 read as 210 and 110 (the first read 200 and 120): each entry adds up on its own.
    QStringList misread = paper;
    misread[7] = QStringLiteral("210");
    misread[9] = QStringLiteral("110");
    typeAll(misread);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    auto *dialog = second.findChild<DoubleEntryDialog *>();
    QVERIFY(dialog);
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog));
    auto *breaks = dialog->findChild<QLabel *>(QStringLiteral("brokenRelations"));
    QVERIFY(breaks);
    // Taking the first's party 2 and the second's party 4 breaks 4 = 5 + sum(parties): said at once.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    QVERIFY(breaks->isHidden());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
    QVERIFY(dialog->reconciliation().isComplete());
    QVERIFY(!breaks->isHidden());
    QVERIFY2(breaks->text().contains(QStringLiteral("990 ≠ 980")), qPrintable(breaks->text()));

    // Verify asks once more, naming the relation; Enter alone cancels, and nothing is stored.
    auto *verify = dialog->findChild<QPushButton *>(QStringLiteral("verifyButton"));
    QString asked;
    QTimer::singleShot(0, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("confirmBrokenRelations"));
        asked = box->text();
        QTest::keyClick(box, Qt::Key_Return);
    });
    QTest::keyClick(verify, Qt::Key_Return);
    QVERIFY2(asked.contains(QStringLiteral("990 ≠ 980")), qPrintable(asked));
    QVERIFY(dialog->isVisible());
    EntryStore entries(*fixture.store);
    QCOMPARE(entries.status(entries.find(key)->id), EntryStatus::Entered);

    // Confirmed by name: verified, counted as verified, and marked as breaking a relation.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    QTest::keyClick(verify, Qt::Key_Return);
    const Protocol verified = *entries.find(key);
    QCOMPARE(entries.status(verified.id), EntryStatus::Verified);
    QCOMPARE(entries.relationErrors(verified.id), std::optional<int>(1));
    QCOMPARE(second.statuses().status(precinct), PrecinctStatus::RelationError);
    QCOMPARE(second.statuses().verifiedCount(fixture.district), 1);
}

QTEST_MAIN(TestGuiDoubleEntry)
#include "TestGuiDoubleEntry.moc"
