#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace saylau {

// Times a whole program run as a user would time it (`/usr/bin/time`): from spawning the process to its exit,
// with the CPU time the kernel accounted to that child alone (wait4) and the child's own peak memory. The
// benchmarks time `saylau` itself and the sqlite3 shell this way, in the same run, so their ratio holds on a
// busy machine.
class ChildProcessTimer
{
    Q_DECLARE_TR_FUNCTIONS(ChildProcessTimer)

public:
    struct Sample
    {
        double wall = 0;             // seconds
        double cpu = 0;              // user + system seconds of the child
        double peakMegabytes = 0;    // the child's peak resident set, sampled every 2 ms
    };

    // Runs program to its end with stdout discarded. Throws SaylauError, with what the program wrote on
    // stderr, when it cannot start, is killed, or exits with a code outside acceptedExitCodes (`check` and
    // `diff` exit 1 when they find something, which is a successful run).
    static Sample run(const QString &program, const QStringList &arguments, const QList<int> &acceptedExitCodes);
    // Each figure's median over the runs: one slow run on a shared machine does not move it.
    static Sample median(const QList<Sample> &samples);
    // The sqlite3 shell the benchmarks compare with: requested when that file exists, else the one on PATH.
    // Throws SaylauError saying which package has it when there is none.
    static QString sqliteShell(const QString &requested);
};

} // namespace saylau
