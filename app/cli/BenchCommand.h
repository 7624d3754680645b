#pragma once

#include "Command.h"

namespace saylau {

// `saylau bench import DATA.csv`: the project's import benchmark. In one run it times the sqlite3 shell's
// raw `.import` of the file (the reference: an untyped load) and SaylauDesk's full import (parse, map,
// validate, store durably: the whole `saylau import` process) into a fresh campaign, and prints both, their
// ratio and the peak memory.
// `--scale N` repeats it on a generated file of N precincts to show how the time grows.
class BenchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)

public:
    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau
