#include "TextTable.h"

#include "../domain/Elision.h"

namespace saylau {

QString TextTable::render() const
{
    // Every row is padded to the widest cell: one 100,000-character name would pad every line to it.
    QList<QStringList> cells = m_rows;
    for (QStringList &row : cells) {
        for (QString &cell : row) {
            if (cell.size() > Elision::label)
                cell = Elision::elide(cell, Elision::label);
        }
    }
    QList<qsizetype> widths;
    for (const QStringList &row : std::as_const(cells)) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths.at(c), row.at(c).size());
    }
    QString text;
    for (const QStringList &row : std::as_const(cells)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += (c == 0 ? QString() : QStringLiteral("  "))
                + (c < m_leftAlignedColumns ? row.at(c).leftJustified(widths.at(c)) : row.at(c).rightJustified(widths.at(c)));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace saylau
