#include "RevisionDetails.h"

#include "SqlDialect.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace saylau {

namespace {

// SQLite's jsonAppendString: '"' and '\' escaped with a backslash, the control characters with a backslash and
// their letter where JSON has one, else as \u00xx in lower-case hex; everything else, UTF-8 included, as it is.
void appendString(QByteArray &out, const QByteArray &text)
{
    static constexpr char letters[32] = {0, 0, 0, 0, 0, 0, 0, 0, 'b', 't', 'n', 0, 'f', 'r', 0, 0,
                                         0, 0, 0, 0, 0, 0, 0, 0, 0,   0,   0,   0, 0,   0,   0, 0};
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (byte < 0x20) {
            if (letters[byte] != 0)
                out.append('\\').append(letters[byte]);
            else
                out.append("\\u00").append(hex[byte >> 4]).append(hex[byte & 0xf]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

} // namespace

const std::array<const char *, RevisionDetails::fieldCount> RevisionDetails::columns = {
    "entry_status", "extra", "observer_contact", "observer_name", "received_at", "received_how", "remarks"};

QByteArray RevisionDetails::toJson(const Fields &fields)
{
    QByteArray json("{");
    for (int i = 0; i < fieldCount; ++i) {
        if (i > 0)
            json.append(',');
        appendString(json, columns.at(size_t(i)));
        json.append(':');
        appendString(json, fields.at(size_t(i)).toUtf8());
    }
    json.append('}');
    return json;
}

RevisionDetails::Fields RevisionDetails::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    Fields fields;
    for (int i = 0; i < fieldCount; ++i)
        fields.at(size_t(i)) = object.value(QLatin1String(columns.at(size_t(i)))).toString();
    return fields;
}

QString RevisionDetails::selectList(const QString &alias)
{
    QStringList list;
    for (const char *column : columns)
        list.append(alias.isEmpty() ? QString::fromLatin1(column) : QString(alias + QLatin1Char('.') + QLatin1String(column)));
    return list.join(QStringLiteral(", "));
}

QString RevisionDetails::sameAsColumns(const SqlDialect &dialect, const QString &detailsColumn, const QString &alias)
{
    QStringList same;
    for (const char *column : columns)
        same.append(QStringLiteral("%1 %2 %3.%4")
                        .arg(dialect.jsonText(detailsColumn, QLatin1String(column)), dialect.nullSafeEquals(), alias,
                             QLatin1String(column)));
    return QLatin1Char('(') + same.join(QStringLiteral(" AND ")) + QLatin1Char(')');
}

} // namespace saylau
