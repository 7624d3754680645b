#pragma once

#include "Command.h"

namespace saylau {

// `saylau history FILE PRECINCT`: every save of a precinct's typed protocol, who, when and what changed,
// with its entry status; the same history the desktop program shows, readable where there is no screen.
class HistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
