#pragma once

#include "../domain/Figures.h"
#include "../domain/Measure.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace saylau {

// The comparison of one territory node x one contest: the observers' copy (or, where official figures were
// published only for a TIK, a region or the country, the sum of the copies of the precincts under it)
// against the official figures, line by line. Built by DiscrepancyFinder.
//
// Differences are official minus observer: a positive difference is what the official figures added to
// what the commission signed in front of the observer, a negative one what they took away.
struct Discrepancy
{
    Q_DECLARE_TR_FUNCTIONS(Discrepancy)

public:
    enum class Kind {
        Match,           // both sources, every line present on both sides equal
        Differs,         // both sources, at least one line differs
        OfficialMissing, // observer copies, no official figures for this node
        ObserverMissing, // official figures, no observer copy (or only copies set aside as doubtful)
        CopiesDisagree,  // several observer copies with different figures: nothing to compare until resolved
        PartialCoverage, // aggregate only: the copies cover some of the precincts under the node, not all
    };
    static constexpr Kind allKinds[] = {Kind::Match, Kind::Differs, Kind::OfficialMissing, Kind::ObserverMissing,
                                        Kind::CopiesDisagree, Kind::PartialCoverage};

    // How far one observer copy can be trusted.
    struct Copy
    {
        qint64 protocolId = 0;
        QString label;
        // Error relations of the form (FormEvaluator) the copy itself breaks: a typing slip on the copy.
        int failedRelations = 0;
        // Official minus copy, on the voters-on-the-list measure; nullopt when either side lacks it.
        std::optional<qint64> votersDifference;
        // The voters differ beyond the tolerance: likely the protocol of another precinct.
        bool votersFarOff = false;
        bool doubtful() const { return failedRelations > 0 || votersFarOff; }
    };

    using MeasureValues = std::array<std::optional<qint64>, std::size(allMeasures)>;

    qint64 territoryId = 0;
    // The region the node lies in (the node itself for a region); 0 for the country or a node outside regions.
    qint64 regionId = 0;
    // Official figures of a TIK / region / country compared with the sum of the precincts' copies.
    bool aggregate = false;
    // A precinct without official figures of its own whose ancestor has them: it is counted in that
    // aggregate's comparison rather than listed as missing official figures.
    bool coveredByAggregate = false;
    Kind kind = Kind::Match;
    qint64 officialProtocolId = 0;
    // Every observer copy of the precinct, doubtful ones included even when they were set aside.
    QList<Copy> copies;
    // Index in copies of the copy compared with the official figures; -1 when none (and for aggregates).
    int comparedCopy = -1;
    // Doubtful copies left out of this comparison (DiscrepancyFinder::Options::includeDoubtful false).
    int copiesSetAside = 0;
    // The comparison rests on a doubtful copy (for an aggregate: on at least one doubtful copy in the sum).
    bool doubtful = false;

    // Aggregates: precincts under the node, and how many of them the sum of copies includes.
    int precinctsUnder = 0;
    int precinctsCovered = 0;
    Figures observerSum;

    // By slot: official minus observer; nullopt where either side lacks the line. Empty unless both sources
    // were compared like for like (Match, Differs).
    std::vector<std::optional<qint64>> differences;
    // Match, Differs: the lines one side gives and the other leaves empty. No difference in votes can be
    // told there, and no match either: listed, never counted in the shift.
    QList<int> oneSidedSlots;
    // CopiesDisagree: the lines on which the copies compared differ (a line empty on one copy included).
    QList<int> disagreeingSlots;
    MeasureValues observerMeasures{};
    MeasureValues officialMeasures{};
    int differingSlots = 0;
    // Over the ballot's parties: votes the official figures added (sum of positive differences) and took
    // (sum of the negative ones, as a positive number).
    qint64 votesAdded = 0;
    qint64 votesTaken = 0;

    bool compared() const { return kind == Kind::Match || kind == Kind::Differs; }
    // How far the official result moved at this node: the larger of the votes added and taken. Inflating
    // the leader by 300 and moving 300 votes from one party to another both score 300.
    qint64 shift() const { return std::max(votesAdded, votesTaken); }
    std::optional<qint64> measureDifference(Measure measure) const;

    // Stable names for CSV and JSON ("match", "differs", "official_missing", ...).
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    // For people: translated.
    static QString kindLabel(Kind kind);
};

} // namespace saylau
