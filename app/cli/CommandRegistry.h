#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace saylau {

// The list of `saylau` subcommands and the dispatch to one of them; `saylau --help` lists them all.
class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(CommandRegistry)

public:
    CommandRegistry();

    // arguments as given to the program (arguments[0] is the program).
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // Whether the command these arguments name draws, so that main() creates a QApplication before run().
    bool needsGuiApplication(const QStringList &arguments) const;

private:
    Command *find(const QString &name) const;
    void printUsage(QTextStream &stream) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace saylau
