#include "OpenCampaign.h"

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
    m_store = std::move(store);
    emit replaced(m_store.get());
}

void OpenCampaign::close()
{
    replace(nullptr);
}

} // namespace saylau
