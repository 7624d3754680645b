#include "ChildProcessTimer.h"

#include "Median.h"

#include "domain/SaylauError.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

extern char **environ;

namespace saylau {

namespace {

// The largest resident set the process has had since it started its program; 0 once it is gone.
qint64 highWaterKilobytes(pid_t process)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(process));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

} // namespace

ChildProcessTimer::Sample ChildProcessTimer::run(const QString &program, const QStringList &arguments,
                                                 const QList<int> &acceptedExitCodes)
{
    // stderr goes to a file so that a failure can say why; a pipe could fill and stall the child.
    QTemporaryFile errors;
    if (!errors.open())
        throw SaylauError(tr("cannot make a temporary file: %1").arg(errors.errorString()));
    const QByteArray errorsPath = QFile::encodeName(errors.fileName());

    QList<QByteArray> encoded{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        encoded.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : encoded)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, errorsPath.constData(), O_WRONLY | O_TRUNC, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t child = 0;
    const int spawned = posix_spawn(&child, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        throw SaylauError(tr("cannot start %1: %2").arg(program, QString::fromLocal8Bit(std::strerror(spawned))));

    // The peak memory is the child's own high-water mark (VmHWM), sampled until it exits. wait4's ru_maxrss
    // would not do: Linux carries the spawning process's memory across exec into it, so a child smaller than
    // this benchmark (the sqlite3 shell) would show this benchmark's size.
    qint64 peakKilobytes = 0;
    siginfo_t info{};
    while (waitid(P_PID, id_t(child), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == 0) {
        peakKilobytes = std::max(peakKilobytes, highWaterKilobytes(child));
        const timespec pause{0, 2'000'000};
        nanosleep(&pause, nullptr);
    }
    int status = 0;
    rusage usage{};
    pid_t waited = 0;
    do {
        waited = wait4(child, &status, 0, &usage);
    } while (waited < 0 && errno == EINTR);
    Sample sample;
    sample.wall = double(timer.nsecsElapsed()) / 1e9;
    if (waited < 0)
        throw SaylauError(tr("waiting for %1 failed: %2").arg(program, QString::fromLocal8Bit(std::strerror(errno))));
    if (!WIFEXITED(status) || !acceptedExitCodes.contains(WEXITSTATUS(status)))
        throw SaylauError(
            tr("%1 %2 failed: %3")
                .arg(program, arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(errors.readAll()).trimmed()));
    sample.cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    sample.peakMegabytes = double(peakKilobytes) / 1024.0;
    return sample;
}

ChildProcessTimer::Sample ChildProcessTimer::median(const QList<Sample> &samples)
{
    QList<double> wall;
    QList<double> cpu;
    QList<double> peak;
    for (const Sample &sample : samples) {
        wall.append(sample.wall);
        cpu.append(sample.cpu);
        peak.append(sample.peakMegabytes);
    }
    return {saylau::median(wall), saylau::median(cpu), saylau::median(peak)};
}

QString ChildProcessTimer::sqliteShell(const QString &requested)
{
    if (QFile::exists(requested))
        return requested;
    const QString found = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (found.isEmpty())
        throw SaylauError(tr("the sqlite3 shell is needed as the reference (apt-get install sqlite3)"));
    return found;
}

} // namespace saylau
