#pragma once

#include <QCoreApplication>
#include <QString>

namespace saylau {

// A file written under a temporary name in its destination's folder and put in place in one rename, so that a
// crash or kill -9 at any moment leaves either no file (or the old one) or the whole new one, never half of it
// (Tiled's savefile.h habit). The temporary name is hidden (".NAME.part-XXXXXX"); a process killed mid-way
// leaves only such a hidden file behind, never a half-made NAME.
class FileBuiltAside
{
    Q_DECLARE_TR_FUNCTIONS(FileBuiltAside)

public:
    enum class Placement { NeverReplace, Replace };

    // Reserves the temporary file (empty). Throws SaylauError when the folder cannot be written.
    explicit FileBuiltAside(const QString &destination);
    // Removes the temporary file (and SQLite's companions of it) unless it was placed.
    ~FileBuiltAside();
    FileBuiltAside(const FileBuiltAside &) = delete;
    FileBuiltAside &operator=(const FileBuiltAside &) = delete;

    QString temporaryPath() const { return m_temporary; }

    // Flushes the finished file to disk, renames it to the destination and flushes the folder. NeverReplace
    // refuses (throws, the destination untouched) when the destination appeared meanwhile. Throws SaylauError.
    void place(Placement placement);

private:
    QString m_destination;
    QString m_temporary;
    bool m_placed = false;
};

} // namespace saylau
