#pragma once

#include "Command.h"

namespace saylau {

// `saylau copy SOURCE TARGET`: a whole campaign between a file and a server (see storage/CampaignCopy).
class CopyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CopyCommand)

public:
    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
