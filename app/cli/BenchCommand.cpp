#include "BenchCommand.h"

#include "BenchDiffCommand.h"
#include "BenchForensicsCommand.h"
#include "BenchImportCommand.h"
#include "BenchMergeCommand.h"

namespace saylau {

BenchCommand::BenchCommand()
    : Command(QStringLiteral("bench"),
              tr("Time the import, the comparison, the forensics or the exchange against a reference (bench import "
                 "DATA.csv | bench diff FILE.db | bench forensics FILE.db | bench merge)"))
{
    addSubcommand(std::make_unique<BenchImportCommand>());
    addSubcommand(std::make_unique<BenchDiffCommand>());
    addSubcommand(std::make_unique<BenchForensicsCommand>());
    addSubcommand(std::make_unique<BenchMergeCommand>());
}

int BenchCommand::run(QTextStream &, QTextStream &)
{
    QStringList quoted;
    for (const QString &name : subcommandNames())
        quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
    const QString last = quoted.takeLast();
    throw UsageError(tr("the benchmarks are %1").arg(tr("%1 and %2").arg(quoted.join(QStringLiteral(", ")), last)));
}

} // namespace saylau
