#pragma once

// A new campaign file with one contest on a preset form, for the tests of importing files into it.

#include "io/PresetLibrary.h"
#include "storage/CampaignStore.h"

#include <memory>

namespace saylau::test {

// No territory; the preset's ballot when ballotId is given, else an empty ballot.
inline std::unique_ptr<CampaignStore> singleContestCampaign(const QString &path, const QString &contestId,
                                                            const QString &formId, const QString &ballotId = {})
{
    auto store = CampaignStore::create(path);
    Contest contest;
    contest.id = contestId;
    contest.name = contestId;
    contest.form = PresetLibrary::form(formId);
    if (!ballotId.isEmpty())
        contest.ballot = PresetLibrary::ballot(ballotId);
    store->addContest(contest);
    return store;
}

} // namespace saylau::test
