// The summary report on the demo against the seed's published tables and the CEC's national result, its
// rounding options, the seats section, and its files: XLSX (a real workbook with numbers), CSV, PDF.

#include "CliRunner.h"
#include "ForensicsPageCheck.h"
#include "analysis/SummaryReport.h"
#include "analysis/SummaryReportWriter.h"
#include "analysis/SummaryReportXlsx.h"
#include "io/DemoCampaign.h"
#include "storage/CampaignStore.h"
#ifdef SAYLAU_HAS_RENDER
#include "render/ReportPdf.h"
#endif

#include <QJsonDocument>
#include <QRegularExpression>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using namespace saylau::test;
using namespace Qt::StringLiterals;

class TestReportExports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CampaignStore> m_store;

    SummaryReport report(const QString &contest, SummaryReport::Options options = {}) const
    {
        return SummaryReport::fromStore(*m_store, contest, options);
    }

    qint64 shareOf(const SummaryReport &r, const QString &party, int source = 0, int precision = 0) const
    {
        return r.total().cells.at(source).parties.at(r.contest().findParty(party)).roundedUnits(precision);
    }

    // unzip is found at configure time (tests/CMakeLists.txt) and installed by scripts/setup.sh: a machine
    // without it fails here rather than passing unchecked.
    QByteArray unzip(const QStringList &arguments) const
    {
        QProcess unzip;
        unzip.start(QStringLiteral(SAYLAU_UNZIP_PATH), arguments);
        if (!unzip.waitForFinished(10000))
            return {};
        return unzip.readAllStandardOutput();
    }

private slots:
    void initTestCase()
    {
        DemoCampaign::create(m_dir.filePath(u"demo.db"_s));
        m_store = CampaignStore::open(m_dir.filePath(u"demo.db"_s));
    }

    void mazhilisMatchesTheSeed()
    {
        // Seed: 192 precincts, 433 325 voters, voted 32%, unused 68%; Nur Otan 50, Auyl 10, Ak Zhol 18,
        // Adal 12, People's Party 8, spoiled 3 (of all ballots cast).
        const SummaryReport r = report(u"mazhilis"_s);
        const SummaryReport::Cell &cell = r.total().cells.first();
        QCOMPARE(cell.totals.precincts, 192);
        QCOMPARE(cell.totals.measure(Measure::Voters), 433325);
        QCOMPARE(cell.turnout.roundedUnits(0), 32);
        QCOMPARE(cell.unused.roundedUnits(0), 68);
        QCOMPARE(shareOf(r, u"Нур Отан"_s), 50);
        QCOMPARE(shareOf(r, u"Ауыл"_s), 10);
        QCOMPARE(shareOf(r, u"Ак жол"_s), 18);
        QCOMPARE(shareOf(r, u"Адал"_s), 12);
        QCOMPARE(shareOf(r, u"НПК"_s), 8);
        QCOMPARE(cell.invalid.roundedUnits(0), 3);
    }

    void officialIsTheCecsNationalResult()
    {
        SummaryReport::Options options;
        options.sources = {SourceKind::Observer, SourceKind::Official};
        options.shareBase = SummaryReport::ShareBase::Valid;
        const SummaryReport r = report(u"mazhilis"_s, options);
        const SummaryReport::Cell &official = r.total().cells.at(1);
        QVERIFY(official.totals.published);
        QCOMPARE(official.turnout.roundedUnits(2), 6325);
        QCOMPARE(shareOf(r, u"Нур Отан"_s, 1, 2), 7109);
        QCOMPARE(shareOf(r, u"Ак жол"_s, 1, 2), 1095);
        QCOMPARE(shareOf(r, u"НПК"_s, 1, 2), 910);
        QCOMPARE(shareOf(r, u"Ауыл"_s, 1, 2), 529);
        QCOMPARE(shareOf(r, u"Адал"_s, 1, 2), 357);
        // The threshold is 7% of the ballots cast whatever the displayed base: Auyl has 5.29% of valid votes
        // and 5.08% of the ballots cast, under it either way; three lists pass.
        QCOMPARE(official.overThreshold.size(), 3);

        const SummaryReportWriter writer(r);
        const QString seats = writer.seatLines().join(u'\n');
        QVERIFY2(seats.contains(u"Nur Otan 76, Ak Zhol 12, PPK 10"_s), qPrintable(seats));
        const QString notes = writer.notes().join(u'\n');
        QVERIFY(notes.contains(u"192"_s));
        QVERIFY(notes.contains(u"11,919,241"_s));
    }

    void largestRemainderMakesEachColumnAHundred()
    {
        SummaryReport::Options options;
        options.largestRemainder = true;
        const SummaryReport r = report(u"mazhilis"_s, options);
        const SummaryReport::Cell &cell = r.total().cells.first();
        qint64 sum = cell.invalid.roundedUnits(0);
        for (const Percentage &p : cell.parties)
            sum += p.roundedUnits(0);
        QCOMPARE(sum, 100);
        // Each share rounded on its own makes 101%, which the report warns about; not so here.
        QVERIFY(!r.warnings().join(u'\n').contains(u"101%"_s));
        QVERIFY(report(u"mazhilis"_s).warnings().join(u'\n').contains(u"101%"_s));
        // The seed's own inconsistency stays visible: 38% voted + 64% unused on the oblast maslikhat.
        QVERIFY(report(u"oblast-maslikhat"_s, options).warnings().join(u'\n').contains(u"102%"_s));
    }

    void xlsxIsAWorkbookWithNumbers()
    {
        SummaryReport::Options options;
        options.sources = {SourceKind::Observer, SourceKind::Official};
        options.by = TerritoryNode::Level::Region;
        const SummaryReport r = report(u"mazhilis"_s, options);
        const QString path = m_dir.filePath(u"report.xlsx"_s);
        SummaryReportXlsx::write(SummaryReportWriter(r), path);
        const QByteArray listing = unzip({u"-l"_s, path});
        QVERIFY(listing.contains("xl/worksheets/sheet1.xml"));
        QVERIFY(listing.contains("xl/worksheets/sheet2.xml"));
        const QByteArray sheet = unzip({u"-p"_s, path, u"xl/worksheets/sheet1.xml"_s});
        // Voters and the CEC's Nur Otan votes as numbers, not text.
        QVERIFY(sheet.contains("<v>433325</v>"));
        QVERIFY(sheet.contains("<v>5148074</v>"));
        QVERIFY(sheet.contains("<v>0.32</v>"));
    }

    // The "By territory" table of the XLSX and PDF names each precinct's region and TIK in columns of their
    // own, before the precinct: one TIK's precinct told from another's of the same number.
    void byTerritoryTablesNameEachPrecinctsRegionAndTik()
    {
        SummaryReport::Options options;
        options.by = TerritoryNode::Level::Precinct;
        const SummaryReport r = report(u"mazhilis"_s, options);
        const SummaryReportWriter writer(r, QLocale(QLocale::English));
        const SummaryReportWriter::Table table = writer.rowsTable();
        QCOMPARE(writer.rowsLabelColumns(), 3);
        QCOMPARE(table.at(0).at(0).text, u"Region"_s);
        QCOMPARE(table.at(0).at(1).text, u"TIK"_s);
        QCOMPARE(table.at(0).at(2).text, u"Territory"_s);
        const SummaryReport::Row &first = r.rows().constFirst();
        QVERIFY(first.region.id != 0);
        QCOMPARE(table.at(1).at(0).text, first.region.displayName());
        QCOMPARE(table.at(1).at(1).text, first.district.displayName());

        const QString path = m_dir.filePath(u"precincts.xlsx"_s);
        SummaryReportXlsx::write(writer, path);
        const QByteArray strings = unzip({u"-p"_s, path, u"xl/sharedStrings.xml"_s});
        for (const QString &name : {u"Region"_s, u"TIK"_s, first.region.displayName()})
            QVERIFY2(strings.contains(name.toUtf8()), qPrintable(name));
        if (first.district.id != 0)
            QVERIFY(strings.contains(first.district.displayName().toUtf8()));
        const QByteArray sheet = unzip({u"-p"_s, path, u"xl/worksheets/sheet2.xml"_s});
        QVERIFY2(sheet.contains("xSplit=\"3\""), sheet.left(600).constData()); // the three names stay in view
#ifdef SAYLAU_HAS_RENDER
        const QString html = ReportPdf::html(writer, {}, 0);
        QVERIFY(html.contains(u"<td align=\"left\">"_s + first.region.displayName().toHtmlEscaped() + u"</td>"_s));
#endif
    }

    void forensicsPageHoldsTheForensicsCommandsNumbers()
    {
        const QString db = m_dir.filePath(u"demo.db"_s);
        const CliRun forensics = execSaylau({u"forensics"_s, db, u"--contest"_s, u"mazhilis"_s, u"--format"_s, u"json"_s});
        QVERIFY2(forensics.exitCode == 0, qPrintable(forensics.err));
        const QJsonObject json = QJsonDocument::fromJson(forensics.out.toUtf8()).object();

        SummaryReport::Options options;
        options.sources = {SourceKind::Observer, SourceKind::Official};
        const SummaryReport r = report(u"mazhilis"_s, options);
        SummaryReportWriter writer(r);
        QVERIFY(writer.forensicsTable().isEmpty());
        writer.setForensics(ForensicsReport::forSummary(*m_store, m_store->contest(u"mazhilis"_s), options.sources));
        const SummaryReportWriter::Table table = writer.forensicsTable();
        // The whole contest and its regions (the demo's 8; ten at most, those with the highest z), two
        // measures each, under one header.
        QCOMPARE(json.value(u"regions"_s).toArray().size(), 8);
        QCOMPARE(table.size(), 1 + 2 + 2 * 8);
        const QString differs = forensicsPageDiffers(table, json);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));

        // The workbook's Forensics sheet holds the same numbers as numbers, and the estimate's caveat.
        const QString path = m_dir.filePath(u"forensics.xlsx"_s);
        const CliRun xlsx = execSaylau({u"report"_s, db, u"--contest"_s, u"mazhilis"_s, u"--source"_s, u"both"_s,
                                        u"--forensics"_s, u"--out"_s, path});
        QVERIFY2(xlsx.exitCode == 0, qPrintable(xlsx.err));
        const QByteArray workbook = unzip({u"-p"_s, path, u"xl/workbook.xml"_s});
        QVERIFY(workbook.contains("name=\"Forensics\""));
        const QByteArray sheet = unzip({u"-p"_s, path, u"xl/worksheets/sheet2.xml"_s});
        QList<double> values;
        for (const QRegularExpressionMatch &m : QRegularExpression(u"<v>([^<]*)</v>"_s).globalMatch(QString::fromUtf8(sheet)))
            values.append(m.captured(1).toDouble());
        const QByteArray strings = unzip({u"-p"_s, path, u"xl/sharedStrings.xml"_s});
        QVERIFY(strings.contains("model-based estimate"));
        for (int row = 1; row < table.size(); ++row)
            for (int c = 1; c < table.at(row).size(); ++c) {
                const SummaryReportWriter::TableCell &cell = table.at(row).at(c);
                if (cell.kind == SummaryReportWriter::TableCell::Kind::Text)
                    continue;
                const bool found = std::any_of(values.cbegin(), values.cend(), [&](double v) {
                    return std::abs(v - cell.number) <= 1e-9 * std::max(1.0, std::abs(v));
                });
                QVERIFY2(found, qPrintable(u"%1 (row %2, column %3) is not in the sheet"_s.arg(cell.number).arg(row).arg(c)));
            }
        // --forensics has no CSV or JSON page: refused with where to look instead.
        const CliRun csv = execSaylau({u"report"_s, db, u"--contest"_s, u"mazhilis"_s, u"--forensics"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 2);
        QVERIFY(csv.err.contains(u"saylau forensics"_s));
#ifdef SAYLAU_HAS_RENDER
        // The PDF's page: its table's text as displayed, and the caveat.
        const QString html = ReportPdf::html(writer, {}, 0);
        QVERIFY(html.contains(u"Forensics"_s));
        QVERIFY(html.contains(table.at(1).at(3).text.toHtmlEscaped()));
        QVERIFY(html.contains(u"model-based estimate"_s));
#endif
    }

    void cliWritesPdfXlsxAndCsv()
    {
        for (const QString &suffix : {u"pdf"_s, u"xlsx"_s, u"csv"_s}) {
            const QString path = m_dir.filePath(u"cli."_s + suffix);
            QProcess cli;
            cli.start(QStringLiteral(SAYLAU_CLI_PATH),
                      {u"report"_s, m_dir.filePath(u"demo.db"_s), u"--contest"_s, u"mazhilis"_s, u"--source"_s,
                       u"both"_s, u"--by"_s, u"region"_s, u"--out"_s, path});
            QVERIFY(cli.waitForFinished(60000));
#ifndef SAYLAU_HAS_RENDER
            // A -DSAYLAU_GUI=OFF build draws nothing: it says so, and writes no file.
            if (suffix == u"pdf"_s) {
                QCOMPARE(cli.exitCode(), 2);
                QVERIFY(cli.readAllStandardError().contains("not in this build"));
                QVERIFY(!QFile::exists(path));
                continue;
            }
#endif
            QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            if (suffix == u"pdf"_s) {
                QVERIFY(content.startsWith("%PDF-"));
                // Tables, then four charts on pages of their own.
                QVERIFY(content.count("/Type /Page\n") + content.count("/Type /Page ") + content.count("/Type/Page")
                        >= 5);
            } else if (suffix == u"xlsx"_s) {
                QVERIFY(content.startsWith("PK"));
            } else {
                QVERIFY(content.startsWith("contest,source,level"));
            }
        }
        QProcess bad;
        bad.start(QStringLiteral(SAYLAU_CLI_PATH),
                  {u"report"_s, m_dir.filePath(u"demo.db"_s), u"--contest"_s, u"mazhilis"_s, u"--out"_s,
                   m_dir.filePath(u"report.doc"_s)});
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReportExports)
#include "TestReportExports.moc"
