#include "analysis/ChartSpec.h"
#include "io/DemoCampaign.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;

// saylau-desk-bench, run as a user runs it on the demo campaign: every figure it promises is printed, with
// its goal, and the campaign given is left as it was (the runs save protocols into a copy). The figures
// themselves are not judged here: speeds are for the benchmark to show, not for a test to time.
class TestGuiDeskBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void printsEveryFigureAndLeavesTheFile();
    void fileThatIsNoCampaignIsRefused();

private:
    static QByteArray sha256(const QString &path);
};

QByteArray TestGuiDeskBenchmark::sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestGuiDeskBenchmark::printsEveryFigureAndLeavesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString demo = dir.filePath(QStringLiteral("demo.db"));
    DemoCampaign::create(demo);
    const QByteArray before = sha256(demo);

    QProcess bench;
    bench.start(QStringLiteral(SAYLAU_DESK_BENCH_PATH), {demo, QStringLiteral("--runs"), QStringLiteral("1")});
    QVERIFY(bench.waitForFinished(300'000));
    const QString out = QString::fromUtf8(bench.readAllStandardOutput());
    QVERIFY2(bench.exitStatus() == QProcess::NormalExit && bench.exitCode() == 0,
             qPrintable(QString::fromUtf8(bench.readAllStandardError())));

    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("^saylau-desk on .*demo\\.db: 385 protocols; wall time, "
                                                             "median of 1 run(?:\\(s\\))?; load average \\S+"),
                                              QRegularExpression::MultilineOption)),
             qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(
                 QStringLiteral("^  sqlite3 shell, every line summed per region \\(whole process\\): \\d+\\.\\d{3} s$"),
                 QRegularExpression::MultilineOption)),
             qPrintable(out));
    QStringList figures{QStringLiteral("opening, until the navigator and the overview are filled"),
                        QStringLiteral("totals after a save, navigator and overview")};
    QStringList goals{QStringLiteral("< 1 s"), QStringLiteral("< 0.1 s")};
    for (const ChartSpec::Kind kind : ChartSpec::allKinds()) {
        figures.append(QStringLiteral("chart %1 redrawn").arg(ChartSpec::kindName(kind)));
        goals.append(QStringLiteral("< 0.3 s"));
    }
    for (int i = 0; i < figures.size(); ++i) {
        const QRegularExpression line(QStringLiteral("^  %1: \\d+\\.\\d{3} s \\(goal %2; \\d+\\.\\d{2}x the shell\\)")
                                          .arg(QRegularExpression::escape(figures.at(i)),
                                               QRegularExpression::escape(goals.at(i))),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(out.contains(line), qPrintable(QStringLiteral("no line \"%1\" in:\n%2").arg(figures.at(i), out)));
    }
    QCOMPARE(sha256(demo), before);
}

void TestGuiDeskBenchmark::fileThatIsNoCampaignIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString notes = dir.filePath(QStringLiteral("notes.db"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a campaign\n");
    file.close();

    QProcess bench;
    bench.start(QStringLiteral(SAYLAU_DESK_BENCH_PATH), {notes, QStringLiteral("--runs"), QStringLiteral("1")});
    QVERIFY(bench.waitForFinished(120'000));
    QCOMPARE(bench.exitCode(), 1);
    QVERIFY(bench.readAllStandardOutput().isEmpty());
    const QString errors = QString::fromUtf8(bench.readAllStandardError());
    QVERIFY2(errors.contains(QStringLiteral("saylau-desk-bench: ")), qPrintable(errors));
}

QTEST_GUILESS_MAIN(TestGuiDeskBenchmark)
#include "TestGuiDeskBenchmark.moc"
