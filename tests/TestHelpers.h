#pragma once

// Small helpers shared by the test classes (header only: each Test*.cpp is its own executable).

#include <QByteArray>
#include <QFile>
#include <QProcess>
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

// Writes a fixture file byte for byte (encodings and line endings are what the tests are about).
inline QString writeFixture(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
    return path;
}

} // namespace saylau::test
