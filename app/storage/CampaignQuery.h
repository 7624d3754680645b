#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace saylau {

class CampaignStore;

// One prepared statement on a campaign's own connection, whichever engine holds it, for the exchange's
// row-by-row paths (the ledger, the merge, the package's reading side): bound by placeholder name (":uid"),
// stepped row by row, every failure thrown as a SaylauError naming what it was for (and, on a server, a
// refusal of rights said as one). Texts go in and out as UTF-8, as the package file holds them.
class CampaignQuery
{
    Q_DECLARE_TR_FUNCTIONS(CampaignQuery)

public:
    // purpose says what the statement is for, in the words a failure message uses. Throws SaylauError.
    CampaignQuery(const CampaignStore &store, const QString &sql, const QString &purpose);
    CampaignQuery(const CampaignStore &store, const char *sql, const QString &purpose);
    CampaignQuery(const CampaignStore &store, const QByteArray &sql, const QString &purpose);

    CampaignQuery &bind(const char *name, QByteArrayView text);
    CampaignQuery &bind(const char *name, const QString &text);
    CampaignQuery &bind(const char *name, qint64 value);
    CampaignQuery &bindNull(const char *name);
    // True while it yields a row; false when done (the next step runs it again). Throws SaylauError.
    bool step();
    // Runs a statement that returns no row; returns the rows it changed.
    int run();
    // Ready to be bound and run again before its rows are all read.
    void reset();

    qint64 integer(int column) const;
    QByteArray text(int column) const;
    QString string(int column) const;
    bool isNull(int column) const;
    QVariant value(int column) const;

private:
    QSqlQuery m_query;
    QString m_purpose;
    bool m_running = false;
};

} // namespace saylau
