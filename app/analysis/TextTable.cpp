#include "TextTable.h"

namespace saylau {

QString TextTable::render() const
{
    QList<qsizetype> widths;
    for (const QStringList &row : m_rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths.at(c), row.at(c).size());
    }
    QString text;
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c == 0 ? row.at(c).leftJustified(widths.at(c)) : QStringLiteral("  ") + row.at(c).rightJustified(widths.at(c));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace saylau
