#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace saylau {

// A plain-text table for terminal reports: the first column (or the first few: names) left-aligned, the
// others right-aligned (numbers), columns two spaces apart, trailing blanks trimmed.
class TextTable
{
public:
    explicit TextTable(int leftAlignedColumns = 1)
        : m_leftAlignedColumns(leftAlignedColumns)
    {
    }

    void addRow(const QStringList &cells) { m_rows.append(cells); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString render() const;

private:
    int m_leftAlignedColumns;
    QList<QStringList> m_rows;
};

} // namespace saylau
