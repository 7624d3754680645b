#include "CommandRegistry.h"

#include "domain/BuildInfo.h"
#include "domain/SaylauError.h"

// Subcommands, one class each.
#include "BackupCommand.h"
#include "BenchCommand.h"
#include "UnavailableCommand.h"
#ifdef SAYLAU_HAS_RENDER
#include "ChartCommand.h"
#endif
#include "CheckCommand.h"
#include "ContestsCommand.h"
#include "CopyCommand.h"
#include "DemoCommand.h"
#include "DiffCommand.h"
#include "ForensicsCommand.h"
#include "EstimateCommand.h"
#include "HistoryCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "InitServerCommand.h"
#include "PresetsCommand.h"
#include "ReportCommand.h"
#include "RestoreCommand.h"
#include "VerifyHistoryCommand.h"
#include "ExchangeCommands.h"
#include "SampleCommand.h"

namespace saylau {

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<PresetsCommand>());
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<ContestsCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<DiffCommand>());
    m_commands.push_back(std::make_unique<HistoryCommand>());
    m_commands.push_back(std::make_unique<VerifyHistoryCommand>());
    m_commands.push_back(std::make_unique<ForensicsCommand>());
#ifdef SAYLAU_HAS_RENDER
    m_commands.push_back(std::make_unique<ChartCommand>());
#else
    m_commands.push_back(std::make_unique<UnavailableCommand>(QStringLiteral("chart")));
#endif
    m_commands.push_back(std::make_unique<SampleCommand>());
    m_commands.push_back(std::make_unique<EstimateCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<BenchCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<CopyCommand>());
    m_commands.push_back(std::make_unique<InitServerCommand>());
    ExchangeCommands::addTo(m_commands);
}

int CommandRegistry::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help") || arguments.at(1) == QLatin1String("-h")) {
        printUsage(arguments.size() < 2 ? err : out);
        return arguments.size() < 2 ? Command::Failure : Command::Success;
    }
    if (arguments.at(1) == QLatin1String("--version")) {
        out << BuildInfo::describe() << Qt::endl;
        return Command::Success;
    }
    if (Command *command = find(arguments.at(1))) {
        try {
            return command->execute(arguments.mid(1), out, err);
        } catch (const SaylauError &error) {
            err << tr("saylau %1: %2").arg(command->name(), error.message()) << Qt::endl;
            return Command::Failure;
        }
    }
    err << tr("saylau: unknown command \"%1\"").arg(arguments.at(1)) << Qt::endl;
    printUsage(err);
    return Command::Failure;
}

bool CommandRegistry::needsGuiApplication(const QStringList &arguments) const
{
    const Command *command = find(arguments.value(1));
    return command && command->needsGuiApplication(arguments.mid(1));
}

Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

void CommandRegistry::printUsage(QTextStream &stream) const
{
    stream << tr("Usage: saylau COMMAND [OPTIONS]  (saylau COMMAND --help for its options)") << Qt::endl
           << Qt::endl
           << tr("Commands:") << Qt::endl;
    qsizetype width = 0;
    for (const auto &command : m_commands)
        width = qMax(width, command->name().size());
    for (const auto &command : m_commands)
        stream << QStringLiteral("  %1  %2").arg(command->name(), -int(width)).arg(command->description()) << Qt::endl;
    stream << Qt::endl
           << tr("--lang ru|kk|en with any command: the language of its words, dates and numbers (by default "
                 "the one LANGUAGE, LC_ALL, LC_MESSAGES or LANG ask for).")
           << Qt::endl;
}

} // namespace saylau
