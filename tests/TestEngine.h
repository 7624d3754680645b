#pragma once

// The engine a test run makes its campaigns on. A test registered twice in tests/CMakeLists.txt runs once on
// SQLite files (TestX) and once, with SAYLAU_TEST_ENGINE=postgres, on fresh databases of the throwaway server
// of the CTest fixture "postgres" (TestX_postgres): the same checks prove the same behaviour on both engines.
// Header only: each Test*.cpp is its own executable.

#include "PostgresTestServer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>
#include <QTest>

namespace saylau::test {

class TestEngine
{
public:
    // Whether this run's campaigns live on the server. Aborts, naming the variable, on a value it does not
    // know: a misspelt engine must not quietly test the file instead.
    static bool isServer()
    {
        const QString engine = QString::fromLocal8Bit(qgetenv("SAYLAU_TEST_ENGINE"));
        if (engine.isEmpty() || engine == QLatin1String("sqlite"))
            return false;
        if (engine == QLatin1String("postgres"))
            return true;
        qFatal("SAYLAU_TEST_ENGINE=%s: give sqlite or postgres", qPrintable(engine));
    }

    // Why this run cannot make its campaigns, or an empty text. The server variant FAILS with it (from
    // initTestCase): a test of the server is never skipped for want of one.
    static QString problem() { return isServer() ? PostgresTestServer::problem() : QString(); }

    // A new, empty campaign location for NAME (a file name such as "drafts.db"): FOLDER/NAME, or a new database
    // on the server named after this test program and NAME. Each call makes a new one (a server database of the
    // same name is dropped first): call it once per campaign and keep what it returns.
    static QString freshLocation(const QString &folder, const QString &name)
    {
        if (!isServer())
            return folder + QLatin1Char('/') + name;
        // Unquoted SQL names: lower-case letters, digits and '_'; the program's name keeps two tests apart
        // when ctest runs them side by side.
        QString database = (QCoreApplication::applicationName() + QLatin1Char('_') + name).toLower();
        database.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
        return PostgresTestServer::freshLocation(QStringLiteral("postgresql"), folder, database.left(63));
    }
};

} // namespace saylau::test

// Begins a test function that checks what only a campaign file has (its bytes, PRAGMAs, its locks): on the
// server the function is reported as skipped with REASON, and every other function of the test runs on both.
#define SAYLAU_FILE_ONLY(reason)                                                                                  \
    do {                                                                                                       \
        if (saylau::test::TestEngine::isServer())                                                              \
            QSKIP("file-only: " reason);                                                                       \
    } while (false)
