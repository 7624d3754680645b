#include "OpenCampaign.h"

#include "analysis/TotalsCache.h"
#include "storage/CampaignStore.h"

namespace saylau {

OpenCampaign::OpenCampaign(QObject *parent)
    : QObject(parent)
{
}

OpenCampaign::~OpenCampaign() = default;

void OpenCampaign::replace(std::unique_ptr<CampaignStore> store)
{
    std::unique_ptr<CampaignStore> previous = std::move(m_store);
    // Goes before the previous store, whose notifier it follows.
    std::unique_ptr<TotalsCache> previousTotals = std::move(m_totals);
    m_store = std::move(store);
    m_totals = m_store ? std::make_unique<TotalsCache>(*m_store) : nullptr;
    emit replaced(m_store.get());
}

void OpenCampaign::close()
{
    replace(nullptr);
}

} // namespace saylau
