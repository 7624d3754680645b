#pragma once

#include "../domain/SampleDesign.h"

#include <QCoreApplication>

#include <optional>

namespace saylau {

class CampaignStore;

// The random sample of precincts of each contest (migration 7): its design, strata and members. One sample
// per contest; saving replaces the previous one in one transaction.
class SampleStore
{
    Q_DECLARE_TR_FUNCTIONS(SampleStore)

public:
    static void save(CampaignStore &store, const SampleDesign &design);
    static std::optional<SampleDesign> load(const CampaignStore &store, const QString &contestId);
};

} // namespace saylau
