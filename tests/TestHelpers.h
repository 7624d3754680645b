#pragma once

// Small helpers shared by the test classes (header only: each Test*.cpp is its own executable).

#include "domain/SaylauError.h"
#include "storage/CampaignStore.h"

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>

namespace saylau::test {

// A contest of two lines and two parties (Cyrillic names, a relation, measures): what the storage tests store.
inline Contest smallContest()
{
    Contest c;
    c.id = QStringLiteral("mazhilis");
    c.name = QStringLiteral("Мажилис");
    c.seats = 98;
    c.form.id = QStringLiteral("mini");
    c.form.name = QStringLiteral("Mini form");
    c.form.lines = {{QStringLiteral("1"), QStringLiteral("Количество избирателей"), QStringLiteral("Избиратели")},
                    {QStringLiteral("2"), QStringLiteral("Бюллетени в ящиках"), QStringLiteral("В ящиках")}};
    c.form.relations = {{QStringLiteral("2 = sum(parties)"), Severity::Error, QStringLiteral("note")}};
    c.form.measures = {{Measure::Voters, QStringLiteral("1")}, {Measure::Cast, QStringLiteral("2")}};
    c.form.thresholdPercent = 7;
    c.ballot = {{1, QStringLiteral("Nur Otan"), QStringLiteral("НО"), QStringLiteral("#1f5aa6")},
                {2, QStringLiteral("Ак жол"), QStringLiteral("АЖ"), QStringLiteral("#f2a900")}};
    return c;
}

// The message of the SaylauError that WORK throws, or an empty text when it throws none: what a refused
// operation told the person.
inline QString refusal(const std::function<void()> &work)
{
    try {
        work();
    } catch (const SaylauError &error) {
        return error.message();
    }
    return {};
}

// One run of the built `saylau` binary (in this environment): exit code, stdout and stderr as text.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runSaylau(const QStringList &arguments,
                        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                        int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SAYLAU_CLI_PATH), arguments);
    if (!process.waitForFinished(timeoutMs))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// `saylau init PATH --preset PRESET`, which a test needs to succeed before it can begin.
inline QString initCampaign(const QString &path, const QString &preset = QStringLiteral("ru-duma-2011"))
{
    const CliRun init = runSaylau({QStringLiteral("init"), path, QStringLiteral("--preset"), preset});
    if (init.exitCode != 0)
        qFatal("saylau init failed: %s", qPrintable(init.err));
    return path;
}

// Runs SQL on a file through a plain connection of its own, as another program (or a user with sqlite3)
// would: to make foreign, old or damaged files. Returns false, naming the statement, when one fails.
inline bool runSql(const QString &file, const QStringList &statements)
{
    const QString name = QStringLiteral("test-sql");
    bool done = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        done = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (done && !query.exec(statement)) {
                qWarning("failed: %s", qPrintable(statement));
                done = false;
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

// Writes a fixture file byte for byte (encodings and line endings are what the tests are about).
inline QString writeFixture(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
    return path;
}

// The Mazhilis protocol of one precinct in a kz-2021 campaign: lines 1-6, then the five parties.
struct MazhilisProtocol
{
    QString precinct;
    SourceKind source;
    QList<qint64> figures;
    int region = 0; // index among the country's regions
};

// Mazhilis figures of a precinct whose every control relation holds: 1000 voters, 900 ballots received, 400
// issued, 400 took part, 10 invalid, 500 unused; the parties 40, 200, 50, 60, 40.
inline QList<qint64> consistentKzFigures()
{
    return {1000, 900, 400, 400, 10, 500, 40, 200, 50, 60, 40};
}

// A kz-2021 campaign made by `saylau init`, with these protocols written through the store.
inline QString writeKzCampaign(const QString &path, const QList<MazhilisProtocol> &protocols)
{
    if (runSaylau({QStringLiteral("init"), path, QStringLiteral("--preset"), QStringLiteral("kz-2021")}).exitCode != 0)
        qFatal("saylau init %s failed", qPrintable(path));
    auto store = CampaignStore::open(path);
    const QList<TerritoryNode> regions = store->territoryChildren(store->territoryChildren(0).constFirst().id);
    QHash<QString, qint64> precincts;
    for (const MazhilisProtocol &protocol : protocols) {
        const QString key = QString::number(protocol.region) + QLatin1Char('/') + protocol.precinct;
        if (!precincts.contains(key))
            precincts.insert(key, store->addTerritory({0, regions.at(protocol.region).id, TerritoryNode::Level::Precinct,
                                                       protocol.precinct, {}, {}}));
        Protocol p;
        p.contestId = QStringLiteral("mazhilis");
        p.territoryId = precincts.value(key);
        p.source = protocol.source;
        p.figures = Figures(int(protocol.figures.size()));
        for (int i = 0; i < protocol.figures.size(); ++i)
            p.figures.set(i, protocol.figures.at(i));
        store->saveProtocol(p);
    }
    return path;
}

} // namespace saylau::test
