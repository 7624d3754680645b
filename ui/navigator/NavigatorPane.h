#pragma once

#include <QSet>
#include <QString>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace saylau {

class CampaignStore;
class PrecinctStatusIndex;
class PrecinctStatusTracker;
class TerritoryTreeModel;
class TotalsCache;

// The left side of the main window: which contest to look at and where in the territory tree.
class NavigatorPane : public QWidget
{
    Q_OBJECT

public:
    explicit NavigatorPane(QWidget *parent = nullptr);
    ~NavigatorPane() override;

    // Rebuilds the tree and the contest list for another campaign (nullptr: none). The store and its sums must
    // outlive their use here; MainWindow swaps them together. Without sums of the campaign's (TotalsCache), the
    // pane keeps its own. Throws SaylauError when the store cannot be read.
    void setCampaign(const CampaignStore *store, TotalsCache *totals = nullptr);

    QString currentContestId() const;
    // Chooses the contest and the territory as if the user had; false when either is not in this campaign.
    bool select(const QString &contestId, qint64 territoryId);
    // 0 when nothing is selected.
    qint64 currentTerritoryId() const;

    // Entry statuses beside the tree, kept for the current contest (nullptr hides them). The tracker must
    // outlive its use here.
    void setStatusTracker(PrecinctStatusTracker *tracker);
    // Puts the cursor into the precinct-number search box.
    void focusSearch();
    // Selects the precinct with this number in the current contest, asking which one when several districts
    // have it; false when there is none (precinctNotFound is emitted) or the person cancelled.
    bool findPrecinct(const QString &number);

    // A column of the tree this window does without, kept hidden whenever the tree is read again.
    void hideColumn(int column);

    QTreeView *treeView() const { return m_tree; }
    // The pane's width with every shown column whole and no sideways scrolling.
    int columnsWidth() const;
    QLineEdit *searchBox() const { return m_search; }
    TerritoryTreeModel *model() const { return m_model; }

signals:
    // The contest or the territory changed: show what is known there.
    void currentChanged(const QString &contestId, qint64 territoryId);
    // A number was looked for that no precinct has: where precincts are created as protocols arrive, this is
    // the moment to offer creating it.
    void precinctNotFound(const QString &number);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void installModel(TerritoryTreeModel *model);
    void reloadTerritory();
    // Marks the search box: no precinct has this number (empty: takes the mark away).
    void markMissing(const QString &number);
    void statusesChanged(qint64 precinctId);
    void protocolsChanged(const QString &contestId, qint64 territoryId);
    void contestChanged();
    void remember();
    void restore();
    void emitCurrentChanged();

    QLabel *m_contestLabel;
    QComboBox *m_contest;
    QLineEdit *m_search;
    QString m_missingNumber; // marked in m_search as no precinct's
    QTreeView *m_tree;
    QLabel *m_legend;
    const PrecinctStatusIndex *m_statuses = nullptr;
    PrecinctStatusTracker *m_tracker = nullptr;
    QSet<int> m_hiddenColumns;
    TerritoryTreeModel *m_model = nullptr;
    const CampaignStore *m_store = nullptr;
    TotalsCache *m_totals = nullptr;
    std::unique_ptr<TotalsCache> m_ownTotals;
};

} // namespace saylau
