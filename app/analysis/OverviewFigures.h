#pragma once

#include "Percentage.h"
#include "Totals.h"

#include "../domain/Contest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace saylau {

// The lines of a territory's overview from the sum of its protocols of one source: precincts with protocols,
// voters, turnout, and each party's votes with its share of the summary report's default base
// (SummaryReport::defaultShareBase). The same lines for observer copies and official figures, side by side.
class OverviewFigures
{
    Q_DECLARE_TR_FUNCTIONS(OverviewFigures)

public:
    struct Line
    {
        QString label;
        std::optional<qint64> count;
        // Defined only on the lines that are a share of something (turnout, parties).
        Percentage share;
    };

    static QList<Line> lines(const Contest &contest, const Totals &totals);
    // What the shares are per cent of, in one sentence for under the table.
    static QString shareBases();
};

} // namespace saylau
