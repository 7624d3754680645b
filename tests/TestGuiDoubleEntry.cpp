#include "EntryFixture.h"

#include "analysis/PrecinctStatusIndex.h"
#include "entry/CountLineEdit.h"
#include "entry/DoubleEntryDialog.h"
#include "entry/EntryFormWidget.h"
#include "entry/EntryStore.h"
#include "entry/EntryWindow.h"

#include <QApplication>
#include <QKeyEvent>
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

} // namespace

void TestGuiDoubleEntry::secondEntryWithAMismatchIsResolvedAndVerified()
{
    QTemporaryDir dir;
    EntryFixture fixture = EntryFixture::create(dir.filePath(QStringLiteral("double.db")));
    const qint64 precinct = fixture.precincts.at(0);
    const ProtocolKey key{QStringLiteral("mazhilis"), precinct, SourceKind::Observer, QString()};
    {
        EntryWindow first(*fixture.store, QStringLiteral("Айгерим"));
        first.show();
        QVERIFY(QTest::qWaitForWindowActive(&first));
        first.openProtocol(QStringLiteral("mazhilis"), precinct);
        QTRY_COMPARE(QApplication::focusWidget(), first.form()->field(0));
        typeAll(paper);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(EntryStore(*fixture.store).find(key));
    }

    EntryWindow second(*fixture.store, QStringLiteral("Бауыржан"));
    second.show();
    QVERIFY(QTest::qWaitForWindowActive(&second));
    second.openProtocol(QStringLiteral("mazhilis"), precinct);
    QTRY_COMPARE(QApplication::focusWidget(), second.form()->field(0));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::ControlModifier);
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

QTEST_MAIN(TestGuiDoubleEntry)
#include "TestGuiDoubleEntry.moc"
