#pragma once

#include "../domain/ProtocolDraft.h"
#include "../domain/ProtocolKey.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace saylau {

class CampaignStore;

// Drafts of protocols being typed, one per protocol and operator. Each write is one statement, hence its own
// small transaction: after a crash or a power cut the file holds every field typed before the one in hand.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    explicit DraftStore(CampaignStore &store);

    void save(const ProtocolDraft &draft);
    // Joins the caller's transaction when there is one (a save removes its draft atomically with itself).
    void remove(const ProtocolKey &key, const QString &operatorName);
    std::optional<ProtocolDraft> draft(const ProtocolKey &key, const QString &operatorName) const;
    // The drafts an operator left, oldest first: what the program offers to restore at start.
    QList<ProtocolDraft> drafts(const QString &operatorName) const;

private:
    // The drafts matching condition, its placeholders bound by bind.
    QList<ProtocolDraft> read(const QString &condition, const std::function<void(QSqlQuery &)> &bind) const;

    CampaignStore &m_store;
};

} // namespace saylau
