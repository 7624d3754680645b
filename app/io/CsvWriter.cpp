#include "CsvWriter.h"

namespace saylau {

QByteArray CsvWriter::field(const QString &text, char delimiter)
{
    QByteArray bytes;
    appendField(bytes, text.toUtf8(), delimiter);
    return bytes;
}

void CsvWriter::appendField(QByteArray &line, QByteArrayView bytes, char delimiter)
{
    const bool quote = bytes.contains(delimiter) || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r');
    if (!quote) {
        line.append(bytes);
        return;
    }
    line.append('"');
    for (char c : bytes) {
        if (c == '"')
            line.append('"');
        line.append(c);
    }
    line.append('"');
}

QByteArray CsvWriter::record(const QStringList &fields, char delimiter)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(delimiter);
        appendField(line, fields.at(i).toUtf8(), delimiter);
    }
    line.append("\r\n");
    return line;
}

} // namespace saylau
