#pragma once

// What the tests that compare a campaign file with a server campaign share: a saylau run given the minutes a
// whole country takes, a fresh database, and one command run on both with its output compared byte for byte.
// Header only: each Test*.cpp is its own executable.

#include "PostgresTestServer.h"
#include "TestHelpers.h"

#include <QProcessEnvironment>
#include <QTest>

namespace saylau::test {

// A whole country copied or analysed on a machine the other tests share takes minutes, not seconds; CTest's
// own timeout still bounds the test.
inline CliRun runSaylauLong(const QStringList &arguments)
{
    return runSaylau(arguments, QProcessEnvironment::systemEnvironment(), 15 * 60 * 1000);
}

// A new empty database NAME on the test server, as an address; stops the test when it cannot be made.
inline QString serverDatabase(const QString &name)
{
    QString why;
    const QString url = PostgresTestServer::freshDatabase(name, &why);
    if (url.isEmpty())
        qFatal("cannot make the test database %s: %s", qPrintable(name), qPrintable(why));
    return url;
}

// COMMAND (its name, then its options) run on FILE and on URL: the same output, messages and exit code.
inline void compareOnBothEngines(const QStringList &command, const QString &file, const QString &url)
{
    const CliRun onFile = runSaylauLong(QStringList{command.constFirst(), file} + command.mid(1));
    const CliRun onServer = runSaylauLong(QStringList{command.constFirst(), url} + command.mid(1));
    const QString what = command.join(QLatin1Char(' '));
    QVERIFY2(onFile.exitCode == 0 || onFile.exitCode == 1, qPrintable(what + QStringLiteral(": ") + onFile.err));
    QVERIFY2(!onFile.out.isEmpty(), qPrintable(what));
    QCOMPARE(onServer.err, onFile.err);
    QCOMPARE(onServer.exitCode, onFile.exitCode);
    QCOMPARE(onServer.out, onFile.out);
}

} // namespace saylau::test
