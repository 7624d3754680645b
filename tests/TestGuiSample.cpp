// Reports → Sample of precincts… driven as a user does it: the helper sizes the sample for a margin, the
// seed is typed, Draw shows the design and the deployment list, and the list saved from the dialog is the
// one `saylau sample` writes from the same seed.

#include "analysis/SampleFrame.h"
#include "io/DemoCampaign.h"
#include "sample/SampleDialog.h"
#include "storage/CampaignStore.h"
#include "storage/SampleStore.h"

#include "TestHelpers.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using namespace Qt::StringLiterals;

class TestGuiSample : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void typeInto(QWidget *field, const QString &text)
    {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void drawsTheSameListAsTheCommandLine()
    {
        const QString path = m_dir.filePath(u"demo.db"_s);
        DemoCampaign::create(path);
        auto store = CampaignStore::open(path);
        SampleDialog dialog(*store, u"mazhilis"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *size = dialog.findChild<QSpinBox *>(u"sampleSize"_s);
        auto *seed = dialog.findChild<QLineEdit *>(u"sampleSeed"_s);
        auto *margin = dialog.findChild<QDoubleSpinBox *>(u"sampleMargin"_s);
        auto *helper = dialog.findChild<QLabel *>(u"sampleHelper"_s);
        auto *stored = dialog.findChild<QLabel *>(u"sampleStored"_s);
        auto *draw = dialog.findChild<QPushButton *>(u"sampleDraw"_s);
        auto *save = dialog.findChild<QPushButton *>(u"sampleSave"_s);
        auto *summary = dialog.findChild<QPlainTextEdit *>(u"sampleSummary"_s);
        auto *list = dialog.findChild<QTableView *>(u"sampleList"_s);
        QVERIFY(size && seed && margin && helper && stored && draw && save && summary && list);
        QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(stored->text().contains(u"no sample"_s));
        QVERIFY(!save->isEnabled());

        // The helper: ±1 point on the leader's share needs 88 precincts of the demo (as `saylau sample --margin 1`).
        typeInto(margin, u"1.0"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"sampleSizeForMargin"_s), Qt::LeftButton);
        QCOMPARE(size->value(), 88);
        QVERIFY2(helper->text().contains(u"88"_s), qPrintable(helper->text()));

        typeInto(size, u"60"_s);
        typeInto(seed, u"42"_s);
        QCOMPARE(seed->text(), u"42"_s);
        QTest::mouseClick(draw, Qt::LeftButton);
        QVERIFY2(summary->toPlainText().contains(u"seed 42"_s), qPrintable(summary->toPlainText()));
        QCOMPARE(list->model()->rowCount(), 60);
        QVERIFY(save->isEnabled());
        QVERIFY(stored->text().contains(u"seed 42"_s));
        const std::optional<SampleDesign> design = SampleStore::load(*store, u"mazhilis"_s);
        QVERIFY(design);
        QCOMPARE(design->sampleSize(), 60);
        QCOMPARE(design->seed, quint64(42));

        const QString fromDialog = m_dir.filePath(u"dialog.csv"_s);
        QVERIFY(dialog.saveList(fromDialog));
        const QString other = m_dir.filePath(u"other.db"_s);
        DemoCampaign::create(other);
        const QString fromCli = m_dir.filePath(u"cli.csv"_s);
        const test::CliRun run = test::runSaylau({u"sample"_s, other, u"--contest"_s, u"mazhilis"_s, u"--size"_s,
                                                  u"60"_s, u"--seed"_s, u"42"_s, u"--out"_s, fromCli});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(read(fromDialog), read(fromCli));
        QCOMPARE(read(fromDialog).count('\n'), 61);

        // Opened again, the dialog offers the stored design.
        SampleDialog again(*store, u"mazhilis"_s);
        QCOMPARE(again.findChild<QSpinBox *>(u"sampleSize"_s)->value(), 60);
        QCOMPARE(again.findChild<QLineEdit *>(u"sampleSeed"_s)->text(), u"42"_s);
    }
};

QTEST_MAIN(TestGuiSample)
#include "TestGuiSample.moc"
