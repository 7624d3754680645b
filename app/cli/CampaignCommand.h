#pragma once

#include "Command.h"
#include "storage/CampaignStore.h"

namespace saylau {

// A command whose first argument is a campaign file (KeePassXC's DatabaseCommand habit): the file is declared,
// opened and its errors reported here, once, and runOn() gets the open store; selectedContest() resolves
// --contest.
class CampaignCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCommand)

protected:
    // fileName: how the usage line names the file ("FILE", "FILE.db").
    CampaignCommand(QString name, QString description, CampaignStore::Access access,
                    const QString &fileName = QStringLiteral("FILE"));

    virtual int runOn(CampaignStore &store, QTextStream &out, QTextStream &err) = 0;
    // How long to wait for another writer; the store's default unless a command lets the user say (--wait).
    virtual std::chrono::seconds wait() const;

    // The contest --contest names, or the file's only one. Throws SaylauError.
    Contest selectedContest(const CampaignStore &store) const;

private:
    int run(QTextStream &out, QTextStream &err) final;

    CampaignStore::Access m_access;
};

} // namespace saylau
