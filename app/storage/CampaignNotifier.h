#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace saylau {

// What changed in an open campaign, said once by whoever wrote it and heard by every view over the same
// store: the main tree, the overview, the comparison table, the charts. No view refreshes another by hand;
// each listens here and reads the store again for what concerns it. On a server campaign every announcement
// also goes to the other programs connected to the same campaign (see relayThrough), and theirs come here
// (see hear): one operator's save updates every other operator's views.
class CampaignNotifier : public QObject
{
    Q_OBJECT

public:
    explicit CampaignNotifier(QObject *parent = nullptr);

    void announceProtocolSaved(const QString &contestId, qint64 territoryId);
    // Many protocols at once (an import): territoryId 0, views re-read the whole contest.
    void announceProtocolsImported(const QString &contestId);
    void announceTerritoryChanged(qint64 territoryId);

    // Where announcements go beyond this program (a server's NOTIFY), as one line of text each.
    void relayThrough(std::function<void(const QString &message)> send);
    // An announcement another program relayed: emitted here as if made here. Lines not understood are
    // ignored (a newer version's announcement, say).
    void hear(const QString &message);

signals:
    // territoryId is the precinct whose protocol changed, or 0 when many did.
    void protocolsChanged(const QString &contestId, qint64 territoryId);
    // A node was added, renamed, moved or deleted (territoryId: the node, which may be gone).
    void territoryChanged(qint64 territoryId);

private:
    std::function<void(const QString &)> m_relay;
};

} // namespace saylau
