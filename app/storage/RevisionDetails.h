#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>

namespace saylau {

class SqlDialect;

// A protocol revision's details: the protocol's fields other than its figures (entry status, extra, observer,
// reception, remarks), as one JSON object text. Revisions are compared as text wherever they are held (the
// conflicts, a merge's "unchanged"), so every file and server must write the same text for the same fields:
// it is built here, in C++, byte for byte as SQLite's json_object built it when the exchange began (keys in
// this order, no spaces, strings escaped as SQLite escapes them), so that the revisions already travelling
// compare equal to the ones made now, on either engine.
class RevisionDetails
{
public:
    static constexpr int fieldCount = 7;
    // The protocol columns, in the object's order.
    static const std::array<const char *, fieldCount> columns;

    using Fields = std::array<QString, fieldCount>;

    static QByteArray toJson(const Fields &fields);
    // A missing key reads as an empty text.
    static Fields fromJson(const QByteArray &json);
    // The columns as a select list, each prefixed by alias (e.g. "p.entry_status, p.extra, …"; none when empty).
    static QString selectList(const QString &alias);
    // An SQL condition true when the details text in detailsColumn holds exactly the values of the columns of
    // the protocol row alias: one field at a time, through the engine's own JSON reading (SqlDialect).
    static QString sameAsColumns(const SqlDialect &dialect, const QString &detailsColumn, const QString &alias);
};

} // namespace saylau
