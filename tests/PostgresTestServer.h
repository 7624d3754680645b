#pragma once

// The throwaway PostgreSQL server the CTest fixture "postgres" runs (scripts/pg-test-server.sh): each test
// makes databases of its own there. Header only: each Test*.cpp is its own executable.

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTest>

namespace saylau::test {

class PostgresTestServer
{
public:
    // The socket folder of the server, from the fixture (SAYLAU_TEST_PG_SOCKET); empty when there is none.
    static QString socketFolder() { return QString::fromLocal8Bit(qgetenv("SAYLAU_TEST_PG_SOCKET")); }

    // Why the server cannot be used, or an empty text when it can. A test FAILS with this text: a test of the
    // server engine never passes or skips without one.
    static QString problem()
    {
        if (socketFolder().isEmpty())
            return QStringLiteral("SAYLAU_TEST_PG_SOCKET is not set: run this test through ctest, whose fixture "
                                  "starts the server (scripts/pg-test-server.sh)");
        QString why;
        admin([&why](QSqlDatabase &db) {
            if (!db.isOpen())
                why = QStringLiteral("cannot connect to the test server in %1: %2")
                          .arg(socketFolder(), db.lastError().text());
        });
        return why;
    }

    // A new empty database NAME (dropped first if a run before left it), as postgresql://USER@/NAME?host=...
    // Returns an empty text, with *why set, when it cannot be made.
    static QString freshDatabase(const QString &name, QString *why,
                                 const QString &user = QStringLiteral("postgres"))
    {
        QString url;
        admin([&](QSqlDatabase &db) {
            QSqlQuery query(db);
            // The C collation sorts text byte by byte, as SQLite does (see saylau init-server).
            if (!query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name))
                || !query.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C'"
                                              " LC_CTYPE 'C'").arg(name))) {
                *why = query.lastError().text();
                return;
            }
            url = address(name, user);
        });
        if (url.isEmpty() && why->isEmpty())
            *why = problem();
        return url;
    }

    static QString address(const QString &database, const QString &user = QStringLiteral("postgres"))
    {
        return QStringLiteral("postgresql://%1@/%2?host=%3").arg(user, database, socketFolder());
    }

    // A login for each role `saylau init-server` makes (test_analyst, test_operator, test_coordinator), as HQ's
    // administrator gives one to each person; made once per server. Returns the first error's text, or an empty text.
    static QString makeRoleLogins()
    {
        QStringList logins;
        for (const char *role : {"analyst", "operator", "coordinator"})
            logins.append(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'test_%1') THEN"
                                         " CREATE ROLE test_%1 LOGIN IN ROLE saylau_%1; END IF; END $$")
                              .arg(QLatin1String(role)));
        return runSql(QStringLiteral("postgres"), logins);
    }

    // Runs SQL as the server's superuser on DATABASE (as an administrator with psql would). Returns the first
    // error's text, or an empty text.
    static QString runSql(const QString &database, const QStringList &statements)
    {
        QString error = QStringLiteral("cannot connect");
        admin(
            [&](QSqlDatabase &db) {
                if (!db.isOpen())
                    return;
                error.clear();
                QSqlQuery query(db);
                for (const QString &statement : statements) {
                    if (!query.exec(statement)) {
                        error = statement + QStringLiteral(": ") + query.lastError().text();
                        return;
                    }
                }
            },
            database);
        return error;
    }

    // The data column "engine" of a test run on both engines: "sqlite" and "postgresql".
    static void addEngines()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    // A new empty campaign location NAME for ENGINE: a file in FOLDER, or a fresh database on the server.
    static QString freshLocation(const QString &engine, const QString &folder, const QString &name)
    {
        if (engine == QLatin1String("sqlite"))
            return folder + QLatin1Char('/') + name + QStringLiteral(".db");
        QString why;
        const QString url = freshDatabase(name, &why);
        if (url.isEmpty())
            qFatal("cannot make the test database %s: %s", qPrintable(name), qPrintable(why));
        return url;
    }

private:
    template<typename Work>
    static void admin(Work work, const QString &database = QStringLiteral("postgres"))
    {
        const QString name = QStringLiteral("test-postgres-admin");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(socketFolder());
            db.setDatabaseName(database);
            db.setUserName(QStringLiteral("postgres"));
            db.setConnectOptions(QStringLiteral("options='-c client_min_messages=warning'"));
            db.open();
            work(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

} // namespace saylau::test
