#pragma once

#include "ColumnMapping.h"

#include "../domain/Contest.h"
#include "../domain/Figures.h"
#include "../domain/TerritoryNode.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QByteArray>
#include <QList>
#include <QString>

namespace saylau {

class CsvReader;

// Turns one CSV record into what a protocol holds, by a ColumnMapping compiled once against a contest: the
// territory cells (raw, decoded only when a new node is met), the figures by slot, and the unmapped cells
// kept as text. Every refusal names the file, the line and the column.
class RowMapper
{
    Q_DECLARE_TR_FUNCTIONS(RowMapper)

public:
    enum class Status { Ok, Blank, Totals, Bad };

    struct Row
    {
        // The territory cells, raw bytes of the reader's record: valid until it reads the next one.
        QByteArrayView region;
        QByteArrayView district;
        QByteArrayView precinct;
        QByteArrayView address;
        // A row with the TIK but no precinct: votes the TIK counted itself (see TerritoryNode), labelled by
        // the row's first text cell that is not a link, when it has one.
        bool countedByCommission = false;
        QByteArrayView label;
        Figures figures;
        // The unmapped cells as a JSON object of strings, UTF-8 ("{}" when all are empty): what the store
        // keeps in Protocol::extra, built here once rather than through a QJsonObject per row.
        QByteArray extraJson;
    };

    // The mapping's lines and parties must be on the contest (Importer checks that first).
    RowMapper(const ColumnMapping &mapping, const Contest &contest, TerritoryNode::Level level, QString fileName);

    // Fills row from the reader's current record; on Bad, error says what and where.
    Status map(const CsvReader &reader, Row &row, QString &error) const;

    // "file, line 12, column 5 "header"": the prefix of every message about a cell.
    QString where(qint64 line, int column) const;
    // The column of the territory level the rows are at (-1 when the mapping has none).
    int keyColumn() const { return m_keyColumn; }

private:
    enum class Use { Skip, Figure, Extra, Region, District, Precinct, Address };
    struct ColumnUse
    {
        Use use = Use::Skip;
        int slot = -1;
        QString header;
        QByteArray jsonKey; // "header": as it starts a member of the extra JSON
    };

    // A column whose header repeats a count column's: it must give the same count on every row.
    struct Repeat
    {
        int column = -1;
        int original = -1;
        int slot = -1;
    };

    // The refusal of a territory cell with a control character in it (a NUL, a line break), else empty.
    QString controlCharacterProblem(const CsvReader &reader, int column) const;
    QString repeatProblem(const CsvReader &reader, const Row &row, const Repeat &repeat) const;

    QList<ColumnUse> m_columns;
    QList<Repeat> m_repeats;
    // The region, TIK and precinct columns: a totals label in any of them makes the row a totals row.
    QList<int> m_territoryColumns;
    int m_slotCount = 0;
    int m_keyColumn = -1;
    // Set when the rows are precincts and a TIK column exists: a row without a precinct is then the TIK's own.
    int m_districtColumn = -1;
    QString m_fileName;
};

} // namespace saylau
