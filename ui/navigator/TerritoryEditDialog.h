#pragma once

#include "domain/TerritoryNode.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace saylau {

class CampaignStore;
class TerritoryLevelFilter;
class TerritoryTreeModel;
class TotalsCache;

// Adds, renames or moves one node of the territory tree. Where a node goes is chosen in a tree of the places
// that may hold it, by keyboard as well (type the first letters of a name, arrows to open a region); Enter
// does it. The change is made here through TerritoryEditor, so a refusal (a number already taken) is shown
// with the dialog still open and nothing typed is lost.
class TerritoryEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit, Move };

    // Add: a new node of `level` under a place chosen starting from `near` (a node or one of its ancestors).
    // Edit: number/name and address of node `near`. Move: a new place for node `near`.
    TerritoryEditDialog(CampaignStore &store, const QString &changedBy, Mode mode, TerritoryNode::Level level,
                        qint64 near, QWidget *parent = nullptr);
    ~TerritoryEditDialog() override;

    void setCode(const QString &code);
    // The node as it now stands (valid after the dialog was accepted).
    const TerritoryNode &result() const { return m_result; }

    QTreeView *placeView() const { return m_places; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *addressEdit() const { return m_address; }

    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void choosePlace(qint64 near);
    qint64 chosenPlace() const;
    void updateButtons();

    CampaignStore &m_store;
    QString m_changedBy;
    Mode m_mode;
    TerritoryNode m_node;
    TerritoryNode m_result;

    QLabel *m_intro;
    QTreeView *m_places = nullptr;
    // What the places' tree counts from.
    std::unique_ptr<TotalsCache> m_totals;
    TerritoryTreeModel *m_model = nullptr;
    TerritoryLevelFilter *m_filter = nullptr;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QDialogButtonBox *m_buttons;
};

} // namespace saylau
