#pragma once

// Small helpers shared by the test classes (header only: each Test*.cpp is its own executable).

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace saylau::test {

// One run of the built `saylau` binary: exit code, stdout and stderr as text.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runSaylau(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SAYLAU_CLI_PATH), arguments);
    if (!process.waitForFinished(60000))
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

} // namespace saylau::test
