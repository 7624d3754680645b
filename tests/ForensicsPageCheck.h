#pragma once

// The summary report's Forensics page against `saylau forensics --format json` on the same campaign: every
// number of the page's table (the whole contest, then the regions with the highest z) equals the command's.

#include "analysis/SummaryReportWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cmath>

namespace saylau::test {

// Empty when they agree; otherwise what differs, where.
inline QString forensicsPageDiffers(const SummaryReportWriter::Table &table, const QJsonObject &json)
{
    if (table.size() < 3)
        return QStringLiteral("the page has %1 rows").arg(table.size());
    // Row 1 + 2g + m: group g (0 the whole contest, then the regions as the JSON lists them), measure m.
    QList<std::pair<int, QJsonObject>> groups{{json.value(QStringLiteral("tested")).toInt(), json}};
    for (const QJsonValue &region : json.value(QStringLiteral("regions")).toArray())
        groups.append({region.toObject().value(QStringLiteral("precincts")).toInt(), region.toObject()});
    if (table.size() - 1 > 2 * groups.size())
        return QStringLiteral("the page has %1 rows, the JSON %2 groups").arg(table.size()).arg(groups.size());
    for (int row = 1; row < table.size(); ++row) {
        const auto &[precincts, group] = groups.at((row - 1) / 2);
        const QJsonObject test = group.value(QStringLiteral("integer_test")).toArray().at((row - 1) % 2).toObject();
        const QList<SummaryReportWriter::TableCell> &cells = table.at(row);
        const double expected[] = {double(precincts), test.value(QStringLiteral("observed")).toDouble(),
                                   test.value(QStringLiteral("expected_mean")).toDouble(),
                                   test.value(QStringLiteral("expected_sd")).toDouble(),
                                   test.value(QStringLiteral("excess")).toDouble(),
                                   test.value(QStringLiteral("z")).toDouble(std::nan(""))};
        for (int c = 1; c <= 6; ++c) {
            const double ours = cells.at(c).number;
            const bool same = std::isnan(expected[c - 1]) ? cells.at(c).kind == SummaryReportWriter::TableCell::Kind::Text
                                                          : std::abs(ours - expected[c - 1]) <= 1e-9 * std::max(1.0, std::abs(ours));
            if (!same)
                return QStringLiteral("row %1 (%2), column %3: page %4, JSON %5")
                    .arg(row).arg(cells.at(0).text).arg(c).arg(ours, 0, 'g', 17).arg(expected[c - 1], 0, 'g', 17);
        }
    }
    return {};
}

} // namespace saylau::test
