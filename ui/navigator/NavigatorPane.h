#pragma once

#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QTreeView;

namespace saylau {

class CampaignStore;
class TerritoryTreeModel;

// The left side of the main window: which contest to look at and where in the territory tree.
class NavigatorPane : public QWidget
{
    Q_OBJECT

public:
    explicit NavigatorPane(QWidget *parent = nullptr);

    // Rebuilds the tree and the contest list for another campaign (nullptr: none). The store must outlive
    // its use here; MainWindow swaps both together. Throws SaylauError when the store cannot be read.
    void setCampaign(const CampaignStore *store);

    QString currentContestId() const;
    // Chooses the contest and the territory as if the user had; false when either is not in this campaign.
    bool select(const QString &contestId, qint64 territoryId);
    // 0 when nothing is selected.
    qint64 currentTerritoryId() const;

    QTreeView *treeView() const { return m_tree; }
    TerritoryTreeModel *model() const { return m_model; }

signals:
    // The contest or the territory changed: show what is known there.
    void currentChanged(const QString &contestId, qint64 territoryId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void contestChanged();
    void remember();
    void restore();
    void emitCurrentChanged();

    QLabel *m_contestLabel;
    QComboBox *m_contest;
    QTreeView *m_tree;
    TerritoryTreeModel *m_model = nullptr;
    const CampaignStore *m_store = nullptr;
};

} // namespace saylau
