// The CLI speaks one language through and through: its own words, and the reasons Qt gives for a file it
// cannot read, which its messages carry (Qt's catalogue: the system's Russian, the program's own Kazakh).

#include "TestHelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using namespace Qt::StringLiterals;

class TestCliLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void qtsReasonsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("reason");
        QTest::newRow("ru") << u"ru"_s << u"Файл или каталог не существует"_s;
        QTest::newRow("kk") << u"kk"_s << u"Мұндай файл немесе каталог жоқ"_s;
        QTest::newRow("en") << u"en"_s << u"No such file or directory"_s;
    }

    void qtsReasonsFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, reason);
        const QString campaign = test::initCampaign(m_dir.filePath(u"c-%1.db"_s.arg(language)), u"kz-2021"_s);
        const test::CliRun run = test::runSaylau(
            {u"merge"_s, campaign, m_dir.filePath(u"no-such.pkg"_s), u"--lang"_s, language});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    }

    void checkSpeaksTheLanguageInText()
    {
        const QString campaign = test::initCampaign(m_dir.filePath(u"check.db"_s), u"kz-2021"_s);
        const test::CliRun run = test::runSaylau({u"check"_s, campaign, u"--contest"_s, u"mazhilis"_s, u"--lang"_s, u"ru"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Мажилис Парламента"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"  ошибка  "_s) && !run.out.contains(u"error"_s), qPrintable(run.out));
    }

    void checksStoredPathIsTheSameInEveryLanguage()
    {
        // A protocol of precinct 101 in Akmola Region breaking 4 = 5 + sum(parties) by ten votes.
        QList<qint64> figures = test::consistentKzFigures();
        figures[7] += 10;
        const QString campaign =
            test::writeKzCampaign(m_dir.filePath(u"paths.db"_s), {{u"101"_s, SourceKind::Observer, figures}});
        QStringList territory;
        QStringList stored;
        for (const QString &language : {u"ru"_s, u"en"_s}) {
            const test::CliRun run = test::runSaylau({u"check"_s, campaign, u"--format"_s, u"csv"_s, u"--lang"_s, language});
            const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
            QVERIFY2(lines.size() == 2, qPrintable(run.out + run.err));
            territory << lines.at(1).section(u',', 3, 3);
            stored << lines.at(1).section(u',', 4, 4);
        }
        QCOMPARE(territory, (QStringList{u"Акмолинская область / УИК 101"_s, u"Akmola Region / UIK 101"_s}));
        QCOMPARE(stored, (QStringList{u"Акмолинская область / 101"_s, u"Акмолинская область / 101"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "TestCliLanguage.moc"
