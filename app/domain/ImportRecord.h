#pragma once

#include "SourceKind.h"

#include <QDateTime>
#include <QString>

namespace saylau {

// What one import did, kept in the campaign so every figure can be traced to the file it came from and a
// corrected file's replacements are on record.
struct ImportRecord
{
    qint64 id = 0;
    QString contestId;
    SourceKind source = SourceKind::Official;
    QString fileName;
    QString fileSha256;
    QDateTime importedAt;
    QString importedBy;
    int rowsNew = 0;
    int rowsReplaced = 0;
    int rowsUnchanged = 0;
    int rowsRejected = 0;
    // The column mapping used, as JSON, so the import can be repeated or audited.
    QString mapping;
};

} // namespace saylau
