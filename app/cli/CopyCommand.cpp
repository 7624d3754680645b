#include "CopyCommand.h"

#include "storage/CampaignCopy.h"
#include "storage/CampaignStore.h"

namespace saylau {

QString CopyCommand::name() const
{
    return QStringLiteral("copy");
}

QString CopyCommand::description() const
{
    return tr("Copy a whole campaign (photos and history included) between a file and a server, and verify the copy");
}

int CopyCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    if (const auto exit = parse(parser, arguments, 2,
                                tr("Usage: saylau copy SOURCE TARGET\n"
                                   "SOURCE and TARGET are campaign files or server addresses "
                                   "(postgresql://user@host:port/database); TARGET must not exist (a file) or be an "
                                   "empty database (a server)."),
                                out, err))
        return *exit;
    const QString sourcePath = parser.positionalArguments().at(0);
    const QString target = parser.positionalArguments().at(1);
    const auto source = CampaignStore::open(sourcePath, CampaignStore::Access::ReadOnly);
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
