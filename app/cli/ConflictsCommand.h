#pragma once

#include "Command.h"

namespace saylau {

// `saylau conflicts FILE [--format text|csv|json]`: every protocol changed differently in two places, with each
// kept version (who, where, when, figures). Exit 1 when there is any.
class ConflictsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ConflictsCommand)

public:
    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
