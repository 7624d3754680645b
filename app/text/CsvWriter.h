#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace saylau {

// Formats records as RFC 4180 CSV in UTF-8: a field is quoted when it holds the delimiter, a quote or a
// line break, and its quotes are doubled, so that CsvReader (and any spreadsheet) reads it back.
//
// Every CSV the program writes goes through here, and a spreadsheet opening it runs a cell that starts with
// = + - @ (or a tab or CR before one) as a formula: a territory named "=HYPERLINK(...)" would become a live
// link. Such a field is written with a leading apostrophe, as OWASP advises ("CSV Injection"); numbers such
// as "-12" or "-0.5" are left alone, since a spreadsheet reads them as numbers and nothing else.
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
