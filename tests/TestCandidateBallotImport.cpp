#include "SingleContestCampaign.h"
#include "TestHelpers.h"

#include "analysis/Aggregator.h"
#include "domain/SaylauError.h"
#include "io/ColumnMapping.h"
#include "io/Importer.h"
#include "io/PresetLibrary.h"
#include "storage/CampaignStore.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;

// A presidential election's per-precinct export: one column per candidate headed by the full name, no number
// in front. Its votes are imported as the ballot (--ballot-from-file) or matched to the preset's candidates,
// never kept as text without a word; identifier columns holding numbers are not taken for candidates.
class TestCandidateBallotImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // File order differs from the ballot's alphabetical order on purpose.
    static QStringList candidates()
    {
        return {QStringLiteral("Токаев Касым-Жомарт Кемелулы"), QStringLiteral("Абден Каракат Жаксылыккызы"),
                QStringLiteral("Дайрабаев Жигули Молдакалыкулы"), QStringLiteral("Ауесбаев Нурлан Сатыбалдыулы"),
                QStringLiteral("Кажыкен Мейрам Зекешулы"), QStringLiteral("Турсынбекова Салтанат Пархаткызы")};
    }

    // Three precincts; per row: voters, took part, invalid, six candidates in file order, against all.
    static QList<QList<qint64>> figures()
    {
        return {{1000, 700, 10, 500, 30, 40, 20, 25, 35, 40},
                {2500, 1800, 25, 1300, 90, 110, 60, 70, 45, 100},
                {640, 420, 4, 300, 21, 25, 15, 18, 17, 20}};
    }

    QString exportFile(bool windows1251)
    {
        QStringList header = {QStringLiteral("Код КАТО"), QStringLiteral("Область"), QStringLiteral("ТИК"),
                              QStringLiteral("УИК"),
                              QStringLiteral("Количество избирателей, включенных в списки избирателей"),
                              QStringLiteral("Количество избирателей, принявших участие в голосовании"),
                              QStringLiteral("Количество избирательных бюллетеней, признанных недействительными")};
        header << candidates() << QStringLiteral("Против всех") << QStringLiteral("Адрес") << QStringLiteral("url");
        QString text = header.join(u';') + u'\n';
        const QList<QList<qint64>> rows = figures();
        for (int r = 0; r < rows.size(); ++r) {
            QStringList cells = {QString::number(710000 + r), QStringLiteral("область Абай"), QStringLiteral("Семей"),
                                 QString::number(101 + r)};
            for (qint64 value : rows.at(r))
                cells << QString::number(value);
            cells << QStringLiteral("ул. Абая, %1").arg(r + 1) << QStringLiteral("https://example.org/uik/%1").arg(r);
            text += cells.join(u';') + u'\n';
        }
        QByteArray bytes = windows1251 ? QStringEncoder("windows-1251").encode(text) : text.toUtf8();
        return test::writeFixture(m_dir.filePath(QStringLiteral("export%1.csv").arg(++m_files)), bytes);
    }

    // A campaign whose contest has the presidential form and no candidates yet.
    std::unique_ptr<CampaignStore> emptyBallotCampaign()
    {
        return test::singleContestCampaign(m_dir.filePath(QStringLiteral("c%1.db").arg(++m_files)),
                                           QStringLiteral("president"), QStringLiteral("kz-2022-president"));
    }

    static Importer::Options options(bool ballotFromFile, bool strict = false)
    {
        Importer::Options o;
        o.contestId = QStringLiteral("president");
        o.source = SourceKind::Official;
        o.ballotFromFile = ballotFromFile;
        o.strict = strict;
        return o;
    }

    static qint64 columnSum(int column)
    {
        qint64 sum = 0;
        for (const QList<qint64> &row : figures())
            sum += row.at(column);
        return sum;
    }

private slots:
    void ballotFromFileTakesEveryCandidateColumnInFileOrder_data()
    {
        QTest::addColumn<bool>("windows1251");
        QTest::newRow("UTF-8") << false;
        QTest::newRow("Windows-1251") << true;
    }

    void ballotFromFileTakesEveryCandidateColumnInFileOrder()
    {
        QFETCH(bool, windows1251);
        auto store = emptyBallotCampaign();
        Importer importer(*store, exportFile(windows1251), options(true));
        const Importer::Summary summary = importer.run();
        QCOMPARE(summary.imported, 3);

        const Contest contest = store->contest(QStringLiteral("president"));
        QCOMPARE(contest.ballot.size(), 6);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(contest.ballot.at(i).position, i + 1);
            QCOMPARE(contest.ballot.at(i).name, candidates().at(i));
        }
        // The identifier and text columns stay text; no candidate is among them.
        QCOMPARE(summary.unmappedHeaders, QStringList({QStringLiteral("Код КАТО"), QStringLiteral("url")}));

        // The contest's totals are the sums of the rows, for every candidate and line.
        const Aggregator totals = Aggregator::fromStore(*store, contest.id, SourceKind::Official);
        const Totals &all = totals.grandTotal();
        QCOMPARE(all.precincts, 3);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(all.slot(contest.partySlot(i)), std::optional<qint64>(columnSum(3 + i)));
        QCOMPARE(all.slot(contest.slotOf(QStringLiteral("1"))), std::optional<qint64>(columnSum(0)));
        QCOMPARE(all.slot(contest.slotOf(QStringLiteral("7"))), std::optional<qint64>(columnSum(9)));
        QCOMPARE(all.measure(Measure::Cast), std::optional<qint64>(columnSum(1)));
    }

    void countColumnNobodyMapsIsAnErrorNamingIt_data()
    {
        QTest::addColumn<bool>("strict");
        QTest::newRow("default") << false;
        QTest::newRow("strict") << true;
    }

    void countColumnNobodyMapsIsAnErrorNamingIt()
    {
        QFETCH(bool, strict);
        auto store = emptyBallotCampaign();
        Importer importer(*store, exportFile(false), options(false, strict));
        QString message;
        try {
            importer.run();
        } catch (const SaylauError &error) {
            message = error.message();
        }
        // Every candidate column (8th to 13th of the file) is named in the one message, with the ways to map them.
        QVERIFY2(message.contains(QStringLiteral("6 column(s) hold counts")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("column 8 \"Токаев Касым-Жомарт Кемелулы\"")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("column 13 \"Турсынбекова Салтанат Пархаткызы\"")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("--ballot-from-file")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("--mapping")), qPrintable(message));
        QVERIFY(store->allTerritory().isEmpty());
        QCOMPARE(store->protocolCount(QStringLiteral("president"), std::nullopt), 0);
    }

    void protocolLineTheFormLacksIsNoCandidate()
    {
        // With the ballot taken from the file, a line the form does not have would become a candidate with the
        // votes of a line: it is refused by name, with the way to map it.
        auto store = emptyBallotCampaign();
        const QString csv = test::writeFixture(
            m_dir.filePath(QStringLiteral("extra-line.csv")),
            QStringLiteral("Область;ТИК;УИК;Количество избирателей, включенных в списки избирателей;"
                           "Число избирателей, голосовавших на дому;Токаев Касым-Жомарт Кемелулы\n"
                           "область Абай;Семей;101;1000;40;500\n")
                .toUtf8());
        Importer importer(*store, csv, options(true));
        QCOMPARE(importer.mapping().columns.at(4).target.kind, ColumnMapping::Kind::Extra);
        QCOMPARE(importer.contest().ballot.size(), 1);
        QString message;
        try {
            importer.run();
        } catch (const SaylauError &error) {
            message = error.message();
        }
        QVERIFY2(message.contains(QStringLiteral("column 5 \"Число избирателей, голосовавших на дому\"")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("\"target\": \"line:KEY\"")), qPrintable(message));
        QVERIFY(store->allTerritory().isEmpty());
    }

    void columnKeptAsTextOnPurposeIsNoError()
    {
        auto store = emptyBallotCampaign();
        Importer importer(*store, exportFile(false), options(true));
        ColumnMapping mapping = importer.mapping();
        // Columns 8..13 are the candidates; the last one is kept as text by a person's choice.
        QCOMPARE(mapping.columns.at(12).target.kind, ColumnMapping::Kind::Party);
        mapping.columns[12].target = {ColumnMapping::Kind::Extra, {}, 0};
        mapping.columns[12].chosen = true;
        importer.setMapping(mapping);
        const Importer::Summary summary = importer.run();
        QCOMPARE(store->contest(QStringLiteral("president")).ballot.size(), 5);
        QVERIFY(summary.unmappedHeaders.contains(candidates().at(5)));
    }

    void presetCandidatesAreMatchedByNameWhateverTheFileOrder()
    {
        auto store = PresetLibrary::createCampaign(m_dir.filePath(QStringLiteral("preset.db")),
                                                   PresetLibrary::campaignPreset(QStringLiteral("kz-2022-president")));
        const Contest contest = store->contest(QStringLiteral("president"));
        Importer importer(*store, exportFile(false), options(false));
        for (int i = 0; i < 6; ++i) {
            const ColumnMapping::Column &column = importer.mapping().columns.at(7 + i);
            QCOMPARE(column.target.kind, ColumnMapping::Kind::Party);
            QCOMPARE(contest.ballot.at(column.target.position - 1).name, candidates().at(i));
        }
        importer.run();
        QCOMPARE(store->contest(QStringLiteral("president")).ballot.size(), 6);

        // The precincts' sums, apart from the CEC's national total the preset brought: Токаев is 5th on the
        // ballot (alphabetical), first in the file.
        QList<Protocol> precincts;
        store->forEachProtocol(contest.id, SourceKind::Official, [&](const Protocol &p) {
            if (store->territory(p.territoryId)->level == TerritoryNode::Level::Precinct)
                precincts.append(p);
        });
        QCOMPARE(precincts.size(), 3);
        qint64 tokayev = 0;
        for (const Protocol &p : std::as_const(precincts))
            tokayev += p.figures.valueOr(contest.partySlot(4), 0);
        QCOMPARE(tokayev, columnSum(3));
    }

    void presidentialPresetCarriesTheCecNationalResult()
    {
        auto store = PresetLibrary::createCampaign(m_dir.filePath(QStringLiteral("cec.db")),
                                                   PresetLibrary::campaignPreset(QStringLiteral("kz-2022-president")));
        const Contest contest = store->contest(QStringLiteral("president"));
        QCOMPARE(contest.ballot.size(), 6);
        QCOMPARE(contest.ballot.at(4).shortName, QStringLiteral("Токаев"));
        QCOMPARE(store->allTerritory().size(), 21); // the country and the 20 regions of kz-2023
        const Aggregator totals = Aggregator::fromStore(*store, contest.id, SourceKind::Official);
        const Totals &country = totals.grandTotal();
        QVERIFY(country.published);
        QCOMPARE(country.measure(Measure::Voters), std::optional<qint64>(11953465));
        QCOMPARE(country.measure(Measure::Issued), std::optional<qint64>(8300046));
        QCOMPARE(country.measure(Measure::AgainstAll), std::optional<qint64>(460484));
        QCOMPARE(country.slot(contest.partySlot(4)), std::optional<qint64>(6456393));
        qint64 valid = *country.measure(Measure::AgainstAll);
        for (int i = 0; i < 6; ++i)
            valid += *country.slot(contest.partySlot(i));
        // The CEC's shares are of the votes for the candidates and against all: 81.31% for Токаев.
        QCOMPARE(valid, 7940478);
        QCOMPARE(qRound(6456393 * 10000.0 / double(valid)), 8131);
    }

    void identifierColumnsHoldNumbersButNoCounts()
    {
        const QStringList headers = {QStringLiteral("№ п/п"), QStringLiteral("id"), QStringLiteral("Код ТИК"),
                                     QStringLiteral("Номер"), QString(), QStringLiteral("Иванов Иван Иванович"),
                                     QStringLiteral("Петров Пётр Петрович"), QStringLiteral("Наименование")};
        ColumnMapping mapping = ColumnMapping::automatic(headers, Contest());
        mapping.markCountColumns({{"1", "17", "5", "9", "3", "120", "", "Школа 1"},
                                  {"2", "18", "5", "10", "4", "1 204", "7", "Школа 2"}});
        const QList<bool> expected = {false, false, false, false, false, true, true, false};
        for (int i = 0; i < headers.size(); ++i)
            QVERIFY2(mapping.columns.at(i).holdsCounts == expected.at(i), qPrintable(headers.at(i)));
        QCOMPARE(mapping.countColumnsKeptAsText(), QList<int>({5, 6}));
        mapping.takeCountColumnsAsBallot(Contest());
        QCOMPARE(mapping.ballotFromColumns().size(), 2);
        QCOMPARE(mapping.ballotFromColumns().at(1).name, QStringLiteral("Петров Пётр Петрович"));
        QCOMPARE(mapping.ballotFromColumns().at(1).position, 2);
    }
};

QTEST_GUILESS_MAIN(TestCandidateBallotImport)
#include "TestCandidateBallotImport.moc"
