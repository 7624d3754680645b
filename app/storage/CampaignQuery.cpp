#include "CampaignQuery.h"

#include "CampaignStore.h"
#include "SqlStatement.h"

#include "../domain/SaylauError.h"

#include <QSqlError>

namespace saylau {

CampaignQuery::CampaignQuery(const CampaignStore &store, const QString &sql, const QString &purpose)
    : m_query(store.database())
    , m_purpose(purpose)
{
    store.dialect().streamRows(m_query);
    if (!m_query.prepare(sql))
        throw SaylauError(tr("%1 failed: %2").arg(m_purpose, m_query.lastError().text()));
}

CampaignQuery::CampaignQuery(const CampaignStore &store, const char *sql, const QString &purpose)
    : CampaignQuery(store, QString::fromUtf8(sql), purpose)
{
}

CampaignQuery::CampaignQuery(const CampaignStore &store, const QByteArray &sql, const QString &purpose)
    : CampaignQuery(store, QString::fromUtf8(sql), purpose)
{
}

CampaignQuery &CampaignQuery::bind(const char *name, QByteArrayView text)
{
    // '' rather than NULL for an empty text: the text columns are NOT NULL.
    m_query.bindValue(QLatin1String(name), QString::fromUtf8(text.isEmpty() ? QByteArrayView("") : text));
    return *this;
}

CampaignQuery &CampaignQuery::bind(const char *name, const QString &text)
{
    m_query.bindValue(QLatin1String(name), SqlStatement::text(text));
    return *this;
}

CampaignQuery &CampaignQuery::bind(const char *name, qint64 value)
{
    m_query.bindValue(QLatin1String(name), value);
    return *this;
}

CampaignQuery &CampaignQuery::bindNull(const char *name)
{
    m_query.bindValue(QLatin1String(name), QVariant());
    return *this;
}

bool CampaignQuery::step()
{
    if (!m_running) {
        SqlStatement::exec(m_query, m_purpose);
        m_running = true;
    }
    if (m_query.next())
        return true;
    reset();
    return false;
}

int CampaignQuery::run()
{
    SqlStatement::exec(m_query, m_purpose);
    const int changed = m_query.numRowsAffected();
    reset();
    return changed;
}

void CampaignQuery::reset()
{
    m_query.finish();
    m_running = false;
}

qint64 CampaignQuery::integer(int column) const
{
    return m_query.value(column).toLongLong();
}

QByteArray CampaignQuery::text(int column) const
{
    return m_query.value(column).toString().toUtf8();
}

QString CampaignQuery::string(int column) const
{
    return m_query.value(column).toString();
}

bool CampaignQuery::isNull(int column) const
{
    return m_query.isNull(column);
}

QVariant CampaignQuery::value(int column) const
{
    return m_query.value(column);
}

} // namespace saylau
