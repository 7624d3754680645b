#include "CopyCommand.h"

#include "storage/CampaignCopy.h"
#include "storage/CampaignStore.h"

namespace saylau {

CopyCommand::CopyCommand()
    : Command(QStringLiteral("copy"),
              tr("Copy a whole campaign (photos and history included) between a file and a server, and verify the copy"))
{
    addArgument(QStringLiteral("SOURCE"),
                tr("The campaign to copy: a file or a server address (postgresql://user@host:port/database)."));
    addArgument(QStringLiteral("TARGET"),
                tr("Where to copy it: a file that does not exist yet, or an empty database on a server."));
}

int CopyCommand::run(QTextStream &out, QTextStream &)
{
    const QString target = argument(1);
    const auto source = CampaignStore::open(argument(0), CampaignStore::Access::ReadOnly);
    const CampaignCopy::Verification verified = CampaignCopy::copy(*source, target);
    qint64 rows = 0;
    for (const CampaignCopy::TableCount &count : verified.counts)
        rows += count.rows;
    out << tr("Copied %1 to %2: %n row(s), verified (the rows of every table counted; checksum over protocols, "
              "their history and photos: %3)",
              nullptr, int(rows))
               .arg(source->path(), target, QString::fromLatin1(verified.checksum))
        << Qt::endl;
    for (const CampaignCopy::TableCount &count : verified.counts)
        out << "  " << count.table << '\t' << count.rows << Qt::endl;
    return Success;
}

} // namespace saylau
