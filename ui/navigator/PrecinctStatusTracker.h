#pragma once

#include "analysis/PrecinctStatusIndex.h"

#include <QObject>
#include <QString>

#include <memory>

namespace saylau {

class CampaignStore;
class EntryStore;
class FormEvaluator;
class TotalsCache;

// Keeps a PrecinctStatusIndex true for one contest: read once, then each saved protocol updates its precinct
// and a change of the tree or an import reads it all again, as the store's notifier announces them. The main
// window and the entry window mark the same statuses from the same source. The main window's tracker follows
// the open campaign (setCampaign), the entry window's stays on the store it was made for.
class PrecinctStatusTracker : public QObject
{
    Q_OBJECT

public:
    // store may be nullptr: no campaign, no statuses until setCampaign.
    explicit PrecinctStatusTracker(CampaignStore *store, QObject *parent = nullptr);
    ~PrecinctStatusTracker() override;

    // Another campaign (or none): every status is forgotten until setContest reads them for it. With the
    // campaign's kept sums (TotalsCache, which must outlive their use here) the tree is read from them.
    void setCampaign(CampaignStore *store, TotalsCache *totals = nullptr);

    // Reads every status of the contest. Throws SaylauError when the store or the form cannot be read.
    void setContest(const QString &contestId);
    QString contestId() const { return m_contestId; }
    const PrecinctStatusIndex &index() const { return m_index; }

signals:
    // One precinct's status may have changed, or every status (precinctId 0).
    void statusesChanged(qint64 precinctId);
    void failed(const QString &message);

private:
    void protocolsChanged(const QString &contestId, qint64 territoryId);
    void rebuild();

    CampaignStore *m_store = nullptr;
    TotalsCache *m_totals = nullptr;
    std::unique_ptr<EntryStore> m_entries;
    std::unique_ptr<FormEvaluator> m_evaluator;
    QString m_contestId;
    PrecinctStatusIndex m_index;
};

} // namespace saylau
