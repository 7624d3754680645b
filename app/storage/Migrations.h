#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace saylau {

class SqlDialect;

// The schema's history as numbered steps. A file at version N is brought to the current version by running
// steps N+1.. in order, each in its own transaction together with the version bump, so an interrupted upgrade
// leaves the file at a consistent earlier version. Steps are only ever appended, never edited.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    struct Step
    {
        int version;
        QString description;
        QStringList statements;
        // Work SQL alone cannot do (hashing rows), run after the statements in the same transaction.
        // Throws SaylauError.
        void (*complete)(const QSqlDatabase &db) = nullptr;
    };

    static const QList<Step> &steps();
    static int latestVersion();

    // Runs the steps after fromVersion up to toVersion (default: the latest). Throws SaylauError.
    static void apply(QSqlDatabase &db, const SqlDialect &dialect, int fromVersion, int toVersion = -1);
};

} // namespace saylau
