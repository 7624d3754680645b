#pragma once

#include "Command.h"

namespace saylau {

// `saylau verify-history FILE`: walks the protocol history's hash chain (storage/HistoryChain) and says
// "intact" with the row count and the head to note down, or names the first row that is not as written.
class VerifyHistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyHistoryCommand)

public:
    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
