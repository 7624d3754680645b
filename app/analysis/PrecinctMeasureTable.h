#pragma once

#include "../domain/Contest.h"
#include "../domain/Measure.h"
#include "../domain/SourceKind.h"

#include <QHash>

#include <optional>
#include <vector>

namespace saylau {

class CampaignStore;

// The few measures a sample design or a sample estimate needs, per precinct, from one source: voters on the
// list, the form's turnout measure, the party-share base, and each party's votes. One protocol per precinct,
// the first copy in territory order, as Aggregator counts; a line left empty stays missing, never zero.
class PrecinctMeasureTable
{
public:
    struct Row
    {
        std::optional<qint64> voters;
        std::optional<qint64> turnout;
        std::optional<qint64> base;
        std::vector<std::optional<qint64>> parties; // in ballot order
    };

    static PrecinctMeasureTable read(const CampaignStore &store, const Contest &contest, SourceKind source,
                                     Measure shareBase);

    const Row *row(qint64 territoryId) const;
    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    // The ballot index of the party with the most votes over all rows; -1 when no row has a party's votes.
    int leader() const;

private:
    QHash<qint64, Row> m_rows;
    int m_partyCount = 0;
};

} // namespace saylau
