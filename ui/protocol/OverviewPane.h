#pragma once

#include <QString>
#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;

namespace saylau {

class CampaignStore;
class DeferredRefresh;
class OverviewChart;
class PrecinctStatusIndex;
class TotalsCache;

// The country, a region or a district at a glance: the totals of its protocols for each source side by side
// (precincts, voters, turnout, each party's votes and share), how far entry has come, and how many precincts
// differ from the official figures. Follows the campaign: a protocol saved or imported anywhere shows here.
class OverviewPane : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPane(QWidget *parent = nullptr);
    ~OverviewPane() override;

    // nullptr: none. The store, its sums and the index must outlive their use here; without sums of the
    // campaign's (TotalsCache), the pane keeps its own.
    void setCampaign(const CampaignStore *store, TotalsCache *totals = nullptr);
    void setStatusIndex(const PrecinctStatusIndex *statuses);
    // Throws SaylauError when the store cannot be read.
    void showTerritory(const QString &contestId, qint64 territoryId);

    QTableWidget *table() const { return m_table; }
    QLabel *progress() const { return m_progress; }
    OverviewChart *chart() const { return m_chart; }
    // The list behind one of the entry counts (statuses as in the link, "1,2"): the precincts it counts,
    // one to go to. Throws SaylauError when the store cannot be read.
    void openPrecinctList(const QString &statuses);

signals:
    // A precinct chosen from the list behind a count: the navigator goes there.
    void precinctChosen(const QString &contestId, qint64 precinctId);

private:
    void fill();
    void retranslateHeader();

    const CampaignStore *m_store = nullptr;
    const PrecinctStatusIndex *m_statuses = nullptr;
    QString m_contestId;
    qint64 m_territoryId = 0;
    // The sums of the whole contest, one per source, kept up to date as the campaign changes.
    TotalsCache *m_totals = nullptr;
    std::unique_ptr<TotalsCache> m_ownTotals;

    QLabel *m_progress;
    QTableWidget *m_table;
    // What each share is per cent of: the report and the charts may count parties against another base.
    QLabel *m_bases;
    OverviewChart *m_chart;
    DeferredRefresh *m_followStore;
};

} // namespace saylau
