#pragma once

#include "ForensicsData.h"
#include "NearIntegerChance.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace saylau {

// The near-integer chances of the precincts already read, worked out on a second thread while the reading
// goes on (ForensicsData::fromStore's visitor), so that the reading and the Monte Carlo's costliest part share
// the two cores instead of following each other. The leader is not known before the last precinct is read
// (the party with the most votes): each precinct is worked out for the leader so far, or the one named, and
// the ones worked out for another party are left to IntegerPercentTest. Each chance is computed alone, as
// IntegerPercentTest computes it, so the results are the same whichever thread computed them.
class EarlyChances
{
public:
    struct Known
    {
        std::vector<NearIntegerChance::Chances> chances; // by precinct, as ForensicsData keeps them
        std::vector<char> known;                         // 1 where chances holds the precinct's own
    };

    // leader: the party whose share is tested, when named before the read; -1: the most votes so far.
    EarlyChances(int partyCount, int leader);
    ~EarlyChances();
    EarlyChances(const EarlyChances &) = delete;
    EarlyChances &operator=(const EarlyChances &) = delete;

    // From the reading thread, each precinct as ForensicsData keeps it (its leader's votes not yet set).
    void add(const ForensicsData::Precinct &precinct, const qint64 *partyVotes);
    // Stops the second thread where it is (the rest is better shared by every core), or once it has worked
    // out every whole batch handed over (a test's way to know what it holds); what it worked out for data's
    // leader.
    enum class Stop { WhereItIs, AfterTheBatchesHandedOver };
    Known finish(const ForensicsData &data, Stop stop = Stop::WhereItIs);

private:
    struct Item
    {
        ForensicsData::Precinct precinct; // with the guessed leader's votes
        int leader;
    };

    void work();

    const int m_partyCount;
    const int m_leader;
    // The second thread's own table: precincts larger than it allows are left to IntegerPercentTest.
    const NearIntegerChance m_chance;
    std::vector<qint64> m_totals;
    std::vector<Item> m_batch;

    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<std::vector<Item>> m_queue;
    bool m_stop = false;
    bool m_drain = false; // with m_stop: the queue first

    // Written by the second thread only, read after it has ended.
    std::vector<NearIntegerChance::Chances> m_chances;
    std::vector<int> m_leaders; // the party each was worked out for; -1: not worked out
    std::thread m_thread;
};

} // namespace saylau
