#pragma once

#include "Command.h"

namespace saylau {

// A command this build leaves out (`saylau chart` in a -DSAYLAU_GUI=OFF build, which has no renderer): listed
// in `saylau --help` as such, and saying so, with exit code 2, whatever it is given.
class UnavailableCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UnavailableCommand)

public:
    explicit UnavailableCommand(const QString &name);

    // --help describes the command (the man page lists it); anything else is refused.
    int execute(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    // The message for anything this build cannot draw, also used by `report --out FILE.pdf`.
    static QString notInThisBuild(const QString &what);

private:
    int run(QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
