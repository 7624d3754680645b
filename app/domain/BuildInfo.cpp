#include "BuildInfo.h"

#include "BuildInfoValues.h"

#include <QtGlobal>

#include <sqlite3.h>

namespace saylau {

QString BuildInfo::version()
{
    return QStringLiteral(SAYLAU_BUILD_VERSION);
}

QString BuildInfo::commit()
{
    return QStringLiteral(SAYLAU_BUILD_COMMIT);
}

QString BuildInfo::buildDate()
{
    return QStringLiteral(SAYLAU_BUILD_DATE);
}

QString BuildInfo::qtVersion()
{
    // The Qt the program runs on, which an office's packages decide, not the one it was built against.
    return QString::fromLatin1(qVersion());
}

QString BuildInfo::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString BuildInfo::madeBy()
{
    return QStringLiteral("SaylauDesk %1 (commit %2)").arg(version(), commit());
}

QString BuildInfo::describe()
{
    return QStringLiteral("SaylauDesk %1\ncommit %2, built %3\nQt %4, SQLite %5")
        .arg(version(), commit(), buildDate(), qtVersion(), sqliteVersion());
}

} // namespace saylau
