#pragma once

// `saylau` commands run in the test's own process (KeePassXC's TestCli::execCmd habit): the same dispatch as
// main() (cli/CommandRegistry), with stdout and stderr on buffers, and no process to start. Needs the test to
// link saylau_cli (every saylau_add_test does).

#include "TestHelpers.h"
#include "cli/CommandRegistry.h"
#include "io/Language.h"

#include <QTextStream>

namespace saylau::test {

// arguments as after `saylau`. Not for what only main() does: --lang, the QApplication a drawing command needs,
// the process's exit; runSaylau() runs the real program for those.
inline CliRun execSaylau(const QStringList &arguments)
{
    // The language main() would choose from this environment, set once, as main() sets it once.
    static Language language;
    static const bool applied = !language.apply(Language::fromEnvironment()).isEmpty();
    Q_UNUSED(applied)
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = CommandRegistry().run(QStringList{QStringLiteral("saylau")} + arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

} // namespace saylau::test
