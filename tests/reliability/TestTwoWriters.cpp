#include "ReliabilityFixture.h"

#include "../TestHelpers.h"

#include "storage/Migrations.h"
#include "storage/SqlDialect.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace saylau;
using namespace saylau::reliability;
using saylau::test::runSaylau;

// Two programs writing one campaign file at the same moment (two imports; an import and typed saves; two
// commands upgrading an older file), many times over: every time the file passes PRAGMA integrity_check and holds both writes whole, or the one that
// gave up says that another program was writing, exits 2 and the other's write is whole. A writer that
// cannot get in within --wait gives up with that message and changes nothing.
class TestTwoWriters : public QObject
{
    Q_OBJECT

private:
    static constexpr int trials = 20;
    static inline const QString busy = QStringLiteral("another program is writing to this campaign");
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    struct Writer
    {
        std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
        int exitCode = -1;
        QString err;
    };

    static void start(Writer &writer, const QString &program, const QStringList &arguments)
    {
        writer.process->start(program, arguments);
    }

    static void finish(Writer &writer)
    {
        if (!writer.process->waitForFinished(120000))
            writer.process->kill();
        writer.exitCode = writer.process->exitStatus() == QProcess::NormalExit ? writer.process->exitCode() : -1;
        writer.err = QString::fromUtf8(writer.process->readAllStandardError());
    }

    // For a failure message: how each writer ended, with the last line it wrote to stderr.
    static QString describe(int trial, const Writer &one, const Writer &other)
    {
        return QStringLiteral("trial %1: exit %2 (%3), exit %4 (%5)")
            .arg(trial)
            .arg(one.exitCode)
            .arg(one.err.trimmed().section(u'\n', -1))
            .arg(other.exitCode)
            .arg(other.err.trimmed().section(u'\n', -1));
    }

    // Either the writer succeeded, or it gave up saying why with exit code 2.
    static bool landedOrGaveUpClearly(const Writer &writer)
    {
        return writer.exitCode == 0 || (writer.exitCode == 2 && writer.err.contains(busy));
    }

    static qint64 count(const QString &file, const QString &sql)
    {
        const QString name = QStringLiteral("count");
        qint64 n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            QSqlQuery query(db);
            if (db.open() && query.exec(sql) && query.next())
                n = query.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void twoImportsAtOnceBothLandWhole()
    {
        // Overlapping precincts under the same regions and TIKs: both imports create and look up the same
        // territory nodes.
        const QString official = writeResultsCsv(path(QStringLiteral("official.csv")), ruDumaCounts, 3000, 1, 0);
        const QString observer = writeResultsCsv(path(QStringLiteral("observer.csv")), ruDumaCounts, 3000, 1501, 3);
        const QString base = path(QStringLiteral("imports-base.db"));
        test::initCampaign(base);
        int bothLanded = 0;
        for (int trial = 0; trial < trials; ++trial) {
            const QString file = path(QStringLiteral("imports-%1.db").arg(trial));
            QVERIFY(QFile::copy(base, file));
            Writer first, second;
            start(first, QStringLiteral(SAYLAU_CLI_PATH),
                  {QStringLiteral("import"), file, official, QStringLiteral("--source"), QStringLiteral("official")});
            start(second, QStringLiteral(SAYLAU_CLI_PATH),
                  {QStringLiteral("import"), file, observer, QStringLiteral("--source"), QStringLiteral("observer")});
            finish(first);
            finish(second);
            const QString what = describe(trial, first, second);
            QVERIFY2(campaignContent(file).integrity == QLatin1String("ok"), qPrintable(what));
            QVERIFY2(landedOrGaveUpClearly(first) && landedOrGaveUpClearly(second), qPrintable(what));
            QVERIFY2(first.exitCode == 0 || second.exitCode == 0, qPrintable(what));
            // Whatever succeeded is there whole, what gave up left nothing, and no precinct was made twice.
            const qint64 officials = count(file, QStringLiteral("SELECT count(*) FROM protocol WHERE source = 'official'"));
            const qint64 observers = count(file, QStringLiteral("SELECT count(*) FROM protocol WHERE source = 'observer'"));
            QVERIFY2(officials == (first.exitCode == 0 ? 3000 : 0), qPrintable(what));
            QVERIFY2(observers == (second.exitCode == 0 ? 3000 : 0), qPrintable(what));
            QVERIFY2(count(file, QStringLiteral("SELECT count(*) FROM import_run"))
                         == (first.exitCode == 0) + (second.exitCode == 0),
                     qPrintable(what));
            QVERIFY2(count(file, QStringLiteral("SELECT count(*) FROM territory WHERE level = 'precinct'"))
                         == count(file, QStringLiteral("SELECT count(DISTINCT code) FROM territory WHERE level = 'precinct'")),
                     qPrintable(what));
            bothLanded += first.exitCode == 0 && second.exitCode == 0;
        }
        qInfo("two imports at once: %d trials, both landed in %d", trials, bothLanded);
    }

    void anImportAndTypedSavesAtOnceBothLandWhole()
    {
        constexpr int saves = 40;
        const QString data = writeResultsCsv(path(QStringLiteral("kz.csv")), kz2021Counts, 3000, 1, 0);
        const QString base = path(QStringLiteral("mixed-base.db"));
        EntryFixture::create(base);
        for (int trial = 0; trial < trials / 2; ++trial) {
            const QString file = path(QStringLiteral("mixed-%1.db").arg(trial));
            QVERIFY(QFile::copy(base, file));
            Writer import, saver;
            start(import, QStringLiteral(SAYLAU_CLI_PATH),
                  {QStringLiteral("import"), file, data, QStringLiteral("--contest"), QStringLiteral("mazhilis"),
                   QStringLiteral("--source"), QStringLiteral("official")});
            start(saver, QStringLiteral(SAYLAU_TYPED_SAVE_WRITER), {file, QStringLiteral("0"), QString::number(saves)});
            finish(import);
            finish(saver);
            const QString what = describe(trial, import, saver);
            QVERIFY2(campaignContent(file).integrity == QLatin1String("ok"), qPrintable(what));
            QVERIFY2(landedOrGaveUpClearly(import) && landedOrGaveUpClearly(saver), qPrintable(what));
            QVERIFY2(count(file, QStringLiteral("SELECT count(*) FROM protocol WHERE source = 'official'"))
                         == (import.exitCode == 0 ? 3000 : 0),
                     qPrintable(what));
            if (saver.exitCode == 0) {
                // Every save on top of the one before: the last revision of each precinct's protocol counts them.
                QVERIFY2(count(file, QStringLiteral("SELECT sum(revision) FROM protocol WHERE source = 'observer'")) == saves,
                         qPrintable(what));
                QVERIFY2(count(file, QStringLiteral("SELECT count(*) FROM protocol_history")) == saves, qPrintable(what));
            }
        }
    }

    void twoProgramsUpgradingOneOldFileAtOnceUpgradeItOnce()
    {
        // A campaign one schema step behind, as the previous release left it; two commands open it at once
        // and each finds the upgrade to do.
        const QString base = path(QStringLiteral("old-base.db"));
        QVERIFY(test::runSql(base, {QStringLiteral("PRAGMA application_id = 1396791628")}));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(base);
            QVERIFY(db.open());
            Migrations::apply(db, SqlDialect(SqlDialect::Engine::SQLite), 0, Migrations::latestVersion() - 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        for (int trial = 0; trial < trials / 2; ++trial) {
            const QString file = path(QStringLiteral("old-%1.db").arg(trial));
            QVERIFY(QFile::copy(base, file));
            Writer first, second;
            start(first, QStringLiteral(SAYLAU_CLI_PATH), {QStringLiteral("contests"), file});
            start(second, QStringLiteral(SAYLAU_CLI_PATH), {QStringLiteral("contests"), file});
            finish(first);
            finish(second);
            const QString what = describe(trial, first, second);
            QVERIFY2(first.exitCode == 0 && second.exitCode == 0, qPrintable(what));
            QVERIFY2(campaignContent(file).integrity == QLatin1String("ok"), qPrintable(what));
            QCOMPARE(count(file, QStringLiteral("PRAGMA user_version")), qint64(Migrations::latestVersion()));
        }
    }

    void aWriterThatCannotGetInGivesUpSayingWhyAndChangesNothing()
    {
        const QString file = path(QStringLiteral("held.db"));
        test::initCampaign(file);
        const QString data = writeResultsCsv(path(QStringLiteral("held.csv")), ruDumaCounts, 50, 1, 0);
        const QByteArray before = campaignContent(file).digest;
        {
            // Another program in the middle of a long write.
            auto holder = CampaignStore::open(file);
            CampaignStore::Transaction transaction(*holder);
            holder->setElection({QStringLiteral("held"), {}, {}, false, {}});
            const test::CliRun run = runSaylau({QStringLiteral("import"), file, data, QStringLiteral("--source"),
                                                QStringLiteral("official"), QStringLiteral("--wait"), QStringLiteral("1")});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(busy), qPrintable(run.err));
            QVERIFY2(run.err.contains(file), qPrintable(run.err));
        }
        QCOMPARE(campaignContent(file).digest, before);
    }
};

QTEST_GUILESS_MAIN(TestTwoWriters)
#include "TestTwoWriters.moc"
