#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace saylau {

// Formats records as RFC 4180 CSV in UTF-8: a field is quoted when it holds the delimiter, a quote or a
// line break, and its quotes are doubled, so that CsvReader (and any spreadsheet) reads it back unchanged.
class CsvWriter
{
public:
    // One record, ending with CRLF as the RFC asks.
    static QByteArray record(const QStringList &fields, char delimiter = ',');
    // One record of fields' bytes as they are (any encoding), ending with CRLF, appended to out.
    static void appendRecord(QByteArray &out, const QList<QByteArrayView> &fields, char delimiter = ',');
    static QByteArray field(const QString &text, char delimiter = ',');
    // Appends a field's bytes as they are (any encoding), quoted when needed.
    static void appendField(QByteArray &line, QByteArrayView bytes, char delimiter = ',');
};

} // namespace saylau
