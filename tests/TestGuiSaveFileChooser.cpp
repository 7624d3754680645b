#include "charts/SaveFileChooser.h"

#include <QTest>

using namespace saylau;

// A sheet or chart saved under a bare name gets the extension of the format chosen, so it opens elsewhere.
class TestGuiSaveFileChooser : public QObject
{
    Q_OBJECT

private slots:
    void bareNameGetsTheChosenFormatsExtension();
};

void TestGuiSaveFileChooser::bareNameGetsTheChosenFormatsExtension()
{
    QCOMPARE(SaveFileChooser::withExtension(QStringLiteral("/tmp/x/regions"), QStringLiteral("PDF documents (*.pdf)")),
             QStringLiteral("/tmp/x/regions.pdf"));
    QCOMPARE(SaveFileChooser::withExtension(QStringLiteral("/tmp/x/report"), QStringLiteral("Spreadsheet (*.xlsx)")),
             QStringLiteral("/tmp/x/report.xlsx"));
    // A name with its own extension, or a filter without one, is left as typed.
    QCOMPARE(SaveFileChooser::withExtension(QStringLiteral("/tmp/x/chart.svg"), QStringLiteral("PNG files (*.png)")),
             QStringLiteral("/tmp/x/chart.svg"));
    QCOMPARE(SaveFileChooser::withExtension(QStringLiteral("/tmp/x/all"), QStringLiteral("All files (*)")),
             QStringLiteral("/tmp/x/all"));
}

QTEST_MAIN(TestGuiSaveFileChooser)
#include "TestGuiSaveFileChooser.moc"
