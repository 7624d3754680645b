#include "ReliabilityFixture.h"

#include "../TestHelpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using namespace saylau::reliability;
using saylau::test::runSaylau;

// kill -9 at random moments of every kind of write: an import (rollback journal, one transaction), typed
// saves (WAL, one transaction each) and `saylau init`. After each kill the file passes PRAGMA integrity_check,
// opens in saylau, and holds exactly the state before or after a whole write, compared by content digest.
class TestKillDuringWrite : public QObject
{
    Q_OBJECT

private:
    static constexpr int trials = 16;
    QTemporaryDir m_dir;
    // The seed is printed, so that a failing series can be run again exactly (SAYLAU_RELIABILITY_SEED).
    quint32 m_seed = qEnvironmentVariableIsSet("SAYLAU_RELIABILITY_SEED")
        ? quint32(qEnvironmentVariableIntValue("SAYLAU_RELIABILITY_SEED"))
        : QRandomGenerator::global()->generate();
    QRandomGenerator m_random{m_seed};

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QString copyOf(const QString &from, const QString &to)
    {
        QFile::remove(to);
        if (!QFile::copy(from, to))
            qFatal("cannot copy %s", qPrintable(from));
        return to;
    }

    // How long a whole run takes, process start included.
    static qint64 timedRun(const QString &program, const QStringList &arguments)
    {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            qFatal("the reference run of %s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return timer.elapsed();
    }

    // The trial-th of `trials` kill moments: one at random in each equal slice of the run's length (and a
    // little past it), so the moments cover the whole run.
    int killMoment(int trial, qint64 runMs)
    {
        const double slice = 1.3 * double(runMs) / trials;
        return int(slice * (trial + m_random.generateDouble()));
    }

    // Starts the program and sends SIGKILL after delayMs unless it has finished. Returns its stdout.
    static QByteArray runAndKill(const QString &program, const QStringList &arguments, int delayMs, bool *killed)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForStarted())
            qFatal("cannot start %s", qPrintable(program));
        *killed = !process.waitForFinished(delayMs);
        if (*killed)
            process.kill();
        process.waitForFinished(60000);
        return process.readAllStandardOutput();
    }

    // After a kill: `saylau` opens the file (recovering what SQLite left), and the content is whole.
    static CampaignContent afterKill(const QString &file)
    {
        const test::CliRun contests = runSaylau({QStringLiteral("contests"), file});
        if (contests.exitCode != 0)
            qWarning("saylau contests after the kill: %s", qPrintable(contests.err));
        CampaignContent content = campaignContent(file);
        if (contests.exitCode != 0)
            content.integrity += QStringLiteral(" (saylau refused it: ") + contests.err + u')';
        return content;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qInfo("kill moments from seed %u (set SAYLAU_RELIABILITY_SEED to repeat them)", m_seed);
    }

    void importKilledAnywhereLeavesTheStateBeforeOrAfter()
    {
        const QString base = path(QStringLiteral("import-base.db"));
        test::initCampaign(base);
        const QString first = writeResultsCsv(path(QStringLiteral("first.csv")), ruDumaCounts, 3000, 1, 0);
        QCOMPARE(runSaylau({QStringLiteral("import"), base, first, QStringLiteral("--source"), QStringLiteral("official")})
                     .exitCode, 0);
        // A corrected file: half its precincts replace stored figures (history rows), half are new.
        const QString corrected = writeResultsCsv(path(QStringLiteral("corrected.csv")), ruDumaCounts, 6000, 1501, 1);
        const auto on = [&corrected](const QString &file) {
            return QStringList{QStringLiteral("import"), file, corrected, QStringLiteral("--source"),
                               QStringLiteral("official"), QStringLiteral("--quiet")};
        };

        const QByteArray before = campaignContent(base).digest;
        const QString reference = copyOf(base, path(QStringLiteral("import-reference.db")));
        const qint64 runMs = timedRun(QStringLiteral(SAYLAU_CLI_PATH), on(reference));
        const QByteArray after = campaignContent(reference).digest;
        QVERIFY(before != after);

        int killed = 0, atBefore = 0;
        for (int trial = 0; trial < trials; ++trial) {
            const QString file = copyOf(base, path(QStringLiteral("import-trial.db")));
            bool wasKilled = false;
            const int moment = killMoment(trial, runMs);
            runAndKill(QStringLiteral(SAYLAU_CLI_PATH), on(file), moment, &wasKilled);
            const CampaignContent content = afterKill(file);
            QVERIFY2(content.integrity == QLatin1String("ok"),
                     qPrintable(QStringLiteral("killed at %1 ms: %2").arg(moment).arg(content.integrity)));
            QVERIFY2(content.digest == before || content.digest == after,
                     qPrintable(QStringLiteral("killed at %1 ms: neither the state before nor after").arg(moment)));
            killed += wasKilled;
            atBefore += content.digest == before;
        }
        qInfo("import: %d runs (%lld ms each), %d killed, %d left as before", trials, runMs, killed, atBefore);
        QVERIFY2(killed > 0, "no run was killed: the kill moments missed the import");
    }

    void typedSavesKilledAnywhereLeaveWholeSaves()
    {
        constexpr int saves = 120;
        const QString base = path(QStringLiteral("saves-base.db"));
        EntryFixture::create(base);
        // The state after each number of whole saves, made in this process.
        QList<QByteArray> states;
        {
            const QString reference = copyOf(base, path(QStringLiteral("saves-reference.db")));
            auto store = CampaignStore::open(reference);
            states.append(campaignContent(reference).digest);
            for (int step = 0; step < saves; ++step) {
                typedSave(*store, step);
                states.append(campaignContent(reference).digest);
            }
        }
        const QString writer = QStringLiteral(SAYLAU_TYPED_SAVE_WRITER);
        const auto arguments = [](const QString &file) {
            return QStringList{file, QStringLiteral("0"), QString::number(saves)};
        };
        const qint64 runMs = timedRun(writer, arguments(copyOf(base, path(QStringLiteral("saves-timing.db")))));

        int killed = 0;
        for (int trial = 0; trial < trials; ++trial) {
            const QString file = copyOf(base, path(QStringLiteral("saves-trial.db")));
            bool wasKilled = false;
            const int moment = killMoment(trial, runMs);
            const QByteArray out = runAndKill(writer, arguments(file), moment, &wasKilled);
            const int reported = int(out.count("saved "));
            const CampaignContent content = afterKill(file);
            QVERIFY2(content.integrity == QLatin1String("ok"),
                     qPrintable(QStringLiteral("killed at %1 ms: %2").arg(moment).arg(content.integrity)));
            const qsizetype whole = states.indexOf(content.digest);
            QVERIFY2(whole >= 0, qPrintable(QStringLiteral("killed at %1 ms: not the state after any number of "
                                                           "whole saves").arg(moment)));
            // A save reported done is on the disk.
            QVERIFY2(whole >= reported, qPrintable(QStringLiteral("%1 saves reported, %2 kept").arg(reported).arg(whole)));
            killed += wasKilled;
        }
        qInfo("typed saves: %d runs of %d saves (%lld ms each), %d killed", trials, saves, runMs, killed);
        QVERIFY2(killed > 0, "no run was killed: the kill moments missed the saves");
    }

    void initKilledAnywhereLeavesNoHalfMadeCampaign()
    {
        const auto init = [](const QString &file) {
            return QStringList{QStringLiteral("init"), file, QStringLiteral("--preset"), QStringLiteral("ru-duma-2011")};
        };
        const QString reference = path(QStringLiteral("init-reference.db"));
        const qint64 runMs = timedRun(QStringLiteral(SAYLAU_CLI_PATH), init(reference));
        const QByteArray made = campaignContent(reference).digest;

        int killed = 0, absent = 0;
        for (int trial = 0; trial < trials; ++trial) {
            const QString file = path(QStringLiteral("init-trial-%1.db").arg(trial));
            bool wasKilled = false;
            const int moment = killMoment(trial, runMs);
            runAndKill(QStringLiteral(SAYLAU_CLI_PATH), init(file), moment, &wasKilled);
            killed += wasKilled;
            if (!QFile::exists(file)) {
                // Nothing under the name: init simply runs again.
                ++absent;
                const test::CliRun again = runSaylau(init(file));
                QVERIFY2(again.exitCode == 0, qPrintable(again.err));
            }
            const CampaignContent content = afterKill(file);
            QVERIFY2(content.integrity == QLatin1String("ok"),
                     qPrintable(QStringLiteral("killed at %1 ms: %2").arg(moment).arg(content.integrity)));
            QVERIFY2(content.digest == made,
                     qPrintable(QStringLiteral("killed at %1 ms: a campaign other than the one init makes").arg(moment)));
        }
        qInfo("init: %d runs (%lld ms each), %d killed, %d left no file", trials, runMs, killed, absent);
        QVERIFY2(killed > 0, "no run was killed: the kill moments missed init");
    }
};

QTEST_GUILESS_MAIN(TestKillDuringWrite)
#include "TestKillDuringWrite.moc"
