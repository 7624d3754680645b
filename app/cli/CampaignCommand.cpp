#include "CampaignCommand.h"

namespace saylau {

CampaignCommand::CampaignCommand(QString name, QString description, CampaignStore::Access access,
                                 const QString &fileName)
    : Command(std::move(name), std::move(description))
    , m_access(access)
{
    addArgument(fileName, tr("The campaign file."));
}

std::chrono::seconds CampaignCommand::wait() const
{
    return CampaignStore::defaultWait;
}

Contest CampaignCommand::selectedContest(const CampaignStore &store) const
{
    return resolveContest(store, value(QStringLiteral("contest")));
}

int CampaignCommand::run(QTextStream &out, QTextStream &err)
{
    const auto store = CampaignStore::open(argument(0), m_access, wait());
    return runOn(*store, out, err);
}

} // namespace saylau
