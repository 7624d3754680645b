#include "TestHelpers.h"

#include "domain/SaylauError.h"
#include "entry/EntryStore.h"
#include "io/ColumnMapping.h"
#include "io/Importer.h"
#include "io/PresetLibrary.h"
#include "storage/CampaignStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace saylau;

// Importing results files into a campaign: what is stored, that a bad row names file, line and column
// and leaves the campaign as it was, that a re-import replaces rather than duplicates and leaves the replaced
// figures in the protocol's history, and the options (--skip-bad, --strict, --dry-run, --ballot-from-file,
// --level) and cancel.
class TestImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString file(const QByteArray &bytes)
    {
        return test::writeFixture(m_dir.filePath(QStringLiteral("data%1.csv").arg(++m_files)), bytes);
    }

    // A small campaign on the Russian Duma form with its ballot (7 parties), no territory yet.
    std::unique_ptr<CampaignStore> campaign(bool withBallot = true)
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1.db").arg(++m_files));
        auto store = CampaignStore::create(path);
        Contest contest;
        contest.id = QStringLiteral("duma");
        contest.name = QStringLiteral("Duma");
        contest.form = PresetLibrary::form(QStringLiteral("ru-duma-2011"));
        if (withBallot)
            contest.ballot = PresetLibrary::ballot(QStringLiteral("ru-duma-2011"));
        store->addContest(contest);
        return store;
    }

    static QByteArray header()
    {
        return "Регион;ТИК;УИК;Число избирателей, внесенных в список избирателей;"
               "Число недействительных избирательных бюллетеней;1. СПРАВЕДЛИВАЯ РОССИЯ;"
               "6. Всероссийская политическая партия \"ЕДИНАЯ РОССИЯ\";Наблюдатель\n";
    }

    static Importer::Options official()
    {
        Importer::Options options;
        options.contestId = QStringLiteral("duma");
        options.source = SourceKind::Official;
        return options;
    }

    static qint64 figure(const CampaignStore &store, const Protocol &protocol, const QString &key)
    {
        return protocol.figures.valueOr(store.contest(QStringLiteral("duma")).slotOf(key), -1);
    }

    static QList<Protocol> protocols(const CampaignStore &store)
    {
        QList<Protocol> list;
        store.forEachProtocol(QStringLiteral("duma"), std::nullopt, [&list](const Protocol &p) { list.append(p); });
        return list;
    }

    static QString messageOf(const std::function<void()> &action)
    {
        try {
            action();
        } catch (const SaylauError &error) {
            return error.message();
        }
        return {};
    }

private slots:
    void rowsBecomeProtocolsUnderRegionTikPrecinct()
    {
        auto store = campaign();
        const QString csv = file(header() + "Адыгея;ТИК 1;101;2 609;4;36;1 242;Иванов\n"
                                            "Адыгея;ТИК 1;102;1000;;10;500;\n"
                                            "Адыгея;ТИК 2;\"УИК №201\";900;1;9;400;\n");
        Importer importer(*store, csv, official());
        const Importer::Summary summary = importer.run();
        QCOMPARE(summary.imported, 3);
        QCOMPARE(summary.regionsCreated, 1);
        QCOMPARE(summary.districtsCreated, 2);
        QCOMPARE(summary.precinctsCreated, 3);
        QCOMPARE(summary.unmappedHeaders, QStringList{QStringLiteral("Наблюдатель")});

        const QList<TerritoryNode> nodes = store->allTerritory();
        QCOMPARE(nodes.size(), 6);
        QCOMPARE(nodes.at(0).level, TerritoryNode::Level::Region);
        QCOMPARE(nodes.at(0).name, QStringLiteral("Адыгея"));
        QCOMPARE(nodes.at(1).level, TerritoryNode::Level::District);
        QCOMPARE(nodes.at(1).parentId, nodes.at(0).id);
        QCOMPARE(nodes.at(2).code, QStringLiteral("101"));
        QCOMPARE(nodes.at(2).parentId, nodes.at(1).id);
        QCOMPARE(nodes.at(5).code, QStringLiteral("201"));

        const QList<Protocol> list = protocols(*store);
        QCOMPARE(list.size(), 3);
        QCOMPARE(figure(*store, list.at(0), QStringLiteral("1")), 2609);
        QCOMPARE(figure(*store, list.at(0), QStringLiteral("p6")), 1242);
        QCOMPARE(list.at(0).extra.value(QStringLiteral("Наблюдатель")).toString(), QStringLiteral("Иванов"));
        // An empty cell is a missing figure, not zero; a line the file lacks stays missing too.
        QCOMPARE(figure(*store, list.at(1), QStringLiteral("9")), -1);
        QCOMPARE(figure(*store, list.at(1), QStringLiteral("2")), -1);
        QVERIFY(list.at(1).extra.isEmpty());
    }

    void badRowNamesFileLineColumnAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a number") << QByteArray("А;Т;2;12x;0;1;1;\n") << QStringLiteral("line 3, column 4");
        QTest::newRow("negative") << QByteArray("А;Т;2;5;0;-1;1;\n") << QStringLiteral("line 3, column 6");
        QTest::newRow("no precinct nor TIK") << QByteArray("А;;;5;0;1;1;\n") << QStringLiteral("line 3, column 3");
        QTest::newRow("duplicate") << QByteArray("А;Т;1;5;0;1;1;\n") << QStringLiteral("first on line 2");
        QTest::newRow("short row") << QByteArray("А;Т;2;5\n") << QStringLiteral("line 3: the row has 4 fields");
    }

    void badRowNamesFileLineColumnAndChangesNothing()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, expected);
        auto store = campaign();
        Importer(*store, file(header() + "А;Т;1;5;0;1;1;\n"), official()).run();
        const int before = protocols(*store).size();
        const qsizetype nodesBefore = store->allTerritory().size();

        const QString csv = file(header() + "А;Т;1;7;0;1;1;\n" + row + "Б;Т;3;5;0;1;1;\n");
        const QString message = messageOf([&] { Importer(*store, csv, official()).run(); });
        QVERIFY2(message.contains(csv), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(protocols(*store).size(), before);
        QCOMPARE(store->allTerritory().size(), nodesBefore);
        QCOMPARE(figure(*store, protocols(*store).at(0), QStringLiteral("1")), 5); // not replaced by 7
    }

    void reimportReplacesWithoutDuplicates()
    {
        auto store = campaign();
        const QString first = file(header() + "А;Т;1;5;0;1;1;\nА;Т;2;6;0;1;1;\n");
        Importer(*store, first, official()).run();
        const Importer::Summary again = Importer(*store, first, official()).run();
        QCOMPARE(again.imported, 2);
        QCOMPARE(again.unchanged, 2);
        QCOMPARE(again.replaced, 0);
        QCOMPARE(again.precinctsCreated, 0);
        QCOMPARE(protocols(*store).size(), 2);
        QCOMPARE(store->allTerritory().size(), 4);

        const QString corrected = file(header() + "А;Т;2;60;0;1;1;\nА;Т;3;7;0;1;1;\n");
        const Importer::Summary fix = Importer(*store, corrected, official()).run();
        QCOMPARE(fix.replaced, 1);
        const QList<Protocol> list = protocols(*store);
        QCOMPARE(list.size(), 3);
        QCOMPARE(figure(*store, list.at(1), QStringLiteral("1")), 60);
        QCOMPARE(list.at(1).revision, 2); // inserted, untouched by the same file, replaced by the correction
        QCOMPARE(list.at(0).revision, 1);

        // Each import is on record, newest first, with its counts and the file's fingerprint.
        const QList<ImportRecord> history = store->imports(QStringLiteral("duma"));
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).rowsNew, 1);
        QCOMPARE(history.at(0).rowsReplaced, 1);
        QCOMPARE(history.at(1).rowsUnchanged, 2);
        QFile original(first);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(history.at(2).fileSha256,
                 QString::fromLatin1(QCryptographicHash::hash(original.readAll(), QCryptographicHash::Sha256).toHex()));
    }

    void correctedFileLeavesOldAndNewFiguresInTheHistory()
    {
        auto store = campaign();
        const QString first = file(header() + "А;Т;1;5;0;1;1;Петров\nА;Т;2;600;3;10;20;\n");
        Importer(*store, first, official()).run();
        const EntryStore entries(*store);
        // A new protocol overwrites nothing: its figures are the protocol itself, the import run says whence.
        for (const Protocol &protocol : protocols(*store))
            QVERIFY(entries.history(protocol.id).isEmpty());

        // Two values of precinct 2 corrected: voters 600 -> 610, ЕДИНАЯ РОССИЯ 20 -> 25.
        const QString corrected = file(header() + "А;Т;1;5;0;1;1;Петров\nА;Т;2;610;3;10;25;\n");
        Importer::Options options = official();
        options.operatorName = QStringLiteral("Айгерим");
        QCOMPARE(Importer(*store, corrected, options).run().replaced, 1);

        const QList<Protocol> list = protocols(*store);
        QVERIFY(entries.history(list.at(0).id).isEmpty());
        const QList<HistoryEntry> history = entries.history(list.at(1).id);
        QCOMPARE(history.size(), 1);
        const HistoryEntry &entry = history.at(0);
        QCOMPARE(entry.revision, 2);
        QCOMPARE(entry.revision, list.at(1).revision);
        QCOMPARE(entry.savedBy, QStringLiteral("Айгерим"));
        // The protocol names who saved it last, as the history does.
        QCOMPARE(list.at(1).enteredBy, QStringLiteral("Айгерим"));
        QCOMPARE(list.at(0).enteredBy, QStringLiteral("import of %1").arg(QFileInfo(first).fileName()));
        QVERIFY(entry.savedAt.isValid());
        const QList<ImportRecord> runs = store->imports(QStringLiteral("duma"));
        QCOMPARE(entry.importRunId, runs.at(0).id);
        QCOMPARE(runs.at(0).importedBy, QStringLiteral("Айгерим"));
        const QList<ProtocolChange> expected = {
            {ProtocolChange::Kind::Figure, QStringLiteral("1"), QStringLiteral("600"), QStringLiteral("610")},
            {ProtocolChange::Kind::Figure, QStringLiteral("p6"), QStringLiteral("20"), QStringLiteral("25")},
            {ProtocolChange::Kind::Field, QStringLiteral("received_how"),
             QStringLiteral("import of %1").arg(QFileInfo(first).fileName()),
             QStringLiteral("import of %1").arg(QFileInfo(corrected).fileName())},
        };
        QCOMPARE(entry.changes, expected);

        // The identical file again changes nothing and so records nothing; without an operator the history
        // names the file.
        QCOMPARE(Importer(*store, corrected, official()).run().unchanged, 2);
        QCOMPARE(entries.history(list.at(1).id).size(), 1);
        QVERIFY(entries.history(list.at(0).id).isEmpty());
        const QString again = file(header() + "А;Т;2;611;3;10;25;\n");
        Importer(*store, again, official()).run();
        const QList<HistoryEntry> later = entries.history(list.at(1).id);
        QCOMPARE(later.size(), 2);
        QCOMPARE(later.at(1).revision, 3);
        QCOMPARE(later.at(1).savedBy, QStringLiteral("import of %1").arg(QFileInfo(again).fileName()));
        QCOMPARE(later.at(1).changes.at(0),
                 (ProtocolChange{ProtocolChange::Kind::Figure, QStringLiteral("1"), QStringLiteral("610"),
                                 QStringLiteral("611")}));
        QCOMPARE(later.at(1).importRunId, store->imports(QStringLiteral("duma")).at(0).id);
    }

    void importOverATypedProtocolLeavesItUncheckedWithBothInTheHistory()
    {
        auto store = campaign();
        Importer::Options observer = official();
        observer.source = SourceKind::Observer;
        Importer(*store, file(header() + "А;Т;1;600;3;10;20;\n"), observer).run();
        EntryStore entries(*store);
        Protocol typed = protocols(*store).at(0);
        typed.figures.set(store->contest(QStringLiteral("duma")).slotOf(QStringLiteral("p1")), 11);
        typed = entries.save(typed, QStringLiteral("Бауыржан"));
        QVERIFY(entries.relationErrors(typed.id).has_value());

        Importer(*store, file(header() + "А;Т;1;600;3;12;20;\n"), observer).run();
        const QList<HistoryEntry> history = entries.history(typed.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).savedBy, QStringLiteral("Бауыржан"));
        QCOMPARE(history.at(0).importRunId, 0);
        QCOMPARE(history.at(1).revision, 3);
        QCOMPARE(history.at(1).changes.at(0),
                 (ProtocolChange{ProtocolChange::Kind::Figure, QStringLiteral("p1"), QStringLiteral("11"),
                                 QStringLiteral("12")}));
        // Figures no person has checked since: the typed save's stamp no longer holds.
        QCOMPARE(entries.status(typed.id), EntryStatus::Entered);
        QVERIFY(!entries.relationErrors(typed.id).has_value());
    }

    void observerAndOfficialFiguresLiveSideBySide()
    {
        auto store = campaign();
        const QString csv = file(header() + "А;Т;1;5;0;1;1;\n");
        Importer(*store, csv, official()).run();
        Importer::Options observer = official();
        observer.source = SourceKind::Observer;
        Importer(*store, csv, observer).run();
        QCOMPARE(store->protocolCount(QStringLiteral("duma"), SourceKind::Official), 1);
        QCOMPARE(store->protocolCount(QStringLiteral("duma"), SourceKind::Observer), 1);

        // A second observer's copy of the same precinct is kept beside the first, not over it.
        observer.copy = QStringLiteral("observer 2");
        Importer(*store, file(header() + "А;Т;1;6;0;1;1;\n"), observer).run();
        QCOMPARE(store->protocolCount(QStringLiteral("duma"), SourceKind::Observer), 2);
    }

    void skipBadImportsTheRestAndWritesReasons()
    {
        auto store = campaign();
        Importer::Options options = official();
        options.rejectsPath = m_dir.filePath(QStringLiteral("rejects.csv"));
        const QString csv = file(header() + "А;Т;1;5;0;1;1;\nА;Т;2;x;0;1;1;\nА;Т;3;5;0;1;1;\nА;Т;1;9;0;1;1;\n");
        const Importer::Summary summary = Importer(*store, csv, options).run();
        QCOMPARE(summary.imported, 2);
        QCOMPARE(summary.rejected, 2);
        QFile rejects(options.rejectsPath);
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = rejects.readAll().split('\n');
        QVERIFY(lines.at(0).startsWith("line,reason,Регион"));
        QVERIFY2(lines.at(1).startsWith("3,") && lines.at(1).contains("column 4") && lines.at(1).contains(",x,"),
                 lines.at(1).constData());
        QVERIFY2(lines.at(2).startsWith("5,") && lines.at(2).contains("first on line 2"), lines.at(2).constData());
    }

    void blankAndRepeatedHeadersKeepEveryCell()
    {
        auto store = campaign();
        Importer(*store, file("uik,Число избирателей внесенных в список,note,,note\n1,5,a,b,c\n"), official()).run();
        const QJsonObject extra = protocols(*store).at(0).extra;
        QCOMPARE(extra.size(), 3);
        QCOMPARE(extra.value(QStringLiteral("note")).toString(), QStringLiteral("a"));
        QCOMPARE(extra.value(QStringLiteral("column 4")).toString(), QStringLiteral("b"));
        QCOMPARE(extra.value(QStringLiteral("column 5: note")).toString(), QStringLiteral("c"));
    }

    void strictRefusesUnmappedColumns()
    {
        auto store = campaign();
        Importer::Options options = official();
        options.strict = true;
        const QString csv = file(header() + "А;Т;1;5;0;1;1;x\n");
        const QString message = messageOf([&] { Importer(*store, csv, options).run(); });
        QVERIFY2(message.contains(QLatin1String("column 8")) && message.contains(QStringLiteral("Наблюдатель")),
                 qPrintable(message));
        QCOMPARE(protocols(*store).size(), 0);

        // The same column explicitly dropped is fine.
        Importer importer(*store, csv, options);
        ColumnMapping mapping = importer.mapping();
        mapping.columns[7].target = ColumnMapping::Target::fromText(QStringLiteral("ignore"));
        importer.setMapping(mapping);
        QCOMPARE(importer.run().imported, 1);
        QVERIFY(protocols(*store).at(0).extra.isEmpty());
    }

    void mappingEditedOnceIsUsedForTheNextFileOfThatShape()
    {
        auto store = campaign();
        const QByteArray oddHeader = "УИК;Всего по списку;Примечание\n";
        Importer first(*store, file(oddHeader + "1;5;a\n"), official());
        QVERIFY(!first.usesStoredMapping());
        ColumnMapping mapping = first.mapping();
        mapping.columns[1].target = ColumnMapping::Target::fromText(QStringLiteral("line:1"));
        first.setMapping(mapping);
        first.run();

        Importer next(*store, file(oddHeader + "2;6;b\n"), official());
        QVERIFY(next.usesStoredMapping());
        QCOMPARE(next.mapping().columns.at(1).target.toText(), QStringLiteral("line:1"));
        next.run();
        QCOMPARE(figure(*store, protocols(*store).at(1), QStringLiteral("1")), 6);

        // Observers' files of the same shape have their own mapping.
        Importer::Options observer = official();
        observer.source = SourceKind::Observer;
        QVERIFY(!Importer(*store, file(oddHeader + "2;6;b\n"), observer).usesStoredMapping());
    }

    void dryRunReportsAndStoresNothing()
    {
        auto store = campaign();
        Importer::Options options = official();
        options.dryRun = true;
        const Importer::Summary summary = Importer(*store, file(header() + "А;Т;1;5;0;1;1;\n"), options).run();
        QCOMPARE(summary.imported, 1);
        QVERIFY(summary.dryRun);
        QCOMPARE(protocols(*store).size(), 0);
        QVERIFY(store->allTerritory().isEmpty());
        QVERIFY(store->imports(QStringLiteral("duma")).isEmpty());
    }

    void ballotFromFileAddsPartiesInColumnOrder()
    {
        auto store = campaign(false);
        const QString csv = file(header() + "А;Т;1;5;0;1;3;\n");
        const QString refused = messageOf([&] { Importer(*store, csv, official()).run(); });
        QVERIFY2(refused.contains(QLatin1String("--ballot-from-file")), qPrintable(refused));

        Importer::Options options = official();
        options.ballotFromFile = true;
        const Importer::Summary summary = Importer(*store, csv, options).run();
        QCOMPARE(summary.ballotAdded.size(), 2);
        const Contest contest = store->contest(QStringLiteral("duma"));
        QCOMPARE(contest.ballot.size(), 2);
        QCOMPARE(contest.ballot.at(0).position, 1);
        QCOMPARE(contest.ballot.at(1).position, 6);
        QCOMPARE(contest.ballot.at(1).shortName, QStringLiteral("ЕДИНАЯ РОССИЯ"));
        QCOMPARE(figure(*store, protocols(*store).at(0), QStringLiteral("p6")), 3);
    }

    void mappingsPartyNameMustBeThePartyAtItsPosition()
    {
        // A mapping written for a 2016 file: "party:4" with United Russia's name. Position 4 of the 2011
        // ballot is the CPRF: its votes would be reported as the CPRF's.
        auto store = campaign();
        const QString csv = file("УИК;4. Всероссийская политическая партия \"ЕДИНАЯ РОССИЯ\"\n1;300\n");
        const auto mappingWith = [](const QString &party, int position) {
            return ColumnMapping::fromJson(QJsonObject{
                {QStringLiteral("format"), QStringLiteral("saylau-column-mapping")},
                {QStringLiteral("version"), 1},
                {QStringLiteral("columns"),
                 QJsonArray{QJsonObject{{QStringLiteral("header"), QStringLiteral("4. Всероссийская политическая партия \"ЕДИНАЯ РОССИЯ\"")},
                                        {QStringLiteral("target"), QStringLiteral("party:%1").arg(position)},
                                        {QStringLiteral("party"), party}}}}});
        };
        const ColumnMapping wrong = mappingWith(QStringLiteral("Всероссийская политическая партия \"ЕДИНАЯ РОССИЯ\""), 4);
        const QString refused = messageOf([&] { Importer(*store, csv, official(), &wrong).run(); });
        QVERIFY2(refused.contains(QStringLiteral("column 2 \"4. Всероссийская")), qPrintable(refused));
        QVERIFY2(refused.contains(QLatin1String("\"party:4\"")) && refused.contains(QStringLiteral("ЕДИНАЯ РОССИЯ")),
                 qPrintable(refused));
        QCOMPARE(protocols(*store).size(), 0);

        const ColumnMapping right = mappingWith(QStringLiteral("Всероссийская политическая партия \"ЕДИНАЯ РОССИЯ\""), 6);
        QCOMPARE(Importer(*store, csv, official(), &right).run().imported, 1);
        QCOMPARE(figure(*store, protocols(*store).at(0), QStringLiteral("p6")), 300);
    }

    void everyUnmatchedColumnIsNamedInOneError()
    {
        // 2016 headers against the 2011 ballot: each column whose number and name disagree is named, with why.
        auto store = campaign();
        const QString csv = file("УИК;1. Всероссийская политическая партия \"РОДИНА\";"
                                 "5. Политическая партия \"Российская экологическая партия \"Зеленые\";"
                                 "13. Политическая партия \"Патриоты России\"\n1;10;20;30\n");
        const QString refused = messageOf([&] { Importer(*store, csv, official()).run(); });
        QVERIFY2(refused.contains(QLatin1String("2 column(s) hold counts")), qPrintable(refused));
        QVERIFY2(refused.contains(QLatin1String("column 2 \"1. ")) && refused.contains(QLatin1String("column 3 \"5. ")),
                 qPrintable(refused));
        QVERIFY2(refused.contains(QLatin1String("ballot position 1")) && refused.contains(QStringLiteral("РОДИНА")),
                 qPrintable(refused));
        // The way to map a party to its entry comes first: --ballot-from-file would add duplicates.
        QVERIFY2(refused.contains(QLatin1String("\"target\": \"party:N\"")), qPrintable(refused));
        QCOMPARE(protocols(*store).size(), 0);
    }

    void relationBrokenOnEveryRowIsReported()
    {
        // The ballot from the file: its two parties are the whole sum.
        auto store = campaign(false);
        const QByteArray head = "УИК;Число недействительных избирательных бюллетеней;"
                                "Число действительных избирательных бюллетеней;1. СПРАВЕДЛИВАЯ РОССИЯ;"
                                "6. Всероссийская политическая партия \"ЕДИНАЯ РОССИЯ\"\n";
        Importer::Options options = official();
        options.dryRun = true;
        options.ballotFromFile = true;
        const Importer::Summary good = Importer(*store, file(head + "1;5;100;40;60\n2;3;50;20;30\n"), options).run();
        QVERIFY(good.relationsBrokenEverywhere.isEmpty());
        // Lines 9 and 10 swapped by the file's headers: "10 = sum(parties)" fails on every row.
        const Importer::Summary swapped = Importer(*store, file(head + "1;100;5;40;60\n2;50;3;20;30\n"), options).run();
        QCOMPARE(swapped.relationsBrokenEverywhere.size(), 1);
        QCOMPARE(swapped.relationsBrokenEverywhere.at(0).formula, QStringLiteral("10 = sum(parties)"));
        QCOMPARE(swapped.relationsBrokenEverywhere.at(0).rows, 2);
        QVERIFY(Importer::mappingWarnings(swapped).at(0).contains(QLatin1String("10 = sum(parties)")));
    }

    void aggregateRowsAtTikLevelAndTotalsRowsSkipped()
    {
        auto store = campaign();
        Importer::Options options = official();
        options.level = TerritoryNode::Level::District;
        const QByteArray tikHeader = "region,tik,Число избирателей внесенных в список,6. ЕДИНАЯ РОССИЯ\n";
        const QString csv = file(tikHeader + "А,ТИК 1,100,50\nА,ТИК 2,200,60\nИтого,,300,110\n");
        const Importer::Summary summary = Importer(*store, csv, options).run();
        QCOMPARE(summary.imported, 2);
        QCOMPARE(summary.totalsRows, 1);
        QCOMPARE(summary.precinctsCreated, 0);
        const QList<Protocol> list = protocols(*store);
        QCOMPARE(store->territory(list.at(0).territoryId)->level, TerritoryNode::Level::District);
    }

    void previewShowsRowsAsTheyWillBeStored()
    {
        auto store = campaign();
        const QString csv = file(header() + "А;Т;1;5;0;1;1;note\nА;Т;2;-5;0;1;1;\n");
        Importer importer(*store, csv, official());
        const QList<Importer::PreviewRow> rows = importer.preview(10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).territory,
                 (QStringList{QStringLiteral("А"), QStringLiteral("Т"), QStringLiteral("1"), QString()}));
        QCOMPARE(rows.at(0).figures.valueOr(importer.contest().slotOf(QStringLiteral("1")), -1), 5);
        QCOMPARE(rows.at(0).extra.value(QStringLiteral("Наблюдатель")).toString(), QStringLiteral("note"));
        QVERIFY(rows.at(0).error.isEmpty());
        QVERIFY2(rows.at(1).error.contains(QLatin1String("negative")), qPrintable(rows.at(1).error));
        QCOMPARE(protocols(*store).size(), 0);
    }

    void cancelLeavesTheCampaignAsItWas()
    {
        auto store = campaign();
        QByteArray bytes = header();
        for (int i = 1; i <= 10000; ++i)
            bytes += "А;Т;" + QByteArray::number(i) + ";5;0;1;1;\n";
        Importer importer(*store, file(bytes), official());
        std::atomic_bool cancel{false};
        int calls = 0;
        importer.setCancelFlag(&cancel);
        importer.setProgressHandler([&](qint64 done, qint64 total) {
            QVERIFY(done <= total);
            ++calls;
            cancel = true;
        });
        const Importer::Summary summary = importer.run();
        QVERIFY(summary.cancelled);
        QCOMPARE(calls, 1);
        QCOMPARE(protocols(*store).size(), 0);
        QVERIFY(store->allTerritory().isEmpty());
    }

    void windows1251FileWithBomlessHeaderImports()
    {
        auto store = campaign();
        // "Регион;УИК;Число избирателей, внесенных в список избирателей" and a row, in Windows-1251.
        const QByteArray bytes = "\xD0\xE5\xE3\xE8\xEE\xED;\xD3\xC8\xCA;\xD7\xE8\xF1\xEB\xEE \xE8\xE7\xE1\xE8\xF0\xE0"
                                 "\xF2\xE5\xEB\xE5\xE9, \xE2\xED\xE5\xF1\xE5\xED\xED\xFB\xF5 \xE2 \xF1\xEF\xE8\xF1\xEE\xEA "
                                 "\xE8\xE7\xE1\xE8\xF0\xE0\xF2\xE5\xEB\xE5\xE9\r\n\xC0\xE4\xFB\xE3\xE5\xFF;7;1\xA0" "234\r\n";
        Importer importer(*store, file(bytes), official());
        QCOMPARE(importer.encodingName(), QStringLiteral("Windows-1251"));
        QCOMPARE(importer.run().imported, 1);
        QCOMPARE(store->allTerritory().at(0).name, QStringLiteral("Адыгея"));
        QCOMPARE(figure(*store, protocols(*store).at(0), QStringLiteral("1")), 1234);
    }

    void totalsLabelInAnyTerritoryCellMakesATotalsRow()
    {
        auto store = campaign();
        // Spreadsheets put a subtotal's label in whichever territory column comes to hand.
        const QString csv = file(header() + "А;Т 1;1;100;1;10;50;\n"
                                            "А;Т 1;Итого;100;1;10;50;\n"
                                            "А;Итого по Т 1;;100;1;10;50;\n"
                                            "А;Т 2;2;200;2;20;60;\n"
                                            "А;Т 2;\"Всего по ТИК\";200;2;20;60;\n"
                                            "А;Т 2;Барлығы;200;2;20;60;\n"
                                            "Всего по области;Т 1;;300;3;30;110;\n");
        const Importer::Summary summary = Importer(*store, csv, official()).run();
        QCOMPARE(summary.imported, 2);
        QCOMPARE(summary.totalsRows, 5);
        QCOMPARE(summary.precinctsCreated, 2);
        QCOMPARE(summary.commissionUnits, 0);
        qint64 voters = 0;
        for (const Protocol &protocol : protocols(*store))
            voters += figure(*store, protocol, QStringLiteral("1"));
        QCOMPARE(voters, 300);
    }

    void regionsAndTiksMatchTheirNamesInTheBookOfTranslations()
    {
        auto store = PresetLibrary::createCampaign(m_dir.filePath(QStringLiteral("kz%1.db").arg(++m_files)),
                                                   PresetLibrary::campaignPreset(QStringLiteral("kz-2021")));
        const auto regions = [&store] {
            QStringList names;
            for (const TerritoryNode &node : store->allTerritory()) {
                if (node.level == TerritoryNode::Level::Region)
                    names.append(node.name);
            }
            return names;
        };
        const QStringList regionsBefore = regions();
        QVERIFY(regionsBefore.contains(QStringLiteral("Алматинская область")));

        // The preset's Kazakh and English names of its regions, as files write them, and its Russian name.
        Importer::Options options = official();
        options.contestId = QStringLiteral("mazhilis");
        const QString csv = file("Облыс;Аудан;Учаске;line 1;1. Қазақстан Халық партиясы\n"
                                 "Алматы облысы;Қарасай;301;1000;100\n"
                                 "АЛМАТЫ  ОБЛЫСЫ;Қарасай;302;1000;100\n"
                                 "Almaty Region;Талғар;303;1000;100\n"
                                 "Алматинская область;Талғар;304;1000;100\n"
                                 "Алматы қаласы;Алмалы;1;1000;100\n"
                                 "Ақмола облысы;Көкшетау;2;1000;100\n");
        const Importer::Summary summary = Importer(*store, csv, options).run();
        QCOMPARE(summary.imported, 6);
        QCOMPARE(summary.regionsCreated, 0);
        QCOMPARE(summary.districtsCreated, 4);
        QCOMPARE(regions(), regionsBefore);
        const QList<TerritoryNode> nodes = store->allTerritory();
        QHash<qint64, QString> names;
        for (const TerritoryNode &node : nodes)
            names.insert(node.id, node.name);
        QHash<QString, QString> regionOfTik;
        for (const TerritoryNode &node : nodes) {
            if (node.level == TerritoryNode::Level::District)
                regionOfTik.insert(node.name, names.value(node.parentId));
        }
        QCOMPARE(regionOfTik.value(QStringLiteral("Қарасай")), QStringLiteral("Алматинская область"));
        QCOMPARE(regionOfTik.value(QStringLiteral("Талғар")), QStringLiteral("Алматинская область"));
        QCOMPARE(regionOfTik.value(QStringLiteral("Алмалы")), QStringLiteral("город Алматы"));
        QCOMPARE(regionOfTik.value(QStringLiteral("Көкшетау")), QStringLiteral("Акмолинская область"));
    }

    void fileWithoutARegionColumnIsRefusedBesideRegionsAndWarnedOtherwise()
    {
        auto kz = PresetLibrary::createCampaign(m_dir.filePath(QStringLiteral("kz%1.db").arg(++m_files)),
                                                PresetLibrary::campaignPreset(QStringLiteral("kz-2021")));
        Importer::Options options = official();
        options.contestId = QStringLiteral("mazhilis");
        const QByteArray rows = "Аудан;Учаске;line 1;Ескерту\nҚарасай;301;1000;x\n";
        const QString message = messageOf([&] { Importer(*kz, file(rows), options).run(); });
        QVERIFY2(message.contains(QLatin1String("no column gives the region")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("\"target\": \"region\"")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("columns kept as text: Ескерту")), qPrintable(message));
        QCOMPARE(kz->protocolCount(QStringLiteral("mazhilis"), std::nullopt), 0);

        // A campaign without regions takes the file, and the summary says where its TIKs went.
        auto ru = campaign();
        const Importer::Summary summary =
            Importer(*ru, file("ТИК;УИК;Число избирателей внесенных в список\nТ;1;5\n"), official()).run();
        QCOMPARE(summary.imported, 1);
        QVERIFY(summary.withoutRegionColumn);
        QVERIFY(!Importer(*ru, file(header() + "А;Т;1;5;0;1;1;\n"), official()).run().withoutRegionColumn);
    }

    void aFileOfOneRegionGoesUnderTheRegionItIsGiven()
    {
        auto kz = PresetLibrary::createCampaign(m_dir.filePath(QStringLiteral("kz%1.db").arg(++m_files)),
                                                PresetLibrary::campaignPreset(QStringLiteral("kz-2021")));
        Importer::Options options = official();
        options.contestId = QStringLiteral("mazhilis");
        const QString rows = file("Аудан;Учаске;line 1\nҚарасай;301;1000\nҚарасай;302;1200\n");
        // By its Kazakh name from the campaign's book: the preset's «Алматинская область».
        options.region = QStringLiteral("Алматы облысы");
        const Importer::Summary summary = Importer(*kz, rows, options).run();
        QCOMPARE(summary.imported, 2);
        QCOMPARE(summary.regionsCreated, 0);
        QVERIFY(!summary.withoutRegionColumn);
        int placed = 0;
        for (const TerritoryNode &node : kz->allTerritory()) {
            if (node.level != TerritoryNode::Level::District)
                continue;
            QCOMPARE(kz->territory(node.parentId)->name, QStringLiteral("Алматинская область"));
            ++placed;
        }
        QCOMPARE(placed, 1);

        // A name the campaign does not have makes no region; a file with its own region column needs none.
        options.region = QStringLiteral("Алматинская обл");
        const QString unknown = messageOf([&] { Importer(*kz, rows, options).run(); });
        QVERIFY2(unknown.contains(QStringLiteral("no region \"Алматинская обл\"")), qPrintable(unknown));
        options.region = QStringLiteral("Алматы облысы");
        const QString twice = messageOf(
            [&] { Importer(*kz, file("Облыс;Аудан;Учаске;line 1\nАлматы облысы;Қарасай;303;900\n"), options).run(); });
        QVERIFY2(twice.contains(QLatin1String("--region is for a file without a region column")), qPrintable(twice));
        QCOMPARE(kz->protocolCount(QStringLiteral("mazhilis"), std::nullopt), 2);
    }

    void aColumnWithoutHeaderIsNamedByItsPosition()
    {
        auto store = campaign();
        const Importer::Summary summary = Importer(*store, file("uik,Число избирателей внесенных в список,\n1,5,\n"),
                                                   official()).run();
        QCOMPARE(summary.unmappedHeaders, QStringList{QStringLiteral("column 3 (no header)")});
    }
    void titlesOverGroupsOfColumnsPointToTheHeaderBelow()
    {
        auto store = campaign();
        const QByteArray rows = ";;;Данные протокола;;Голоса за партии;\n" + header() + "Адыгея;ТИК 1;101;1000;4;36;500;\n";
        const QString message = messageOf([&] { Importer(*store, file(rows), official()).run(); });
        QVERIFY2(message.contains(QLatin1String("no column gives the precinct number")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("The row after the header reads like the header itself")),
                 qPrintable(message));
        QCOMPARE(store->protocolCount(QStringLiteral("duma"), std::nullopt), 0);
        // A file simply lacking the column gets no such hint.
        const QString lacking = messageOf([&] {
            Importer(*store, file("Регион;ТИК;Число избирателей, внесенных в список избирателей\nАдыгея;ТИК 1;1000\n"),
                     official())
                .run();
        });
        QVERIFY2(lacking.contains(QLatin1String("no column gives the precinct number")), qPrintable(lacking));
        QVERIFY2(!lacking.contains(QLatin1String("reads like the header")), qPrintable(lacking));
    }

    void precinctsAsColumnsAreRecognisedAsATransposedTable()
    {
        auto store = campaign();
        const QByteArray rows = "№ строки;Наименование строки;УИК №1201;УИК №1202;УИК №1203;УИК №1204\n"
                                "1;Число избирателей, внесенных в список избирателей;1623;892;1963;865\n"
                                "9;Число недействительных избирательных бюллетеней;12;4;20;7\n";
        const QString message = messageOf([&] { Importer(*store, file(rows), official()).run(); });
        QVERIFY2(message.contains(QStringLiteral("4 columns name precincts or TIKs (УИК №1201, УИК №1202, УИК №1203, …)")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("transpose the table")), qPrintable(message));
        QCOMPARE(store->protocolCount(QStringLiteral("duma"), std::nullopt), 0);
    }

};

QTEST_GUILESS_MAIN(TestImporter)
#include "TestImporter.moc"
