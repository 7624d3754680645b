#include "domain/SaylauError.h"
#include "io/ColumnMapping.h"
#include "io/PresetLibrary.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;

// Automatic column mapping against the Russian Duma form: exact headers, headers worded differently by a
// word or two, territory columns by their usual names, numbered party columns, and the JSON round trip
// that lets the next file of the same shape import in one step.
class TestColumnMapping : public QObject
{
    Q_OBJECT

private:
    static Contest dumaContest(bool withBallot)
    {
        Contest contest;
        contest.id = QStringLiteral("duma");
        contest.form = PresetLibrary::form(QStringLiteral("ru-duma-2011"));
        if (withBallot)
            contest.ballot = PresetLibrary::ballot(QStringLiteral("ru-duma-2011"));
        return contest;
    }

    static QString targetOf(const ColumnMapping &mapping, const QString &header)
    {
        for (const ColumnMapping::Column &c : mapping.columns) {
            if (c.header == header)
                return c.target.toText();
        }
        return QStringLiteral("(no such header)");
    }

private slots:
    void normaliseFoldsCaseYoPunctuationAndSpaces()
    {
        QCOMPARE(ColumnMapping::normalise(QStringLiteral("  Число ИЗБИРАТЕЛЕЙ,\t внесённых  в «список»! ")),
                 QStringLiteral("число избирателей внесенных в список"));
    }

    void exactFormLabelsMapToTheirLines()
    {
        const Contest contest = dumaContest(true);
        QStringList headers{QStringLiteral("region"), QStringLiteral("tik"), QStringLiteral("uik")};
        for (const FormLine &line : contest.form.lines)
            headers.append(line.label);
        headers.append(QStringLiteral("url"));
        const ColumnMapping mapping = ColumnMapping::automatic(headers, contest);
        QCOMPARE(targetOf(mapping, QStringLiteral("region")), QStringLiteral("region"));
        QCOMPARE(targetOf(mapping, QStringLiteral("tik")), QStringLiteral("district"));
        QCOMPARE(targetOf(mapping, QStringLiteral("uik")), QStringLiteral("precinct"));
        for (const FormLine &line : contest.form.lines)
            QCOMPARE(targetOf(mapping, line.label), QStringLiteral("line:") + line.key);
        QCOMPARE(mapping.unmappedHeaders(), QStringList{QStringLiteral("url")});
    }

    void labelsWordedDifferentlyStillMatch()
    {
        const Contest contest = dumaContest(true);
        // As later CEC exports word them: a word added, a word form changed, the order of columns shuffled.
        const QStringList headers{
            QStringLiteral("Номер УИК"),
            QStringLiteral("Число избирательных бюллетеней, выданных избирателям вне помещения для голосования в день голосования"),
            QStringLiteral("Число избирателей, внесенных в список избирателей на момент окончания голосования"),
            QStringLiteral("Число избирательных бюллетеней, выданных избирателям в помещении для голосования в день голосования"),
            QStringLiteral("Число избирательных бюллетеней, выданных избирателям, проголосовавшим досрочно"),
            QStringLiteral("Число бюллетеней в стационарных ящиках"),
            QStringLiteral("Число бюллетеней в переносных ящиках"),
            QStringLiteral("Комментарий наблюдателя"),
        };
        const ColumnMapping mapping = ColumnMapping::automatic(headers, contest);
        QCOMPARE(mapping.columns.at(0).target.toText(), QStringLiteral("precinct"));
        QCOMPARE(mapping.columns.at(1).target.toText(), QStringLiteral("line:5"));
        QCOMPARE(mapping.columns.at(2).target.toText(), QStringLiteral("line:1"));
        QCOMPARE(mapping.columns.at(3).target.toText(), QStringLiteral("line:4"));
        QCOMPARE(mapping.columns.at(4).target.toText(), QStringLiteral("line:3"));
        QCOMPARE(mapping.columns.at(5).target.toText(), QStringLiteral("line:8"));
        QCOMPARE(mapping.columns.at(6).target.toText(), QStringLiteral("line:7"));
        QCOMPARE(mapping.columns.at(7).target.toText(), QStringLiteral("extra"));
    }

    void territoryColumnsByTheirUsualNames_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("target");
        QTest::newRow("uik") << QStringLiteral("uik") << QStringLiteral("precinct");
        QTest::newRow("№ участка") << QStringLiteral("№ участка") << QStringLiteral("precinct");
        QTest::newRow("Номер УИК") << QStringLiteral("Номер УИК") << QStringLiteral("precinct");
        QTest::newRow("Precinct number") << QStringLiteral("Precinct number") << QStringLiteral("precinct");
        QTest::newRow("Наименование ТИК") << QStringLiteral("Наименование ТИК") << QStringLiteral("district");
        QTest::newRow("Район") << QStringLiteral("Район") << QStringLiteral("district");
        QTest::newRow("Область") << QStringLiteral("Область") << QStringLiteral("region");
        QTest::newRow("Субъект РФ") << QStringLiteral("Субъект РФ") << QStringLiteral("region");
        QTest::newRow("УИК №") << QStringLiteral("УИК №") << QStringLiteral("precinct");
        QTest::newRow("Участок") << QStringLiteral("Участок") << QStringLiteral("precinct");
        QTest::newRow("Учаскелік сайлау комиссиясы") << QStringLiteral("Учаскелік сайлау комиссиясы")
                                                     << QStringLiteral("precinct");
        QTest::newRow("Территориальная избирательная комиссия")
            << QStringLiteral("Территориальная избирательная комиссия") << QStringLiteral("district");
        QTest::newRow("Аудан") << QStringLiteral("Аудан") << QStringLiteral("district");
        QTest::newRow("Аудандық/қалалық сайлау комиссиясы") << QStringLiteral("Аудандық/қалалық сайлау комиссиясы")
                                                            << QStringLiteral("district");
        QTest::newRow("ТСК") << QStringLiteral("ТСК") << QStringLiteral("district");
        QTest::newRow("Наименование субъекта РФ") << QStringLiteral("Наименование субъекта РФ")
                                                  << QStringLiteral("region");
        QTest::newRow("ИКСРФ") << QStringLiteral("ИКСРФ") << QStringLiteral("region");
        QTest::newRow("Избирательная комиссия субъекта РФ") << QStringLiteral("Избирательная комиссия субъекта РФ")
                                                            << QStringLiteral("region");
        QTest::newRow("Избирательная комиссия субъекта Российской Федерации")
            << QStringLiteral("Избирательная комиссия субъекта Российской Федерации") << QStringLiteral("region");
        QTest::newRow("Субъект Российской Федерации") << QStringLiteral("Субъект Российской Федерации")
                                                      << QStringLiteral("region");
        QTest::newRow("Адрес участка") << QStringLiteral("Адрес участка") << QStringLiteral("address");
        QTest::newRow("a count is a figure") << QStringLiteral("Число избирателей участка") << QStringLiteral("extra");
        QTest::newRow("an English count is a figure")
            << QStringLiteral("Number of voters in precinct") << QStringLiteral("extra");
        QTest::newRow("a Kazakh count is a figure") << QStringLiteral("Учаскедегі сайлаушылар саны") << QStringLiteral("extra");
    }

    void territoryColumnsByTheirUsualNames()
    {
        QFETCH(QString, header);
        QFETCH(QString, target);
        QCOMPARE(ColumnMapping::automatic({header}, Contest()).columns.at(0).target.toText(), target);
    }

    void headersNamingLineNumbers()
    {
        const ColumnMapping mapping = ColumnMapping::automatic(
            {QStringLiteral("uik"), QStringLiteral("1"), QStringLiteral("Строка 2"), QStringLiteral("стр. 10"),
             QStringLiteral("line 9")},
            dumaContest(true));
        QCOMPARE(mapping.columns.at(1).target.toText(), QStringLiteral("line:1"));
        QCOMPARE(mapping.columns.at(2).target.toText(), QStringLiteral("line:2"));
        QCOMPARE(mapping.columns.at(3).target.toText(), QStringLiteral("line:10"));
        QCOMPARE(mapping.columns.at(4).target.toText(), QStringLiteral("line:9"));
    }

    void numberedPartiesMapToBallotPositions()
    {
        const QStringList headers{QStringLiteral("uik"),
                                  QStringLiteral("2. Политическая партия \"Либерально-демократическая партия России\""),
                                  QStringLiteral("6. Всероссийская политическая партия \"ЕДИНАЯ РОССИЯ\"")};
        const ColumnMapping withBallot = ColumnMapping::automatic(headers, dumaContest(true));
        QCOMPARE(withBallot.columns.at(1).target.toText(), QStringLiteral("party:2"));
        QCOMPARE(withBallot.columns.at(2).target.toText(), QStringLiteral("party:6"));

        // No ballot yet: the numbers still say the positions, and the file can supply the ballot.
        const ColumnMapping withoutBallot = ColumnMapping::automatic(headers, dumaContest(false));
        QCOMPARE(withoutBallot.columns.at(2).target.toText(), QStringLiteral("party:6"));
        const QList<BallotEntry> ballot = withoutBallot.ballotFromColumns();
        QCOMPARE(ballot.size(), 2);
        QCOMPARE(ballot.at(1).position, 6);
        QCOMPARE(ballot.at(1).name, QStringLiteral("Всероссийская политическая партия \"ЕДИНАЯ РОССИЯ\""));
        QCOMPARE(ballot.at(1).shortName, QStringLiteral("ЕДИНАЯ РОССИЯ"));
    }

    void partyByNameWithoutNumber()
    {
        const ColumnMapping mapping
            = ColumnMapping::automatic({QStringLiteral("uik"), QStringLiteral("КПРФ"), QStringLiteral("ЯБЛОКО")},
                                       dumaContest(true));
        QCOMPARE(mapping.columns.at(1).target.toText(), QStringLiteral("party:4"));
        QCOMPARE(mapping.columns.at(2).target.toText(), QStringLiteral("party:5"));
    }

    void genericPartyWordsMakeNoMatch()
    {
        // "Всероссийская политическая партия" is in half the names on a ballot: sharing it names no party.
        const ColumnMapping mapping = ColumnMapping::automatic(
            {QStringLiteral("uik"), QStringLiteral("Всероссийская политическая партия \"РОДИНА\""),
             QStringLiteral("Всероссийская политическая партия \"ПАРТИЯ РОСТА\"")},
            dumaContest(true));
        QCOMPARE(mapping.columns.at(1).target.toText(), QStringLiteral("extra"));
        QCOMPARE(mapping.columns.at(2).target.toText(), QStringLiteral("extra"));
        // Nor when one entry alone shares them, and no second one makes the match look doubtful.
        Contest rightCauseOnly = dumaContest(true);
        rightCauseOnly.ballot = {rightCauseOnly.ballot.at(6)};
        QCOMPARE(ColumnMapping::automatic({QStringLiteral("uik"), QStringLiteral("Всероссийская политическая партия \"РОДИНА\"")},
                                          rightCauseOnly)
                     .columns.at(1).target.toText(),
                 QStringLiteral("extra"));
    }

    void partyNameOutranksItsNumber()
    {
        // A 2016 file against the 2011 ballot: the numbers are the 2016 ballot's.
        const ColumnMapping mapping = ColumnMapping::automatic(
            {QStringLiteral("uik"), QStringLiteral("1. Всероссийская политическая партия \"РОДИНА\""),
             QStringLiteral("2. Политическая партия \"КОММУНИСТИЧЕСКАЯ ПАРТИЯ КОММУНИСТЫ РОССИИ\""),
             QStringLiteral("4. Всероссийская политическая партия \"ЕДИНАЯ РОССИЯ\""),
             QStringLiteral("7. Политическая партия ЛДПР - Либерально-демократическая партия России"),
             QStringLiteral("12. Политическая партия \"КОММУНИСТИЧЕСКАЯ ПАРТИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ\""),
             QStringLiteral("14. Политическая партия СПРАВЕДЛИВАЯ РОССИЯ")},
            dumaContest(true));
        QCOMPARE(mapping.columns.at(3).target.toText(), QStringLiteral("party:6"));
        QCOMPARE(mapping.columns.at(4).target.toText(), QStringLiteral("party:2"));
        QCOMPARE(mapping.columns.at(5).target.toText(), QStringLiteral("party:4"));
        QCOMPARE(mapping.columns.at(6).target.toText(), QStringLiteral("party:1"));
        // A number whose entry the name is not, and a name that names no entry: refused with both.
        for (int i : {1, 2}) {
            const ColumnMapping::Column &column = mapping.columns.at(i);
            QCOMPARE(column.target.toText(), QStringLiteral("extra"));
            QVERIFY2(column.unmatchedBecause.contains(QStringLiteral("ballot position %1").arg(i)),
                     qPrintable(column.unmatchedBecause));
        }
        QVERIFY(mapping.columns.at(1).unmatchedBecause.contains(QStringLiteral("РОДИНА")));
        // Such a column is never added to the ballot as a new party.
        ColumnMapping fromFile = mapping;
        fromFile.markCountColumns({QByteArrayList{"1", "10", "20", "30", "40", "50", "60"}});
        fromFile.takeCountColumnsAsBallot(dumaContest(true));
        QCOMPARE(fromFile.columns.at(1).target.toText(), QStringLiteral("extra"));
        QCOMPARE(fromFile.countColumnsKeptAsText(), QList<int>({1, 2}));
    }

    void protocolLineHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<bool>("line");
        QTest::newRow("2016 line 1") << QStringLiteral("Число избирателей, включенных в список избирателей на момент "
                                                       "окончания голосования") << true;
        QTest::newRow("numbered") << QStringLiteral("3. Число избирательных бюллетеней") << true;
        QTest::newRow("кол-во") << QStringLiteral("Кол-во бюллетеней в ящиках") << true;
        QTest::newRow("kazakh") << QStringLiteral("Дауыс беруге қатысқан сайлаушылардың саны") << true;
        QTest::newRow("english") << QStringLiteral("Number of ballots received") << true;
        QTest::newRow("voters") << QStringLiteral("Избиратели вне участка") << true;
        QTest::newRow("electoral association") << QStringLiteral("Избирательное объединение «Яблоко»") << false;
        QTest::newRow("candidate") << QStringLiteral("Токаев Касым-Жомарт Кемелулы") << false;
        QTest::newRow("party") << QStringLiteral("2. ЛДПР") << false;
    }

    void protocolLineHeaders()
    {
        QFETCH(QString, header);
        QFETCH(bool, line);
        QCOMPARE(ColumnMapping::readsLikeProtocolLine(header), line);
    }

    void protocolLineMatchingNoLineIsNoBallotEntry()
    {
        // No line of the form says this: it stays unmatched with the reason, and the ballot taken from the file
        // does not get it (in 2016 the voters column became a party with 190% of the votes).
        ColumnMapping mapping = ColumnMapping::automatic(
            {QStringLiteral("uik"), QStringLiteral("Кол-во проголосовавших на дому"),
             QStringLiteral("Иванов Иван Иванович")},
            dumaContest(false));
        mapping.markCountColumns({QByteArrayList{"1", "1000", "500"}});
        mapping.takeCountColumnsAsBallot(dumaContest(false));
        QCOMPARE(mapping.columns.at(1).target.toText(), QStringLiteral("extra"));
        QVERIFY(!mapping.columns.at(1).unmatchedBecause.isEmpty());
        QCOMPARE(mapping.columns.at(2).target.toText(), QStringLiteral("party:1"));
        QCOMPARE(mapping.countColumnsKeptAsText(), QList<int>{1});
    }

    void lineLabelsMatchInEveryLanguageAndWording()
    {
        Contest kz;
        kz.form = PresetLibrary::form(QStringLiteral("kz-2021"));
        QStringList headers{QStringLiteral("uik")};
        for (const FormLine &line : kz.form.lines)
            headers << line.labelTranslations.translation(QStringLiteral("kk"));
        headers << kz.form.lines.at(1).labelTranslations.translation(QStringLiteral("en"));
        headers.removeAt(2); // line 2 comes in English instead
        const ColumnMapping mapping = ColumnMapping::automatic(headers, kz);
        for (int i = 1; i < headers.size(); ++i)
            QVERIFY2(mapping.columns.at(i).target.kind == ColumnMapping::Kind::Line, qPrintable(headers.at(i)));
        QCOMPARE(mapping.columns.constLast().target.toText(), QStringLiteral("line:2"));

        // The 2016 wording of the Duma's line 1 ("включенных" for "внесенных", and when).
        const ColumnMapping duma = ColumnMapping::automatic(
            {QStringLiteral("uik"),
             QStringLiteral("Число избирателей, включенных в список избирателей на момент окончания голосования")},
            dumaContest(true));
        QCOMPARE(duma.columns.at(1).target.toText(), QStringLiteral("line:1"));
    }

    void ballotEntriesMatchByEveryNameTheyHold()
    {
        Contest kz2021;
        kz2021.ballot = PresetLibrary::ballot(QStringLiteral("kz-2021"));
        QStringList headers{QStringLiteral("uik")};
        for (const BallotEntry &entry : std::as_const(kz2021.ballot))
            headers << entry.nameTranslations.translation(QStringLiteral("kk"));
        const ColumnMapping kazakh = ColumnMapping::automatic(headers, kz2021);
        for (int i = 1; i < headers.size(); ++i)
            QCOMPARE(kazakh.columns.at(i).target.toText(), QStringLiteral("party:%1").arg(i));

        // The kind of party abbreviated in front, or its abbreviation in brackets behind.
        Contest kz2023;
        kz2023.ballot = PresetLibrary::ballot(QStringLiteral("kz-2023"));
        const ColumnMapping names = ColumnMapping::automatic(
            {QStringLiteral("uik"), QStringLiteral("ДПК «Ак жол»"), QStringLiteral("НДПП «Ауыл»"),
             QStringLiteral("Общенациональная социал-демократическая партия (ОСДП)"),
             QStringLiteral("Партия зелёных «Байтақ»"), QStringLiteral("Партия RESPUBLICA")},
            kz2023);
        QCOMPARE(names.columns.at(1).target.toText(), QStringLiteral("party:6"));
        QCOMPARE(names.columns.at(2).target.toText(), QStringLiteral("party:2"));
        QCOMPARE(names.columns.at(3).target.toText(), QStringLiteral("party:7"));
        QCOMPARE(names.columns.at(4).target.toText(), QStringLiteral("party:5"));
        QCOMPARE(names.columns.at(5).target.toText(), QStringLiteral("party:3"));
        // Words that name no party of the ballot in particular do not make one.
        QCOMPARE(ColumnMapping::automatic({QStringLiteral("uik"), QStringLiteral("Демократическая партия")}, kz2023)
                     .columns.at(1).target.toText(),
                 QStringLiteral("extra"));
    }

    void choosingAPartyNamesItInTheSavedMapping()
    {
        const Contest contest = dumaContest(true);
        ColumnMapping mapping = ColumnMapping::automatic({QStringLiteral("uik"), QStringLiteral("Коммунисты")}, contest);
        mapping.choose(1, ColumnMapping::Target::fromText(QStringLiteral("party:4")), contest);
        QVERIFY(mapping.columns.at(1).chosen);
        const ColumnMapping saved = ColumnMapping::fromJson(mapping.toJson());
        QCOMPARE(saved.columns.at(1).target.toText(), QStringLiteral("party:4"));
        QCOMPARE(saved.columns.at(1).partyName, contest.ballot.at(3).name);
        QCOMPARE(ColumnMapping::matchBallotName(saved.columns.at(1).partyName, contest.ballot).position, 4);
        // A column stored otherwise than as a party carries no party name.
        mapping.choose(1, ColumnMapping::Target::fromText(QStringLiteral("extra")), contest);
        QVERIFY(!mapping.toJson().value(QStringLiteral("columns")).toArray().at(1).toObject().contains(QStringLiteral("party")));
    }

    void shortPartyNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("shortName");
        QTest::newRow("quoted") << QStringLiteral("Политическая партия \"ПАТРИОТЫ РОССИИ\"") << QStringLiteral("ПАТРИОТЫ РОССИИ");
        QTest::newRow("nested quotes") << QStringLiteral("Политическая партия \"Российская объединенная демократическая партия \"ЯБЛОКО\"")
                                       << QStringLiteral("ЯБЛОКО");
        QTest::newRow("unquoted") << QStringLiteral("Политическая партия СПРАВЕДЛИВАЯ РОССИЯ") << QStringLiteral("СПРАВЕДЛИВАЯ РОССИЯ");
        QTest::newRow("guillemets") << QStringLiteral("Партия «Nur Otan»") << QStringLiteral("Nur Otan");
    }

    void shortPartyNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, shortName);
        QCOMPARE(ColumnMapping::shortPartyName(name), shortName);
    }

    void savedMappingDecidesFirstAndRoundTrips()
    {
        const Contest contest = dumaContest(true);
        const QStringList headers{QStringLiteral("Участок"), QStringLiteral("Всего по списку"), QStringLiteral("Примечание")};
        ColumnMapping mapping = ColumnMapping::automatic(headers, contest);
        QCOMPARE(mapping.columns.at(1).target.toText(), QStringLiteral("extra")); // too far from any label
        mapping.columns[1].target = ColumnMapping::Target::fromText(QStringLiteral("line:1"));
        mapping.columns[2].target = ColumnMapping::Target::fromText(QStringLiteral("ignore"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.json"));
        mapping.save(path);
        const ColumnMapping saved = ColumnMapping::load(path);
        QCOMPARE(saved.columns.size(), 3);

        // The next file: same columns, another order, one header in other case and spacing.
        const ColumnMapping next = ColumnMapping::automatic(
            {QStringLiteral("ПРИМЕЧАНИЕ"), QStringLiteral("участок"), QStringLiteral("Всего  по списку")}, contest, &saved);
        QCOMPARE(next.columns.at(0).target.toText(), QStringLiteral("ignore"));
        QCOMPARE(next.columns.at(1).target.toText(), QStringLiteral("precinct"));
        QCOMPARE(next.columns.at(2).target.toText(), QStringLiteral("line:1"));
    }

    void choicesOfferEveryLineAndParty()
    {
        const Contest contest = dumaContest(true);
        const auto choices = ColumnMapping::choices(contest);
        QCOMPARE(choices.size(), 6 + contest.form.lines.size() + contest.ballot.size());
        QCOMPARE(choices.at(0).first.toText(), QStringLiteral("extra"));
        QCOMPARE(choices.at(6).first.toText(), QStringLiteral("line:1"));
        QCOMPARE(choices.at(6).second, QStringLiteral("line 1: Voters on the list"));
        QCOMPARE(choices.constLast().first.toText(), QStringLiteral("party:7"));
    }

    void badTargetsAreRefused()
    {
        QVERIFY_THROWS_EXCEPTION(SaylauError, ColumnMapping::Target::fromText(QStringLiteral("party:0")));
        QVERIFY_THROWS_EXCEPTION(SaylauError, ColumnMapping::Target::fromText(QStringLiteral("lines:1")));
        QVERIFY_THROWS_EXCEPTION(SaylauError, ColumnMapping::fromJson(QJsonObject{{QStringLiteral("format"), 1}}));
    }
};

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "TestColumnMapping.moc"
