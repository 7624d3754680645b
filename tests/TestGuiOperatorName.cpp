#include "entry/OperatorDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace saylau;

// The name an operator types is the name the history records, whatever longer names were used before on the
// same computer.
class TestGuiOperatorName : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SaylauDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestGuiOperatorName"));
        QSettings().clear();
    }

    void aTypedNameIsNotCompletedToALongerOne()
    {
        OperatorDialog::remember(QStringLiteral("Данияр"));
        OperatorDialog::remember(QStringLiteral("Данияр202"));
        OperatorDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *name = dialog.findChild<QComboBox *>(QStringLiteral("operatorName"));
        // Remembered last: offered first, selected, so that typing replaces it.
        QCOMPARE(name->currentText(), QStringLiteral("Данияр202"));
        QLineEdit *field = name->lineEdit();
        field->selectAll();
        // Typed letter by letter, as the completer sees a person type (keyClicks takes ASCII only).
        for (const QChar letter : QStringLiteral("Данияр"))
            QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(letter), Qt::NoModifier);
        QCOMPARE(dialog.operatorName(), QStringLiteral("Данияр"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.operatorName(), QStringLiteral("Данияр"));
    }
};

QTEST_MAIN(TestGuiOperatorName)
#include "TestGuiOperatorName.moc"
