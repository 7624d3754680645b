#include "SqlStatement.h"

#include "SqlDialect.h"

#include "../domain/ProtocolKey.h"
#include "../domain/SaylauError.h"

#include <QSqlError>

namespace saylau {

QSqlQuery SqlStatement::prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw SaylauError(tr("cannot prepare a statement: %1").arg(query.lastError().text()));
    return query;
}

void SqlStatement::exec(QSqlQuery &query, const QString &what)
{
    if (query.exec())
        return;
    const QSqlError error = query.lastError();
    // A person connected to a server in a role without this right is told so, not shown a driver's message.
    if (SqlDialect::isRefusedRight(error))
        throw SaylauError(tr("%1 was refused by the server: your role on it has no right to do this (%2)")
                              .arg(what, SqlDialect::serverSentence(error)));
    throw SaylauError(tr("%1 failed: %2").arg(what, error.text()));
}

void SqlStatement::bind(QSqlQuery &query, std::initializer_list<std::pair<const char *, QVariant>> values)
{
    for (const auto &[name, value] : values)
        query.bindValue(QLatin1String(name), value);
}

void SqlStatement::bindKey(QSqlQuery &query, const ProtocolKey &key)
{
    bind(query, {{":contest_id", key.contestId},
                 {":territory_id", key.territoryId},
                 {":source", sourceKindName(key.source)},
                 {":copy", text(key.copy)}});
}

QString SqlStatement::text(const QString &value)
{
    // A null QString binds as SQL NULL.
    return value.isNull() ? QString(QLatin1String("")) : value;
}

QString SqlStatement::dateTimeText(const QDateTime &value)
{
    return text(value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString());
}

QDateTime SqlStatement::dateTimeFromText(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace saylau
