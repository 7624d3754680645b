#include "EarlyChances.h"

#include <algorithm>

namespace saylau {

namespace {

// Precincts handed over at a time: few enough locks, and little left undone when the reading ends.
constexpr size_t batchSize = 256;
// Voters of the largest precinct the second thread works out (its table of ln k! holds as many).
constexpr qint64 largestEarly = 65536;

} // namespace

EarlyChances::EarlyChances(int partyCount, int leader)
    : m_partyCount(partyCount)
    , m_leader(leader)
    , m_chance(largestEarly)
    , m_totals(size_t(std::max(partyCount, 1)), 0)
    , m_thread([this] { work(); })
{
}

EarlyChances::~EarlyChances()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_ready.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void EarlyChances::add(const ForensicsData::Precinct &precinct, const qint64 *partyVotes)
{
    for (int p = 0; p < m_partyCount; ++p)
        m_totals[size_t(p)] += partyVotes[p];
    const int leader = m_leader >= 0 ? m_leader
                                     : int(std::max_element(m_totals.begin(), m_totals.end()) - m_totals.begin());
    ForensicsData::Precinct guessed = precinct;
    guessed.leader = leader < m_partyCount ? partyVotes[leader] : 0;
    m_batch.push_back({guessed, leader});
    if (m_batch.size() < batchSize)
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(m_batch));
    }
    m_ready.notify_one();
    // Moved out, the batch holds no memory: the next one is given its whole size at once.
    m_batch.clear();
    m_batch.reserve(batchSize);
}

void EarlyChances::work()
{
    for (;;) {
        std::vector<Item> batch;
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_stop && (!m_drain || m_queue.empty()))
                return;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        for (const Item &item : batch) {
            const ForensicsData::Precinct &p = item.precinct;
            const bool worked = p.voters >= ForensicsData::smallPrecinct && ForensicsData::testable(p)
                && p.voters <= largestEarly;
            m_chances.push_back(worked ? m_chance.of(p) : NearIntegerChance::Chances{});
            m_leaders.push_back(worked ? item.leader : -1);
        }
    }
}

EarlyChances::Known EarlyChances::finish(const ForensicsData &data, Stop stop)
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
        m_drain = stop == Stop::AfterTheBatchesHandedOver;
    }
    m_ready.notify_one();
    m_thread.join();
    // By precinct: what was worked out for the protocol each precinct was shown as.
    Known known;
    known.chances.resize(data.precincts().size());
    known.known.assign(data.precincts().size(), 0);
    for (size_t i = 0; i < known.known.size(); ++i) {
        const size_t shown = data.shownAs(i);
        if (shown < m_leaders.size() && m_leaders[shown] == data.leader()) {
            known.chances[i] = m_chances[shown];
            known.known[i] = 1;
        }
    }
    return known;
}

} // namespace saylau
