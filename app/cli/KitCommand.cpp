#include "KitCommand.h"

#include "storage/CampaignStore.h"
#include "storage/OfficeKit.h"

namespace saylau {

KitCommand::KitCommand()
    : CampaignCommand(QStringLiteral("kit"),
                      tr("Issue an office's campaign file with its own signing key (headquarters keeps its public key)"),
                      CampaignStore::Access::ReadWrite, QStringLiteral("HQ.db"))
{
    addOption({QStringLiteral("office"), tr("The office's name."), tr("name")}, Presence::Required);
    addOption({QStringLiteral("region"), tr("A region (by code) the office may change; repeat for several. Default: all."),
               tr("code")});
    addOption({QStringLiteral("out"), tr("The office's new campaign file."), tr("file")}, Presence::Required);
}

int KitCommand::runOn(CampaignStore &store, QTextStream &out, QTextStream &)
{
    const QString office = value(QStringLiteral("office"));
    const QString file = value(QStringLiteral("out"));
    OfficeKit::issue(store, office, values(QStringLiteral("region")), file);
    out << tr("Kit for office %1 written to %2").arg(office, file) << Qt::endl;
    return Success;
}

} // namespace saylau
