#include "CsvWriter.h"

namespace saylau {

namespace {

bool isNumber(QByteArrayView bytes)
{
    qsizetype i = bytes.startsWith('-') || bytes.startsWith('+') ? 1 : 0;
    bool digits = false;
    bool point = false;
    for (; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c >= '0' && c <= '9')
            digits = true;
        else if (c == '.' && !point)
            point = true;
        else
            return false;
    }
    return digits;
}

bool startsFormula(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    const char first = bytes.front();
    const bool trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    return trigger && !isNumber(bytes);
}

} // namespace

QByteArray CsvWriter::field(const QString &text, char delimiter)
{
    QByteArray bytes;
    appendField(bytes, text.toUtf8(), delimiter);
    return bytes;
}

void CsvWriter::appendField(QByteArray &line, QByteArrayView bytes, char delimiter)
{
    const bool quote = bytes.contains(delimiter) || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r');
    const bool formula = startsFormula(bytes);
    if (!quote) {
        if (formula)
            line.append('\'');
        line.append(bytes);
        return;
    }
    line.append('"');
    if (formula)
        line.append('\'');
    for (char c : bytes) {
        if (c == '"')
            line.append('"');
        line.append(c);
    }
    line.append('"');
}

void CsvWriter::appendRecord(QByteArray &out, const QList<QByteArrayView> &fields, char delimiter)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(delimiter);
        appendField(out, fields.at(i), delimiter);
    }
    out.append("\r\n");
}

QByteArray CsvWriter::record(const QStringList &fields, char delimiter)
{
    QList<QByteArray> bytes;
    bytes.reserve(fields.size());
    for (const QString &field : fields)
        bytes.append(field.toUtf8());
    QByteArray line;
    appendRecord(line, QList<QByteArrayView>(bytes.cbegin(), bytes.cend()), delimiter);
    return line;
}

} // namespace saylau
