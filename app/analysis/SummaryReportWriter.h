#pragma once

#include "ForensicsReport.h"
#include "NumberFormat.h"
#include "SummaryReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace saylau {

// Writes a SummaryReport as the press release's text table, as CSV, or as JSON. Text follows the user's
// locale; CSV and JSON are machine formats whose keys, numbers and stored names are identical on every
// machine, beside the names shown in the user's language (see README, "saylau commands").
class SummaryReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(SummaryReportWriter)

public:
    explicit SummaryReportWriter(const SummaryReport &report, const QLocale &locale = QLocale());

    const SummaryReport &report() const { return m_report; }
    int precision() const { return m_format.precision(); }
    QString text() const;
    QByteArray csv() const;
    QJsonObject json() const;

    // A table cell as displayed, with the number behind it, so that a spreadsheet gets numbers and a
    // PDF or the terminal the same text.
    struct TableCell
    {
        enum class Kind { Text, Count, Percent, Decimal };
        QString text;
        Kind kind = Kind::Text;
        double number = 0; // the count, the percentage as displayed (32 for "32%"), or the decimal unrounded
    };
    using Table = QList<QList<TableCell>>;

    // The contest's total in the press release's layout, sources side by side, each a count column and a
    // percentage column (press staff copy either). Two header rows.
    Table totalTable() const;
    // One row per node of Options::by and source: where it lies (its region and TIK, as columns before its
    // own name), counts of precincts and voters, percentages after.
    Table rowsTable() const;
    // How many of rowsTable()'s first columns hold names (left-aligned, kept in view when scrolling).
    int rowsLabelColumns() const { return int(placeLevels().size()) + 1; }
    // The lines under the tables: what each side covers, the denominators, the threshold, the regions'
    // ranges, the seats, and the warnings.
    QStringList notes() const;
    // "Election, 10 January 2021" and the synthetic-data line, the title of every export.
    QStringList titleLines() const;
    // The seats of a party-list contest, for each source: what the official figures gave, what the
    // observed ones would have given. Empty for a contest without seats.
    QStringList seatLines() const;

    // The Forensics page (PDF) or sheet (XLSX): the integer-percentage test and the excess-votes estimate of
    // `saylau forensics`, when one is attached.
    void setForensics(ForensicsReport forensics) { m_forensics = std::move(forensics); }
    const std::optional<ForensicsReport> &forensics() const { return m_forensics; }
    // The test on the whole contest, then its regions with the highest z (topRegions of them): observed,
    // expected mean, SD, excess and z for turnout and the leader's share. One header row.
    Table forensicsTable(int topRegions = 10) const;

    // Version of the CSV columns and the JSON layout; bumped when either changes incompatibly.
    static constexpr int formatVersion = 1;

private:
    // The levels above the rows that rowsTable() names in columns of their own: those some row lies in.
    QList<TerritoryNode::Level> placeLevels() const;
    QString rowName(const SummaryReport::Row &row) const;
    QString levelName(const SummaryReport::Row &row) const;
    QStringList partyNames(const QList<int> &ballotIndexes) const;
    TableCell count(std::optional<qint64> value) const;
    TableCell percent(const Percentage &percentage) const;
    QString coverage(int source) const;

    const SummaryReport &m_report;
    std::optional<ForensicsReport> m_forensics;
    NumberFormat m_format;
    NumberFormat m_machine;
};

} // namespace saylau
