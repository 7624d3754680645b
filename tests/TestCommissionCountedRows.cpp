#include "SingleContestCampaign.h"
#include "TestHelpers.h"

#include "analysis/Aggregator.h"
#include "analysis/TotalsCache.h"
#include "analysis/ComparisonInput.h"
#include "analysis/DiscrepancyFinder.h"
#include "domain/SaylauError.h"
#include "domain/TerritoryIndex.h"
#include "io/Importer.h"
#include "io/PresetLibrary.h"
#include "storage/CampaignStore.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;

// Rows whose precinct cell is empty while the TIK's is filled: votes the TIK counted itself (remote
// electronic voting, postal votes, voters abroad). Each becomes a unit of its own under its TIK, counted in
// every total, checked by the form's relations, compared only with itself, and named after its TIK and label.
class TestCommissionCountedRows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    static QByteArray header()
    {
        return "Регион;ТИК;УИК;Число избирателей, внесенных в список избирателей;"
               "Число недействительных избирательных бюллетеней;1. СПРАВЕДЛИВАЯ РОССИЯ;"
               "6. Всероссийская политическая партия \"ЕДИНАЯ РОССИЯ\";Вид голосования;url\n";
    }

    // Two precincts and two units of ТИК 1 (distinct labels), one precinct and an unlabelled unit of ТИК 2.
    static QByteArray rows(int remoteVoters = 5000)
    {
        return "Москва;ТИК 1;101;2000;10;300;900;;http://cik/101\n"
               "Москва;ТИК 1;102;1500;5;200;700;;http://cik/102\n"
               "Москва;ТИК 1;;"
               + QByteArray::number(remoteVoters)
               + ";0;1000;3000;Дистанционное электронное голосование;http://cik/deg\n"
                 "Москва;ТИК 1;;400;2;50;150;Почтовое голосование;http://cik/post\n"
                 "Москва;ТИК 2;201;1800;8;250;800;;http://cik/201\n"
                 "Москва;ТИК 2;;700;1;90;310;;http://cik/abroad\n";
    }

    QString file(const QByteArray &bytes)
    {
        return test::writeFixture(m_dir.filePath(QStringLiteral("rows%1.csv").arg(++m_files)), bytes);
    }

    std::unique_ptr<CampaignStore> campaign()
    {
        return test::singleContestCampaign(m_dir.filePath(QStringLiteral("c%1.db").arg(++m_files)),
                                           QStringLiteral("duma"), QStringLiteral("ru-duma-2011"),
                                           QStringLiteral("ru-duma-2011"));
    }

    static Importer::Options options(SourceKind source)
    {
        Importer::Options o;
        o.contestId = QStringLiteral("duma");
        o.source = source;
        return o;
    }

    static QList<TerritoryNode> commissionUnits(const CampaignStore &store)
    {
        QList<TerritoryNode> units;
        for (const TerritoryNode &node : store.allTerritory()) {
            if (node.countedByCommission)
                units.append(node);
        }
        return units;
    }

private slots:
    void rowsWithATikAndNoPrecinctBecomeUnitsOfTheirTik()
    {
        auto store = campaign();
        const Importer::Summary summary = Importer(*store, file(header() + rows()), options(SourceKind::Official)).run();
        QCOMPARE(summary.imported, 6);
        QCOMPARE(summary.commissionUnits, 3);
        QCOMPARE(summary.precinctsCreated, 3);

        const QList<TerritoryNode> units = commissionUnits(*store);
        QCOMPARE(units.size(), 3);
        const TerritoryIndex index(store->allTerritory());
        QCOMPARE(index.label(units.at(0).id),
                 QStringLiteral("ТИК 1: counted by the commission (Дистанционное электронное голосование)"));
        QCOMPARE(index.label(units.at(1).id), QStringLiteral("ТИК 1: counted by the commission (Почтовое голосование)"));
        QCOMPARE(index.label(units.at(2).id), QStringLiteral("ТИК 2: counted by the commission"));
        for (const TerritoryNode &unit : units) {
            QCOMPARE(unit.level, TerritoryNode::Level::Precinct);
            QCOMPARE(index.node(unit.parentId)->level, TerritoryNode::Level::District);
        }

        // Every total is the sum of all the rows; the precinct count leaves the units out.
        const Contest contest = store->contest(QStringLiteral("duma"));
        const Aggregator totals = Aggregator::fromStore(*store, contest.id, SourceKind::Official);
        QCOMPARE(totals.grandTotal().measure(Measure::Voters), std::optional<qint64>(2000 + 1500 + 5000 + 400 + 1800 + 700));
        QCOMPARE(totals.grandTotal().slot(contest.slotOf(QStringLiteral("p6"))), std::optional<qint64>(900 + 700 + 3000 + 150 + 800 + 310));
        QCOMPARE(totals.grandTotal().protocols, 6);
        QCOMPARE(totals.grandTotal().precincts, 3);
        QCOMPARE(totals.totals(units.at(0).parentId).measure(Measure::Voters), std::optional<qint64>(2000 + 1500 + 5000 + 400));
        QCOMPARE(TotalsCache(*store).precinctCounts().value(units.at(0).parentId), 2);

        // Importing the same file again finds the same units.
        const Importer::Summary again = Importer(*store, file(header() + rows()), options(SourceKind::Official)).run();
        QCOMPARE(again.unchanged, 6);
        QCOMPARE(commissionUnits(*store).size(), 3);
    }

    void identicalRepeatIsADuplicateAndChangesNothing()
    {
        auto store = campaign();
        const QString csv = file(header() + rows() + "Москва;ТИК 1;;10;0;1;2;Почтовое голосование;\n");
        QString message;
        try {
            Importer(*store, csv, options(SourceKind::Official)).run();
        } catch (const SaylauError &error) {
            message = error.message();
        }
        QVERIFY2(message.contains(QStringLiteral("line 8")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("ТИК 1: counted by the commission (Почтовое голосование) appears "
                                                 "twice (first on line 5)")),
                 qPrintable(message));
        QVERIFY(store->allTerritory().isEmpty());
    }

    void windows1251LabelsNameTheUnits()
    {
        auto store = campaign();
        const QString csv = file(QStringEncoder("windows-1251").encode(QString::fromUtf8(header() + rows())));
        const Importer::Summary summary = Importer(*store, csv, options(SourceKind::Official)).run();
        QCOMPARE(summary.commissionUnits, 3);
        QCOMPARE(commissionUnits(*store).at(1).name, QStringLiteral("Почтовое голосование"));
    }

    void unitIsComparedOnlyWithItself()
    {
        auto store = campaign();
        Importer(*store, file(header() + rows()), options(SourceKind::Official)).run();
        // The observers' copy of the remote-voting unit says 4,000 voters where the official figure is 5,000.
        Importer(*store, file(header() + rows(4000)), options(SourceKind::Observer)).run();
        QCOMPARE(commissionUnits(*store).size(), 3);

        const ComparisonInput input = ComparisonInput::load(*store, QStringLiteral("duma"));
        const DiscrepancyResult result = DiscrepancyFinder(input).run();
        const qint64 remote = commissionUnits(*store).at(0).id;
        int differing = 0;
        for (const Discrepancy &d : result.discrepancies()) {
            if (d.kind == Discrepancy::Kind::Differs) {
                ++differing;
                QCOMPARE(d.territoryId, remote);
            } else {
                QCOMPARE(d.kind, Discrepancy::Kind::Match);
            }
        }
        QCOMPARE(differing, 1);
        QCOMPARE(result.discrepancies().size(), 6);
    }

    void unitsAreCheckedByTheFormsRelations()
    {
        const QString db = m_dir.filePath(QStringLiteral("check.db"));
        QCOMPARE(test::runSaylau({QStringLiteral("init"), db, QStringLiteral("--preset"), QStringLiteral("ru-duma-2011")}).exitCode, 0);
        // The postal unit issued more ballots than it has voters: its own protocol breaks 1 >= 3 + 4 + 5, the
        // precinct's does not.
        const QString csv = file("Регион;ТИК;УИК;Число избирателей, внесенных в список избирателей;"
                                 "Число избирательных бюллетеней, выданных избирателям, проголосовавшим досрочно;"
                                 "Число избирательных бюллетеней, выданных избирателям в помещении для голосования;"
                                 "Число избирательных бюллетеней, выданных избирателям вне помещения для голосования;"
                                 "Вид голосования\n"
                                 "Москва;ТИК 1;101;2000;0;1500;0;\n"
                                 "Москва;ТИК 1;;400;0;900;0;Почтовое голосование\n");
        const test::CliRun import = test::runSaylau({QStringLiteral("import"), db, csv, QStringLiteral("--contest"),
                                                     QStringLiteral("duma"), QStringLiteral("--source"),
                                                     QStringLiteral("official"), QStringLiteral("--quiet")});
        QCOMPARE(import.exitCode, 0);
        QVERIFY2(import.out.contains(QStringLiteral("units counted by a TIK itself (rows with a TIK and no precinct): 1")),
                 qPrintable(import.out));
        const test::CliRun check = test::runSaylau({QStringLiteral("check"), db});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(QStringLiteral("ТИК 1 / ТИК 1: counted by the commission (Почтовое голосование) "
                                                   "[official] 1 >= 3 + 4 + 5")),
                 qPrintable(check.out));
        QVERIFY2(!check.out.contains(QStringLiteral("UIK 101")), qPrintable(check.out));
    }

    void tikSubtotalRowIsSkippedNotCountedTwice()
    {
        auto store = campaign();
        // ТИК 3's row without a precinct, before its precincts here, is their sum: a subtotal. The units of
        // ТИК 1 and ТИК 2 (rows()) are no sum and stay.
        const QString csv = file(header() + rows()
                                 + "Москва;ТИК 3;;3000;7;400;1200;;\n"
                                   "Москва;ТИК 3;301;1000;3;100;500;;\n"
                                   "Москва;ТИК 3;302;2000;4;300;700;;\n");
        const Importer::Summary summary = Importer(*store, csv, options(SourceKind::Official)).run();
        QCOMPARE(summary.imported, 8);
        QCOMPARE(summary.commissionUnits, 3);
        QCOMPARE(summary.totalsRows, 1);
        QCOMPARE(summary.tikSubtotalRows, 1);
        QCOMPARE(commissionUnits(*store).size(), 3);
        const Aggregator totals = Aggregator::fromStore(*store, QStringLiteral("duma"), SourceKind::Official);
        QCOMPARE(totals.grandTotal().measure(Measure::Voters),
                 std::optional<qint64>(2000 + 1500 + 5000 + 400 + 1800 + 700 + 1000 + 2000));
    }

    void tikTotalOfItsPrecinctsAndItsOwnVotesIsASubtotal()
    {
        auto store = campaign();
        // The TIK's total row includes the postal votes it counted itself, given on a row of their own.
        const QString csv = file(header()
                                 + "Москва;ТИК 4;401;1000;1;100;200;;\n"
                                   "Москва;ТИК 4;402;500;1;50;100;;\n"
                                   "Москва;ТИК 4;;300;0;30;60;Почтовое голосование;\n"
                                   "Москва;ТИК 4;;1800;2;180;360;;\n");
        const Importer::Summary summary = Importer(*store, csv, options(SourceKind::Official)).run();
        QCOMPARE(summary.imported, 3);
        QCOMPARE(summary.tikSubtotalRows, 1);
        const QList<TerritoryNode> units = commissionUnits(*store);
        QCOMPARE(units.size(), 1);
        QCOMPARE(units.at(0).name, QStringLiteral("Почтовое голосование"));
        const Aggregator totals = Aggregator::fromStore(*store, QStringLiteral("duma"), SourceKind::Official);
        QCOMPARE(totals.grandTotal().measure(Measure::Voters), std::optional<qint64>(1800));
    }

    void tikRowsAreRejectedWithTheTiksRejectedPrecinct()
    {
        auto store = campaign();
        // With precinct 502 rejected (a garbled count), ТИК 5's subtotal no longer adds up to its precincts
        // here: imported, it would count precinct 501 twice. ТИК 6 has no rejected row, and its subtotal is
        // skipped as before.
        const QString csv = file(header()
                                 + "Москва;ТИК 5;501;1000;1;100;200;;\n"
                                   "Москва;ТИК 5;502;5x0;1;50;100;;\n"
                                   "Москва;ТИК 5;;1500;2;150;300;;\n"
                                   "Москва;ТИК 6;601;800;1;80;160;;\n"
                                   "Москва;ТИК 6;;800;1;80;160;;\n");
        Importer::Options o = options(SourceKind::Official);
        o.rejectsPath = m_dir.filePath(QStringLiteral("tik-rejects.csv"));
        const Importer::Summary summary = Importer(*store, csv, o).run();
        QCOMPARE(summary.rejected, 2);
        QCOMPARE(summary.imported, 2);
        QCOMPARE(summary.tikSubtotalRows, 1);
        QCOMPARE(commissionUnits(*store).size(), 0);
        const Aggregator totals = Aggregator::fromStore(*store, QStringLiteral("duma"), SourceKind::Official);
        QCOMPARE(totals.grandTotal().measure(Measure::Voters), std::optional<qint64>(1000 + 800));
        QFile rejectsFile(o.rejectsPath);
        QVERIFY(rejectsFile.open(QIODevice::ReadOnly));
        const QString rejects = QString::fromUtf8(rejectsFile.readAll());
        QVERIFY2(rejects.contains(QStringLiteral("row without a precinct is not imported: with the TIK's row on line 3 "
                                                 "rejected")),
                 qPrintable(rejects));
    }

    void cliSummarySaysHowManySubtotalsItSkipped()
    {
        const QString db = m_dir.filePath(QStringLiteral("subtotal.db"));
        QCOMPARE(test::runSaylau({QStringLiteral("init"), db, QStringLiteral("--preset"), QStringLiteral("ru-duma-2011")}).exitCode, 0);
        const QString csv = file(header()
                                 + "Москва;ТИК 1;101;2000;10;300;900;;\n"
                                   "Москва;ТИК 1;102;1500;5;200;700;;\n"
                                   "Москва;ТИК 1;;3500;15;500;1600;;\n");
        const test::CliRun import = test::runSaylau({QStringLiteral("import"), db, csv, QStringLiteral("--contest"),
                                                     QStringLiteral("duma"), QStringLiteral("--source"),
                                                     QStringLiteral("official"), QStringLiteral("--quiet")});
        QCOMPARE(import.exitCode, 0);
        QVERIFY2(import.out.contains(QStringLiteral("totals rows skipped: 1")), qPrintable(import.out));
        QVERIFY2(import.out.contains(QStringLiteral("of these, TIK subtotal rows: 1")), qPrintable(import.out));
        QVERIFY2(!import.out.contains(QStringLiteral("units counted by a TIK itself")), qPrintable(import.out));
    }
};

QTEST_GUILESS_MAIN(TestCommissionCountedRows)
#include "TestCommissionCountedRows.moc"
