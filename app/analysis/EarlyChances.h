#pragma once

#include "ForensicsData.h"
#include "NearIntegerChance.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace saylau {

// The near-integer chances of the precincts already read, worked out on the other cores while the reading
// goes on (ForensicsData::fromStore's visitor), so that the reading and the Monte Carlo's costliest part share
// the cores instead of following each other. The leader is not known before the last precinct is read
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
    // workers: threads working beside the reading one; 0: one fewer than the processor has, one at least.
    EarlyChances(int partyCount, int leader, int workers = 0);
    ~EarlyChances();
    EarlyChances(const EarlyChances &) = delete;
    EarlyChances &operator=(const EarlyChances &) = delete;

    // From the reading thread, each precinct as ForensicsData keeps it (its leader's votes not yet set).
    void add(const ForensicsData::Precinct &precinct, const qint64 *partyVotes);
    // Stops the workers where they are (the rest is better shared by every core), or once they have worked
    // out every whole batch handed over (a test's way to know what they hold); what they worked out for data's
    // leader.
    enum class Stop { WhereItIs, AfterTheBatchesHandedOver };
    Known finish(const ForensicsData &data, Stop stop = Stop::WhereItIs);

private:
    struct Item
    {
        ForensicsData::Precinct precinct; // with the guessed leader's votes
        int leader;
    };
    struct Batch
    {
        size_t first = 0; // where its first item was shown
        std::vector<Item> items;
    };
    struct Worked
    {
        size_t first = 0;
        std::vector<NearIntegerChance::Chances> chances;
        std::vector<int> leaders; // the party each was worked out for; -1: not worked out
    };

    void work();

    const int m_partyCount;
    const int m_leader;
    // The workers' own table (read only, so shared): precincts larger than it allows are left to
    // IntegerPercentTest.
    const NearIntegerChance m_chance;
    std::vector<qint64> m_totals;
    Batch m_batch;
    size_t m_shown = 0;

    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Batch> m_queue;
    bool m_stop = false;
    bool m_drain = false; // with m_stop: the queue first
    std::vector<Worked> m_worked; // under m_mutex, in the order the batches were finished
    std::vector<std::thread> m_threads;
};

} // namespace saylau
