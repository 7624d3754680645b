#pragma once

#include "Command.h"

#include <optional>

namespace saylau {

// `saylau bench import DATA.csv`: the project's import benchmark. In one run it times the sqlite3 shell's
// raw `.import` of the file (the reference: an untyped load) and SaylauDesk's full import (parse, map,
// validate, store durably: the whole `saylau import` process) into a fresh campaign, and prints both, their
// ratio and the peak memory.
// `--scale N` repeats it on a generated file of N precincts to show how the time grows.
// `--target postgresql://...` measures an import into a server instead (ServerImportBench).
class BenchImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BenchImportCommand)

public:
    BenchImportCommand();

private:
    void readOptions() override;
    int run(QTextStream &out, QTextStream &err) override;

    int m_runs = 3;
    std::optional<qint64> m_scale;
};

} // namespace saylau
