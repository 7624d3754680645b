#pragma once

#include <QString>

namespace saylau {

// What made a file or answered `--version`: headquarters asks an office which build it runs, and every export
// and package records it so a figure can be traced to the program that printed it.
class BuildInfo
{
public:
    static QString version();
    // The git commit the build was made from ("unknown" outside a checkout), with "-dirty" when it had
    // uncommitted changes.
    static QString commit();
    // The day of the build (UTC, ISO 8601); SOURCE_DATE_EPOCH fixes it for reproducible builds.
    static QString buildDate();
    static QString qtVersion();
    static QString sqliteVersion();
    // "SaylauDesk 0.1.0 (commit 1a2b3c4)": the short form written into exports.
    static QString madeBy();
    // The lines of `--version` and Help → About, untranslated facts only.
    static QString describe();
};

} // namespace saylau
