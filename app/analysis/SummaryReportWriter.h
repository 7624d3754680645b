#pragma once

#include "NumberFormat.h"
#include "SummaryReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace saylau {

// Writes a SummaryReport as the press release's text table, as CSV, or as JSON. Text follows the user's
// locale; CSV and JSON are machine formats, identical on every machine (see README, "saylau report").
class SummaryReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(SummaryReportWriter)

public:
    explicit SummaryReportWriter(const SummaryReport &report, const QLocale &locale = QLocale());

    QString text() const;
    QByteArray csv() const;
    QJsonObject json() const;

    // Version of the CSV columns and the JSON layout; bumped when either changes incompatibly.
    static constexpr int formatVersion = 1;

private:
    QString rowName(const SummaryReport::Row &row) const;
    QString levelName(const SummaryReport::Row &row) const;
    QStringList partyNames(const QList<int> &ballotIndexes) const;
    QString textTotal() const;
    QString textRows() const;
    QString textNotes() const;

    const SummaryReport &m_report;
    NumberFormat m_format;
    NumberFormat m_machine;
};

} // namespace saylau
