#pragma once

#include "../domain/SourceKind.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <vector>

namespace saylau {

class CampaignStore;
class Contest;

// The per-precinct figures election forensics work on: for every precinct of one contest and source, the
// voters on the list V, the ballots in the boxes B = valid + invalid, the leader's votes L and every party's
// votes. Turnout is t = B / V and the leader's share s = L / B (Kobak, Shpilkin & Pshenichnikov 2016).
class ForensicsData
{
    Q_DECLARE_TR_FUNCTIONS(ForensicsData)

public:
    struct Precinct
    {
        qint64 voters = 0;  // V
        qint64 ballots = 0; // B = valid + invalid
        qint64 leader = 0;  // L
        int region = 0;     // index into regions()
    };

    // Precincts below this many voters are left out of the integer-percentage test: with V < 100 every
    // ballot moves turnout by more than a percentage point, so integers are common by arithmetic alone.
    static constexpr qint64 smallPrecinct = 100;

    ForensicsData() = default;
    // partyVotes: precinct-major, parties.size() values per precinct. leader: index into parties.
    ForensicsData(QStringList parties, QStringList partyColors, int leader, QStringList regions,
                  std::vector<Precinct> precincts, std::vector<qint64> partyVotes);

    // A party's votes in a precinct whose protocol has no figure for it.
    static constexpr qint64 noVotes = -1;

    // One protocol per precinct (the first copy, as the summary report counts), precincts only: a total
    // published for a region or the country is not a precinct. Protocols lacking the voters or the valid or
    // invalid ballots cannot be placed and are counted in incomplete(); those lacking the leader's votes in
    // withoutLeader(). A precinct lacking another party's votes stays (the integer test needs V, B and L only)
    // with noVotes for that party. Parties no protocol gives votes for are on another election's ballot
    // (partiesWithoutVotes()): never the leader. leaderName: a party's short name, name or key; empty: the
    // party with the most votes. Throws SaylauError.
    // onPrecinct, when given, sees each protocol as it is read (its leader's votes and region not yet set)
    // with its parties' votes (EarlyChances works on them meanwhile); shownAs() tells which of them became
    // which precinct.
    static ForensicsData fromStore(const CampaignStore &store, const Contest &contest, SourceKind source,
                                   const QString &leaderName = QString(),
                                   const std::function<void(const Precinct &, const qint64 *partyVotes)> &onPrecinct = {});

    // The precincts of one region (by name, as in regions(), or as stored). Throws SaylauError for an unknown
    // region.
    ForensicsData onlyRegion(const QString &name) const;

    const std::vector<Precinct> &precincts() const { return m_precincts; }
    const QStringList &parties() const { return m_parties; }
    const QStringList &partyColors() const { return m_partyColors; }
    int leader() const { return m_leader; }
    QString leaderName() const { return m_parties.value(m_leader); }
    // The names as the campaign stores them, the same in every language, for machine output: the leader's
    // short name (its name when it has none) and the regions' names ("" for precincts in no region).
    QString storedLeaderName() const { return m_storedParties.value(m_leader); }
    const QStringList &regions() const { return m_regions; }
    const QStringList &storedRegions() const { return m_storedRegionNames; }
    qint64 partyVotes(size_t precinct, int party) const
    {
        return m_partyVotes[precinct * size_t(m_parties.size()) + size_t(party)];
    }
    int incomplete() const { return m_incomplete; }
    int withoutLeader() const { return m_withoutLeader; }
    // Precincts kept that give no votes for a party other precincts give votes for.
    int lackingParty() const { return m_lackingParty; }
    // Precincts that give the party's votes; 0 for a party of another election's ballot.
    int partyPrecincts(int party) const { return m_partyPrecincts.at(size_t(party)); }
    QStringList partiesWithoutVotes() const;
    QStringList storedPartiesWithoutVotes() const;
    // Where fromStore's onPrecinct saw the precinct: among the protocols it was shown, some may have turned
    // out not to be precincts once the territory was read.
    size_t shownAs(size_t precinct) const { return m_shownAs.empty() ? precinct : m_shownAs[precinct]; }

    // Whether a precinct takes part in the integer-percentage test: V >= 100 and 0 < B <= V (a binomial
    // draw of B from V needs B <= V; a share of no ballots is undefined).
    static bool testable(const Precinct &p) { return p.voters >= smallPrecinct && p.ballots > 0 && p.ballots <= p.voters; }
    // Whether 100 * numerator / denominator lies within 0.05 of an integer, in exact integer arithmetic:
    // with r = 100 n mod d, the distance to the nearest integer is min(r, d - r) / d percentage points.
    static bool nearInteger(qint64 numerator, qint64 denominator)
    {
        const qint64 r = (100 * numerator) % denominator;
        return 20 * std::min(r, denominator - r) <= denominator;
    }

private:
    // Keeps the precincts keep(index) accepts, in order; shownAs() follows.
    void keepOnly(const std::function<bool(size_t)> &keep);
    void countGivenVotes();
    // The names, of those given, of the parties no precinct gives votes for.
    QStringList withoutVotes(const QStringList &partyNames) const;

    QStringList m_parties; // in the program's language
    QStringList m_storedParties;
    QStringList m_partyColors;
    int m_leader = 0;
    // In the program's language; beside them the names as stored, which --region may give as well.
    QStringList m_regions;
    QStringList m_storedRegionNames;
    std::vector<Precinct> m_precincts;
    std::vector<qint64> m_partyVotes;
    int m_incomplete = 0;
    int m_withoutLeader = 0;
    int m_lackingParty = 0;
    std::vector<int> m_partyPrecincts;
    std::vector<size_t> m_shownAs; // empty: each precinct where it was shown
};

} // namespace saylau
