#include "EarlyChances.h"

#include <algorithm>

namespace saylau {

namespace {

// Precincts handed over at a time: few enough locks, and little left undone when the reading ends.
constexpr size_t batchSize = 256;
// Voters of the largest precinct the second thread works out (its table of ln k! holds as many).
constexpr qint64 largestEarly = 65536;

} // namespace

EarlyChances::EarlyChances(int partyCount, int leader, int workers)
    : m_partyCount(partyCount)
    , m_leader(leader)
    , m_chance(largestEarly)
    , m_totals(size_t(std::max(partyCount, 1)), 0)
{
    if (workers <= 0)
        workers = std::max(1, int(std::thread::hardware_concurrency()) - 1);
    for (int i = 0; i < workers; ++i)
        m_threads.emplace_back([this] { work(); });
}

EarlyChances::~EarlyChances()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_ready.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
}

void EarlyChances::add(const ForensicsData::Precinct &precinct, const qint64 *partyVotes)
{
    for (int p = 0; p < m_partyCount; ++p)
        m_totals[size_t(p)] += partyVotes[p];
    const int leader = m_leader >= 0 ? m_leader
                                     : int(std::max_element(m_totals.begin(), m_totals.end()) - m_totals.begin());
    ForensicsData::Precinct guessed = precinct;
    guessed.leader = leader < m_partyCount ? partyVotes[leader] : 0;
    if (m_batch.items.empty())
        m_batch.first = m_shown;
    ++m_shown;
    m_batch.items.push_back({guessed, leader});
    if (m_batch.items.size() < batchSize)
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(m_batch));
    }
    m_ready.notify_one();
    // Moved out, the batch holds no memory: the next one is given its whole size at once.
    m_batch.items.clear();
    m_batch.items.reserve(batchSize);
}

void EarlyChances::work()
{
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_stop && (!m_drain || m_queue.empty()))
                return;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        Worked worked{batch.first, {}, {}};
        worked.chances.reserve(batch.items.size());
        worked.leaders.reserve(batch.items.size());
        for (const Item &item : batch.items) {
            const ForensicsData::Precinct &p = item.precinct;
            const bool workedOut = p.voters >= ForensicsData::smallPrecinct && ForensicsData::testable(p)
                && p.voters <= largestEarly;
            worked.chances.push_back(workedOut ? m_chance.of(p) : NearIntegerChance::Chances{});
            worked.leaders.push_back(workedOut ? item.leader : -1);
        }
        const std::lock_guard lock(m_mutex);
        m_worked.push_back(std::move(worked));
    }
}

EarlyChances::Known EarlyChances::finish(const ForensicsData &data, Stop stop)
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
        m_drain = stop == Stop::AfterTheBatchesHandedOver;
    }
    m_ready.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
    m_threads.clear();
    // What was worked out, by where it was shown; then by precinct.
    std::vector<const NearIntegerChance::Chances *> byShown(m_shown, nullptr);
    for (const Worked &worked : m_worked) {
        for (size_t j = 0; j < worked.chances.size(); ++j)
            if (worked.leaders[j] == data.leader())
                byShown[worked.first + j] = &worked.chances[j];
    }
    Known known;
    known.chances.resize(data.precincts().size());
    known.known.assign(data.precincts().size(), 0);
    for (size_t i = 0; i < known.known.size(); ++i) {
        const size_t shown = data.shownAs(i);
        if (shown < byShown.size() && byShown[shown]) {
            known.chances[i] = *byShown[shown];
            known.known[i] = 1;
        }
    }
    return known;
}

} // namespace saylau
