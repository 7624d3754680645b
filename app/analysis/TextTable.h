#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace saylau {

// A plain-text table for terminal reports: the first column left-aligned (names), the others right-aligned
// (numbers), columns two spaces apart, trailing blanks trimmed.
class TextTable
{
public:
    void addRow(const QStringList &cells) { m_rows.append(cells); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString render() const;

private:
    QList<QStringList> m_rows;
};

} // namespace saylau
