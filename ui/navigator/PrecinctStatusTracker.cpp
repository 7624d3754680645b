#include "PrecinctStatusTracker.h"

#include "analysis/TotalsCache.h"
#include "domain/SaylauError.h"
#include "forms/FormEvaluator.h"
#include "storage/CampaignNotifier.h"
#include "storage/CampaignStore.h"
#include "entry/EntryStore.h"

namespace saylau {

PrecinctStatusTracker::PrecinctStatusTracker(CampaignStore *store, QObject *parent)
    : QObject(parent)
{
    setCampaign(store);
}

PrecinctStatusTracker::~PrecinctStatusTracker() = default;

void PrecinctStatusTracker::setCampaign(CampaignStore *store, TotalsCache *totals)
{
    if (m_store)
        disconnect(&m_store->notifier(), nullptr, this, nullptr);
    m_store = store;
    m_totals = store ? totals : nullptr;
    m_entries = store ? std::make_unique<EntryStore>(*store) : nullptr;
    if (m_store) {
        connect(&m_store->notifier(), &CampaignNotifier::protocolsChanged, this,
                &PrecinctStatusTracker::protocolsChanged);
        connect(&m_store->notifier(), &CampaignNotifier::territoryChanged, this, &PrecinctStatusTracker::rebuild);
    }
    m_contestId.clear();
    m_evaluator.reset();
    m_index = PrecinctStatusIndex();
    emit statusesChanged(0);
}

void PrecinctStatusTracker::setContest(const QString &contestId)
{
    m_contestId = contestId;
    m_evaluator.reset();
    m_index = PrecinctStatusIndex();
    if (m_store && !contestId.isEmpty()) {
        m_evaluator = std::make_unique<FormEvaluator>(m_store->contest(contestId));
        m_index.build(*m_entries, *m_evaluator, m_totals ? m_totals->tree() : m_store->allTerritory());
    }
    emit statusesChanged(0);
}

void PrecinctStatusTracker::rebuild()
{
    // Called from the notifier, where no one would catch: a failure is reported, the old statuses stay.
    try {
        setContest(m_contestId);
    } catch (const SaylauError &error) {
        emit failed(error.message());
    }
}

void PrecinctStatusTracker::protocolsChanged(const QString &contestId, qint64 territoryId)
{
    if (!m_evaluator || (!contestId.isEmpty() && contestId != m_contestId))
        return;
    if (territoryId == 0) {
        rebuild();
        return;
    }
    try {
        m_index.refresh(*m_entries, *m_evaluator, territoryId);
    } catch (const SaylauError &error) {
        emit failed(error.message());
        return;
    }
    emit statusesChanged(territoryId);
}

} // namespace saylau
