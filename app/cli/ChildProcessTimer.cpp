#include "ChildProcessTimer.h"

#include "Median.h"

#include "domain/SaylauError.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstring>
#include <vector>

extern char **environ;

namespace saylau {

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
        throw SaylauError(tr("%1 %2 failed: %3")
                              .arg(program, arguments.join(QLatin1Char(' ')),
                                   QString::fromLocal8Bit(errors.readAll()).trimmed()));
    sample.cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    sample.peakMegabytes = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
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

} // namespace saylau
