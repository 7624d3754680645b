#include "ServerDump.h"

#include "CampaignLocation.h"
#include "FileBuiltAside.h"

#include "../domain/SaylauError.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace saylau {

void ServerDump::write(const CampaignLocation &location, const QString &out)
{
    const QString pgDump = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    if (pgDump.isEmpty())
        throw SaylauError(tr("pg_dump is not installed: a campaign on a server is backed up with PostgreSQL's own "
                             "pg_dump (Debian: apt install postgresql-client-15)"));
    // Asked before the dump, which may take minutes; FileBuiltAside refuses one that appears meanwhile.
    if (QFileInfo::exists(out) || QFileInfo(out).isSymLink())
        throw SaylauError(tr("%1 already exists; a backup never replaces a file: give it a name of its own").arg(out));
    FileBuiltAside aside(out);
    QProcess dump;
    // The address is libpq's own URI form, which pg_dump reads as it is.
    dump.start(pgDump, {QStringLiteral("--format=custom"), QStringLiteral("--file=") + aside.temporaryPath(),
                        QStringLiteral("--dbname=") + location.toString()});
    if (!dump.waitForStarted(-1))
        throw SaylauError(tr("cannot start %1: %2").arg(pgDump, dump.errorString()));
    dump.waitForFinished(-1);
    if (dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0)
        throw SaylauError(tr("pg_dump of %1 failed: %2")
                              .arg(location.toString(), QString::fromLocal8Bit(dump.readAllStandardError()).trimmed()));
    aside.place(FileBuiltAside::Placement::NeverReplace);
}

} // namespace saylau
