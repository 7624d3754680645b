#include "CsvWriter.h"

namespace saylau {

QByteArray CsvWriter::field(const QString &text, char delimiter)
{
    QByteArray bytes = text.toUtf8();
    const bool quote = bytes.contains(delimiter) || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r');
    if (!quote)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray CsvWriter::record(const QStringList &fields, char delimiter)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(delimiter);
        line.append(field(fields.at(i), delimiter));
    }
    line.append("\r\n");
    return line;
}

} // namespace saylau
