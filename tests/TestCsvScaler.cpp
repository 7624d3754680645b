#include "TestHelpers.h"

#include "io/CsvReader.h"
#include "io/CsvScaler.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;

// The generator of the benchmark's scaling file: the wanted number of rows, every precinct unique within
// its TIK, each pass with TIKs of its own, and the rest of each row copied as it was.
class TestCsvScaler : public QObject
{
    Q_OBJECT

private slots:
    void repeatsRowsWithNewPrecinctsAndTiks()
    {
        QTemporaryDir dir;
        const QString source = test::writeFixture(dir.filePath(QStringLiteral("s.csv")),
                                                  "region,tik,uik,voters,url\n"
                                                  "A,\"T, one\",7,100,http://x\n"
                                                  "A,T2,12,200,\n"
                                                  "B,T3,5,300,\"q\"\"q\"\n");
        const QString target = dir.filePath(QStringLiteral("t.csv"));
        QCOMPARE(CsvScaler::write(source, target, 8), 8);

        CsvReader reader(target);
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.fields(), (QStringList{QStringLiteral("region"), QStringLiteral("tik"), QStringLiteral("uik"),
                                               QStringLiteral("voters"), QStringLiteral("url")}));
        QList<QStringList> rows;
        while (reader.readRecord())
            rows.append(reader.fields());
        QCOMPARE(rows.size(), 8);
        QCOMPARE(rows.at(0), (QStringList{QStringLiteral("A"), QStringLiteral("T, one"), QStringLiteral("7"),
                                          QStringLiteral("100"), QStringLiteral("http://x")}));
        QCOMPARE(rows.at(3), (QStringList{QStringLiteral("A"), QStringLiteral("T, one /2"), QStringLiteral("107"),
                                          QStringLiteral("100"), QStringLiteral("http://x")}));
        QCOMPARE(rows.at(5).at(4), QStringLiteral("q\"q"));
        QCOMPARE(rows.at(7).at(1), QStringLiteral("T2 /3"));
        QSet<QString> keys;
        for (const QStringList &row : rows)
            keys.insert(row.at(1) + QLatin1Char('/') + row.at(2));
        QCOMPARE(keys.size(), 8);
    }
};

QTEST_GUILESS_MAIN(TestCsvScaler)
#include "TestCsvScaler.moc"
