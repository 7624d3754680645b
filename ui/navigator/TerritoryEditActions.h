#pragma once

#include "TerritoryEditDialog.h"

#include <QObject>
#include <QString>

#include <functional>

class QAction;

namespace saylau {

class CampaignStore;
class NavigatorPane;

// Creating, renaming, moving and deleting precincts and districts from a navigator: its context menu and the
// keys Insert (new precinct), Shift+Insert (new district), F2 (rename), Delete, while the tree has the focus.
// The changes go through TerritoryEditor (checked, kept in the history); the navigator hears of them through
// the store's notifier like every other view, and this only moves the cursor onto what was made.
class TerritoryEditActions : public QObject
{
    Q_OBJECT

public:
    // changedBy names the person for the history; it may ask (and return empty to cancel).
    TerritoryEditActions(NavigatorPane *navigator, std::function<QString()> changedBy);

    // nullptr disables the actions. The store must outlive its use here.
    void setCampaign(CampaignStore *store);

    // Offers a new precinct with this number near the current node; true when it was created (and selected).
    bool addPrecinct(const QString &number = {});
    bool addDistrict();
    bool renameCurrent();
    bool moveCurrent();
    bool removeCurrent();

    void retranslate();

private:
    bool addPrecinctHere();
    QAction *makeAction(const QString &objectName, const QKeySequence &key, bool (TerritoryEditActions::*slot)());
    void updateActions();
    bool run(TerritoryEditDialog::Mode mode, TerritoryNode::Level level, const QString &code);

    NavigatorPane *m_navigator;
    std::function<QString()> m_changedBy;
    CampaignStore *m_store = nullptr;
    QAction *m_addPrecinct;
    QAction *m_addDistrict;
    QAction *m_rename;
    QAction *m_move;
    QAction *m_remove;
};

} // namespace saylau
