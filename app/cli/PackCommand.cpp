#include "PackCommand.h"

#include "storage/CampaignStore.h"
#include "storage/OfficeKit.h"
#include "storage/PackageWriter.h"

namespace saylau {

PackCommand::PackCommand()
    : CampaignCommand(QStringLiteral("pack"), tr("Make a signed exchange package for headquarters or for an office"),
                      CampaignStore::Access::ReadWrite, QStringLiteral("FILE.db"))
{
    addOption({QStringLiteral("out"), tr("The package file to write."), tr("file")}, Presence::Required);
    addOption({QStringLiteral("all"), tr("Everything, not only what the recipient has not confirmed having.")});
    addOption({QStringLiteral("for"), tr("The office the package is for (headquarters must name one)."), tr("name")});
}

int PackCommand::runOn(CampaignStore &store, QTextStream &out, QTextStream &)
{
    PackageWriter writer(store);
    const QString recipient = isSet(QStringLiteral("for")) ? value(QStringLiteral("for")) : writer.defaultRecipient();
    const PackageWriter::Contents contents =
        writer.write(value(QStringLiteral("out")), recipient, isSet(QStringLiteral("all")));
    // Headquarters unnamed at the kit's making go by a fixed name, which is a word of the language.
    const QString shown = recipient == QLatin1String(OfficeKit::defaultHeadquartersName) ? tr("headquarters") : recipient;
    out << tr("Package for %1: %n protocol revision(s)", nullptr, contents.protocols).arg(shown) << ", "
        << tr("%n photo(s)", nullptr, contents.photos) << ", " << tr("%n history row(s)", nullptr, contents.history)
        << ", " << tr("%n new territory node(s)", nullptr, contents.territory) << ", "
        << tr("%n territory change(s)", nullptr, contents.territoryChanges) << Qt::endl;
    return Success;
}

} // namespace saylau
