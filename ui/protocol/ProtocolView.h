#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;

namespace saylau {

class CampaignStore;
class OverviewPane;
class PrecinctStatusIndex;
class ProtocolFiguresModel;
class RelationCheckModel;
class TotalsCache;

// The read-only view of what is known about one territory in one contest: its protocols side by side and the
// form's control relations checked against each. Later the entry form (issue 4) sits beside it.
class ProtocolView : public QWidget
{
    Q_OBJECT

public:
    explicit ProtocolView(QWidget *parent = nullptr);

    // The store and its sums outlive the view's use of them (OpenCampaign tells the view before closing one).
    // nullptr clears it.
    void setCampaign(const CampaignStore *store, TotalsCache *totals);
    // A protocol or form the core cannot read is reported inside the view, not thrown.
    void showTerritory(const QString &contestId, qint64 territoryId);
    // The entry statuses the overview of a region or district counts (nullptr: not shown).
    void setStatusIndex(const PrecinctStatusIndex *statuses);

    ProtocolFiguresModel *figuresModel() const { return m_figuresModel; }
    RelationCheckModel *relationModel() const { return m_relationModel; }

signals:
    // A precinct chosen from a list the overview opened (its counts are links).
    void precinctChosen(const QString &contestId, qint64 precinctId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showCurrent();
    void retranslateUi();

    const CampaignStore *m_store = nullptr;
    QString m_contestId;
    qint64 m_territoryId = 0;

    QLabel *m_title;
    QLabel *m_address;
    QLabel *m_summary;
    QLabel *m_relationsTitle;
    QSplitter *m_tables;
    QTableView *m_figuresView;
    QTableView *m_relationsView;
    ProtocolFiguresModel *m_figuresModel;
    RelationCheckModel *m_relationModel;
    OverviewPane *m_overview;
};

} // namespace saylau
