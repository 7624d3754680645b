// The discrepancy views on the demo campaign, driven as a user would: the table over its model (contract
// checked), filters by kind, region, party and size of the shift, cells coloured by direction, a double-click
// that opens the precinct side by side with its differing lines highlighted and the copy's photo, the PDF
// sheet, and the Reports menu of the main window that opens it all.

#include "analysis/ComparisonInput.h"
#include "analysis/DiscrepancyResult.h"
#include "compare/DiscrepancyColors.h"
#include "compare/DiscrepancyFilterModel.h"
#include "compare/DiscrepancySheet.h"
#include "compare/DiscrepancyTableModel.h"
#include "compare/DiscrepancyWindow.h"
#include "compare/PrecinctComparisonDialog.h"
#include "compare/PrecinctComparisonModel.h"
#include "io/DemoCampaign.h"
#include "main/LanguageManager.h"
#include "main/MainWindow.h"
#include "storage/AttachmentStore.h"
#include "storage/CampaignStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QComboBox>
#include <QFile>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using namespace Qt::StringLiterals;

class TestGuiDiscrepancy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CampaignStore> m_store;
    std::unique_ptr<DiscrepancyWindow> m_window;
    QList<DemoCampaign::Inflation> m_mazhilis;

    static void choose(QComboBox *combo, const QVariant &data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
    }

    int leaderColumn() const
    {
        const Contest &contest = m_window->result()->contest();
        for (int i = 0; i < contest.ballot.size(); ++i) {
            if (contest.ballot.at(i).shortName == DemoCampaign::leaderShortName())
                return DiscrepancyTableModel::FirstPartyColumn + i;
        }
        return -1;
    }

    PrecinctComparisonDialog *openFirstRowByDoubleClick()
    {
        QTableView *table = m_window->tableView();
        const QRect rect = table->visualRect(table->model()->index(0, DiscrepancyTableModel::TerritoryColumn));
        // The first click of a double click is a press and release; then the double-click event.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        return m_window->findChild<PrecinctComparisonDialog *>();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"demo.db"_s);
        DemoCampaign::create(m_path);
        m_store = CampaignStore::open(m_path);
        for (const DemoCampaign::Inflation &inflation : DemoCampaign::inflations()) {
            if (inflation.contestId == u"mazhilis"_s)
                m_mazhilis.append(inflation);
        }
        QVERIFY(m_mazhilis.size() >= 3);
    }

    void init()
    {
        m_window = std::make_unique<DiscrepancyWindow>(*m_store);
        QVERIFY(m_window->setContest(u"mazhilis"_s));
        m_window->resize(1400, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
    }

    void modelsKeepTheirContract()
    {
        QAbstractItemModelTester table(m_window->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filter(m_window->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        choose(m_window->kindFilter(), -1); // everything compared
        QCOMPARE(m_window->filterModel()->rowCount(), m_window->tableModel()->rowCount());
        QVERIFY(m_window->setContest(u"city-maslikhat"_s));
        QVERIFY(m_window->tableModel()->rowCount() > 0);
    }

    void findingsAreListedLargestShiftFirst()
    {
        // The documented inflations, and the CEC's national total set against the sample's copies.
        QCOMPARE(m_window->filterModel()->rowCount(), m_mazhilis.size() + 1);
        qint64 largest = 0;
        for (const DemoCampaign::Inflation &inflation : std::as_const(m_mazhilis))
            largest = std::max(largest, inflation.ballots);
        const QModelIndex first = m_window->filterModel()->index(0, DiscrepancyTableModel::ShiftColumn);
        QCOMPARE(first.data(DiscrepancyTableModel::RawValueRole).toLongLong(), largest);
        // Who gained is read near the left, without scrolling to the party columns.
        const Contest contest = m_store->contest(u"mazhilis"_s);
        const QString leader = contest.ballot.at(contest.findParty(DemoCampaign::leaderShortName())).displayShortName();
        const QString gained = leader + u' '
                               + m_window->filterModel()->index(0, leaderColumn()).data().toString();
        const QString gainLoss = m_window->filterModel()->index(0, DiscrepancyTableModel::GainLossColumn).data().toString();
        QVERIFY2(gainLoss.startsWith(gained), qPrintable(gainLoss + u" / "_s + gained));
    }

    void filtersByKindPartyRegionAndShift()
    {
        DiscrepancyFilterModel *filter = m_window->filterModel();
        choose(m_window->kindFilter(), int(Discrepancy::Kind::Differs));
        QCOMPARE(filter->rowCount(), m_mazhilis.size());

        choose(m_window->partyFilter(), leaderColumn() - DiscrepancyTableModel::FirstPartyColumn);
        QCOMPARE(filter->rowCount(), m_mazhilis.size());
        choose(m_window->partyFilter(), leaderColumn() == DiscrepancyTableModel::FirstPartyColumn ? 1 : 0);
        QCOMPARE(filter->rowCount(), 0);
        choose(m_window->partyFilter(), -1);

        const qint64 regionId = m_window->tableModel()
                                    ->discrepancy(filter->mapToSource(filter->index(0, 0)).row())
                                    .regionId;
        choose(m_window->regionFilter(), regionId);
        QCOMPARE(filter->rowCount(), 1);
        choose(m_window->regionFilter(), qint64(0));

        QList<qint64> sizes;
        for (const DemoCampaign::Inflation &inflation : std::as_const(m_mazhilis))
            sizes.append(inflation.ballots);
        std::sort(sizes.begin(), sizes.end(), std::greater<>());
        QSpinBox *shift = m_window->shiftFilter();
        shift->setFocus();
        shift->selectAll();
        QTest::keyClicks(shift, QString::number(sizes.at(1)));
        QCOMPARE(shift->value(), int(sizes.at(1)));
        QCOMPARE(filter->rowCount(), 2);
    }

    void differingCellsAreColouredByDirection()
    {
        choose(m_window->kindFilter(), int(Discrepancy::Kind::Differs));
        const QModelIndex leader = m_window->filterModel()->index(0, leaderColumn());
        const QColor color = leader.data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(color.isValid());
        QCOMPARE(color.rgb(), DiscrepancyColors::added().rgb());
        const int other = leaderColumn() == DiscrepancyTableModel::FirstPartyColumn ? leaderColumn() + 1
                                                                                    : DiscrepancyTableModel::FirstPartyColumn;
        QVERIFY(!m_window->filterModel()->index(0, other).data(Qt::BackgroundRole).isValid());
        QVERIFY(DiscrepancyColors::background(-5, 10).rgb() == DiscrepancyColors::taken().rgb());
        QVERIFY(DiscrepancyColors::background(10, 10).alpha() > DiscrepancyColors::background(1, 10).alpha());
    }

    void doubleClickOpensThePrecinctSideBySide()
    {
        choose(m_window->kindFilter(), int(Discrepancy::Kind::Differs));
        PrecinctComparisonDialog *dialog = openFirstRowByDoubleClick();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        PrecinctComparisonModel *model = dialog->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->differingLines(), 4);
        int highlighted = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const bool differs = model->difference(row).value_or(0) != 0;
            QCOMPARE(model->index(row, PrecinctComparisonModel::OfficialColumn).data(Qt::BackgroundRole).isValid(),
                     differs);
            highlighted += differs ? 1 : 0;
        }
        QCOMPARE(highlighted, 4);
        dialog->close();
    }

    void enterOnARowOpensItToo()
    {
        choose(m_window->kindFilter(), int(Discrepancy::Kind::Differs));
        QTableView *table = m_window->tableView();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(1, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto *dialog = m_window->findChild<PrecinctComparisonDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->model()->differingLines(), 4);
        dialog->close();
    }

    void discrepancySheetIsAPdfWithThePhoto()
    {
        choose(m_window->kindFilter(), int(Discrepancy::Kind::Differs));
        // The observer's photo of the protocol, attached to the copy of the precinct on the first row.
        const qint64 territoryId = m_window->filterModel()->index(0, 0).data(DiscrepancyTableModel::TerritoryIdRole).toLongLong();
        QImage photo(1200, 1600, QImage::Format_RGB32);
        photo.fill(Qt::white);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(photo.save(&buffer, "PNG"));
        Attachment attachment;
        attachment.key = {u"mazhilis"_s, territoryId, SourceKind::Observer, QString()};
        attachment.fileName = u"protocol.png"_s;
        attachment.mimeType = u"image/png"_s;
        attachment.data = png;
        attachment.addedBy = u"observer"_s;
        AttachmentStore(*m_store).add(attachment);

        PrecinctComparisonDialog *dialog = openFirstRowByDoubleClick();
        QVERIFY(dialog);
        auto *shown = dialog->findChild<QLabel *>(u"protocolPhoto"_s);
        QVERIFY(shown);
        QVERIFY(!shown->pixmap().isNull());
        const QString pdf = m_dir.filePath(u"sheet.pdf"_s);
        QVERIFY(dialog->savePdf(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 2000);
        QCOMPARE(file.read(5), QByteArray("%PDF-"));

        const DiscrepancyResult &result = *m_window->result();
        const int row = m_window->filterModel()->mapToSource(m_window->filterModel()->index(0, 0)).row();
        const QString html = DiscrepancySheet(*m_store, result, result.discrepancies().at(row)).html();
        QVERIFY(html.contains(u"SYNTHETIC"_s));
        const TerritoryNode *node = result.input().territory().node(result.discrepancies().at(row).territoryId);
        QVERIFY(html.contains(node->code));
        QVERIFY(html.contains(u"<img"_s));
        dialog->close();
    }

    void settingAsideDoubtfulCopiesRecomputes()
    {
        m_window->setIncludeDoubtful(false);
        QVERIFY(!m_window->result()->settings().includeDoubtful);
        QCOMPARE(m_window->filterModel()->rowCount(), m_mazhilis.size() + 1);
    }

    void reportsMenuOpensTheDiscrepancies()
    {
        LanguageManager languages;
        MainWindow window(languages);
        QVERIFY(window.openCampaign(m_path));
        window.show();
        QAction *action = window.findChild<QAction *>(u"discrepanciesAction"_s);
        QVERIFY(action);
        action->trigger();
        auto *discrepancies = window.findChild<DiscrepancyWindow *>();
        QVERIFY(discrepancies);
        QVERIFY(discrepancies->isVisible());
        QVERIFY(discrepancies->result());
        // Opening another file takes the comparison of the old one away.
        QVERIFY(window.openCampaign(m_path));
        QVERIFY(!window.findChild<DiscrepancyWindow *>());
    }
};

QTEST_MAIN(TestGuiDiscrepancy)
#include "TestGuiDiscrepancy.moc"
