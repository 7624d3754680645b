#pragma once

#include "Command.h"

namespace saylau {

// `saylau kit HQ.db --office NAME [--region CODE…] --out OFFICE.db`: issues an office's campaign file with its
// own signing key; headquarters records the office's public key and regions.
class KitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(KitCommand)

public:
    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
