#pragma once

#include <QObject>

#include <memory>

namespace saylau {

class CampaignStore;
class TotalsCache;

// The campaign the desktop program has open, and the one place that says when it is replaced: opened, created,
// restored from a backup or closed. Every pane over "the open campaign" follows replaced() instead of being
// re-pointed by the main window; what changes inside the campaign they hear from its store's CampaignNotifier.
class OpenCampaign : public QObject
{
    Q_OBJECT

public:
    explicit OpenCampaign(QObject *parent = nullptr);
    ~OpenCampaign() override;

    CampaignStore *store() const { return m_store.get(); }
    // The open campaign's sums, shared by the overview and the charts (nullptr when none is open).
    TotalsCache *totals() const { return m_totals.get(); }

    // Takes the new campaign (nullptr: none). replaced() is emitted while the previous store still exists, so
    // that a listener can finish with it (a last backup) before it is closed.
    void replace(std::unique_ptr<CampaignStore> store);
    void close();

signals:
    // The campaign now open, or nullptr when none is.
    void replaced(saylau::CampaignStore *store);

private:
    std::unique_ptr<CampaignStore> m_store;
    // Made with the store, before any pane hears of it, so that it hears of every change first.
    std::unique_ptr<TotalsCache> m_totals;
};

} // namespace saylau
