// Party colours an audience can tell apart: the CIEDE2000 difference and the rule that keeps a ballot's
// colours unless two are too close, on the ballots of 2011 (Russia) and 2021 (Kazakhstan).

#include "analysis/PartyColors.h"
#include "io/PresetLibrary.h"

#include <QTest>

using namespace saylau;
using namespace Qt::StringLiterals;

namespace {

// The ballot's colours in the order of the given short names (the order of votes in the election).
QStringList ballotColors(const QString &ballotId, const QStringList &order)
{
    const QList<BallotEntry> ballot = PresetLibrary::ballot(ballotId);
    QStringList colors;
    for (const QString &name : order)
        for (const BallotEntry &entry : ballot)
            if (entry.shortName == name)
                colors.append(entry.color);
    return colors;
}

void verifyDistinct(const QStringList &colors)
{
    for (qsizetype i = 0; i < colors.size(); ++i)
        for (qsizetype j = i + 1; j < colors.size(); ++j)
            QVERIFY2(PartyColors::distance(colors.at(i), colors.at(j)) >= PartyColors::minimumDistance,
                     qPrintable(colors.at(i) + u" "_s + colors.at(j)));
}

} // namespace

class TestPartyColors : public QObject
{
    Q_OBJECT

private slots:
    void distanceFollowsTheReferenceValues()
    {
        // Sharma, Wu and Dalal (2005), pairs 1, 7, 17 and 25 of their table.
        QCOMPARE(qRound(PartyColors::distanceLab(50, 2.6772, -79.7751, 50, 0, -82.7485) * 1e4), 20425);
        QCOMPARE(qRound(PartyColors::distanceLab(50, 0, 0, 50, -1, 2) * 1e4), 23669);
        QCOMPARE(qRound(PartyColors::distanceLab(50, 2.5, 0, 73, 25, -18) * 1e4), 271492);
        QCOMPARE(qRound(PartyColors::distanceLab(60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387) * 1e4), 12644);
        // Symmetric, zero for one colour, large for black and white.
        QCOMPARE(PartyColors::distance(u"#1f77b4"_s, u"#1f77b4"_s), 0.0);
        QCOMPARE(PartyColors::distance(u"#1f77b4"_s, u"#2a5caa"_s), PartyColors::distance(u"#2a5caa"_s, u"#1f77b4"_s));
        QVERIFY(PartyColors::distance(u"#000000"_s, u"#ffffff"_s) > 99);
    }

    void duma2011SeparatesTheTwoBlues()
    {
        const QStringList order{u"ЕР"_s, u"КПРФ"_s, u"СР"_s, u"ЛДПР"_s, u"ЯБЛОКО"_s, u"Патриоты"_s, u"Правое дело"_s};
        const QStringList ballot = ballotColors(u"ru-duma-2011"_s, order);
        QCOMPARE(ballot.size(), 7);
        // ЕР #1f77b4 and ЛДПР #2a5caa: the two near blues of the ballot.
        QVERIFY(PartyColors::distance(ballot.at(0), ballot.at(3)) < PartyColors::minimumDistance);
        const QStringList drawn = PartyColors::distinct(ballot);
        // The leader keeps its blue; ЛДПР, later in the order, takes a palette colour; the rest keep theirs.
        for (int i : {0, 1, 2, 4, 5, 6})
            QCOMPARE(drawn.at(i), ballot.at(i));
        QVERIFY(drawn.at(3) != ballot.at(3));
        QVERIFY(PartyColors::contrastPalette().contains(drawn.at(3)));
        verifyDistinct(drawn);
    }

    void kz2021KeepsEveryColourOfTheBallot()
    {
        const QStringList order{u"Нур Отан"_s, u"Ак жол"_s, u"НПК"_s, u"Ауыл"_s, u"Адал"_s};
        const QStringList ballot = ballotColors(u"kz-2021"_s, order);
        QCOMPARE(ballot.size(), 5);
        QCOMPARE(PartyColors::distinct(ballot), ballot);
        verifyDistinct(ballot);
    }

    void chosenColoursStayAndMissingOnesAreFilled()
    {
        // Press staff chose a blue next to the leader's: it is kept, and a later near colour moves instead.
        const QStringList drawn = PartyColors::distinct({u"#1f77b4"_s, u"#2a5caa"_s, u""_s, u"#2a5cab"_s},
                                                        {false, true, false, false});
        QCOMPARE(drawn.at(0), u"#1f77b4"_s);
        QCOMPARE(drawn.at(1), u"#2a5caa"_s);
        QVERIFY(PartyColors::contrastPalette().contains(drawn.at(2)));
        QVERIFY(PartyColors::contrastPalette().contains(drawn.at(3)));
        QVERIFY(drawn.at(2) != drawn.at(3));
        verifyDistinct(QStringList{drawn.at(0), drawn.at(2), drawn.at(3)});
        // More parties than the palette separates: every one still gets a colour.
        const QStringList many = PartyColors::distinct(QStringList(30, QString()));
        QCOMPARE(many.size(), 30);
        for (const QString &c : many)
            QVERIFY(c.startsWith(u'#'));
    }
};

QTEST_GUILESS_MAIN(TestPartyColors)
#include "TestPartyColors.moc"
