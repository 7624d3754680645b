#include "FileBuiltAside.h"

#include "../domain/SaylauError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace saylau {

namespace {

// Data written but not yet on the disk would make a renamed file whole in name only after a power cut.
bool syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

FileBuiltAside::FileBuiltAside(const QString &destination)
    : m_destination(destination)
{
    const QFileInfo info(destination);
    QTemporaryFile reserved(info.dir().filePath(QStringLiteral(".%1.part-XXXXXX").arg(info.fileName())));
    reserved.setAutoRemove(false);
    if (!reserved.open())
        throw SaylauError(tr("cannot write in the folder of %1: %2").arg(destination, reserved.errorString()));
    m_temporary = reserved.fileName();
    // A temporary file is private to its owner; what it becomes is an ordinary document.
    reserved.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                            | QFileDevice::ReadOther);
}

FileBuiltAside::~FileBuiltAside()
{
    if (m_placed)
        return;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(m_temporary + QLatin1String(suffix));
}

void FileBuiltAside::place(Placement placement)
{
    if (!syncToDisk(m_temporary))
        throw SaylauError(tr("cannot write %1: the data did not reach the disk").arg(m_destination));
    const QByteArray from = QFile::encodeName(m_temporary);
    const QByteArray to = QFile::encodeName(m_destination);
    if (placement == Placement::Replace) {
        if (::rename(from.constData(), to.constData()) != 0)
            throw SaylauError(tr("cannot write %1: %2").arg(m_destination, QString::fromLocal8Bit(strerror(errno))));
    } else {
        // A hard link fails rather than replace a file that appeared since the caller looked: another program's
        // file of the same name is never overwritten. Where the file system has no hard links (FAT on a USB
        // stick), a check just before the rename is the best there is.
        if (::link(from.constData(), to.constData()) == 0) {
            ::unlink(from.constData());
        } else if (errno == EEXIST || QFileInfo::exists(m_destination)) {
            // Another program made it while this one was being written (the callers look first, in their words).
            throw SaylauError(tr("%1 appeared while this was being written and is left as it is; choose another "
                                 "name").arg(m_destination));
        } else if (::rename(from.constData(), to.constData()) != 0) {
            throw SaylauError(tr("cannot write %1: %2").arg(m_destination, QString::fromLocal8Bit(strerror(errno))));
        }
    }
    m_placed = true;
    // The new name is an entry of the folder: flushed with it.
    syncToDisk(QFileInfo(m_destination).absolutePath());
}

} // namespace saylau
