#include "TerritoryEditActions.h"

#include "NavigatorPane.h"
#include "TerritoryNames.h"
#include "TerritoryTreeModel.h"
#include "common/ErrorPresenter.h"
#include "storage/CampaignStore.h"
#include "storage/TerritoryEditor.h"

#include <QAction>
#include <QMessageBox>
#include <QTreeView>

namespace saylau {

TerritoryEditActions::TerritoryEditActions(NavigatorPane *navigator, std::function<QString()> changedBy)
    : QObject(navigator)
    , m_navigator(navigator)
    , m_changedBy(std::move(changedBy))
{
    m_addPrecinct = makeAction(QStringLiteral("addPrecinctAction"), QKeySequence(Qt::Key_Insert),
                               &TerritoryEditActions::addPrecinctHere);
    m_addDistrict = makeAction(QStringLiteral("addDistrictAction"), QKeySequence(Qt::SHIFT | Qt::Key_Insert),
                               &TerritoryEditActions::addDistrict);
    m_rename = makeAction(QStringLiteral("renameTerritoryAction"), QKeySequence(Qt::Key_F2),
                          &TerritoryEditActions::renameCurrent);
    m_move = makeAction(QStringLiteral("moveTerritoryAction"), QKeySequence(), &TerritoryEditActions::moveCurrent);
    m_remove = makeAction(QStringLiteral("deleteTerritoryAction"), QKeySequence(QKeySequence::Delete),
                          &TerritoryEditActions::removeCurrent);
    m_navigator->treeView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_navigator, &NavigatorPane::currentChanged, this, &TerritoryEditActions::updateActions);
    retranslate();
    updateActions();
}

QAction *TerritoryEditActions::makeAction(const QString &objectName, const QKeySequence &key,
                                          bool (TerritoryEditActions::*slot)())
{
    auto *action = new QAction(this);
    action->setObjectName(objectName);
    action->setShortcut(key);
    // Only while the tree has the focus: Delete in a count field must never delete a precinct.
    action->setShortcutContext(Qt::WidgetShortcut);
    connect(action, &QAction::triggered, this, [this, slot] { (this->*slot)(); });
    m_navigator->treeView()->addAction(action);
    return action;
}

void TerritoryEditActions::retranslate()
{
    m_addPrecinct->setText(tr("New &Precinct…"));
    m_addDistrict->setText(tr("New &District…"));
    m_rename->setText(tr("&Rename…"));
    m_move->setText(tr("&Move to…"));
    m_remove->setText(tr("De&lete"));
}

void TerritoryEditActions::setCampaign(CampaignStore *store)
{
    m_store = store;
    updateActions();
}

void TerritoryEditActions::updateActions()
{
    const qint64 current = m_navigator->currentTerritoryId();
    const bool open = m_store != nullptr;
    const QModelIndex index = m_navigator->treeView()->currentIndex();
    const int level = index.isValid() ? index.data(TerritoryTreeModel::LevelRole).toInt() : -1;
    m_addPrecinct->setEnabled(open);
    m_addDistrict->setEnabled(open);
    // The country is the campaign itself: it is neither renamed here nor moved nor deleted.
    const bool below = open && current != 0 && level > int(TerritoryNode::Level::Country);
    m_rename->setEnabled(below);
    m_move->setEnabled(below && level > int(TerritoryNode::Level::Region));
    m_remove->setEnabled(below);
}

bool TerritoryEditActions::run(TerritoryEditDialog::Mode mode, TerritoryNode::Level level, const QString &code)
{
    if (!m_store)
        return false;
    const QString who = m_changedBy();
    if (who.isEmpty())
        return false;
    const QString contestId = m_navigator->currentContestId();
    const qint64 near = m_navigator->currentTerritoryId();
    qint64 made = 0;
    ErrorPresenter::attempt(m_navigator, [&] {
        TerritoryEditDialog dialog(*m_store, who, mode, level, near, m_navigator->window());
        if (!code.isEmpty())
            dialog.setCode(code);
        if (dialog.exec() == QDialog::Accepted)
            made = dialog.result().id;
    });
    if (made == 0)
        return false;
    ErrorPresenter::attempt(m_navigator, [&] { m_navigator->select(contestId, made); });
    return true;
}

bool TerritoryEditActions::addPrecinct(const QString &number)
{
    return run(TerritoryEditDialog::Mode::Add, TerritoryNode::Level::Precinct, number);
}

bool TerritoryEditActions::addPrecinctHere()
{
    return addPrecinct();
}

bool TerritoryEditActions::addDistrict()
{
    return run(TerritoryEditDialog::Mode::Add, TerritoryNode::Level::District, {});
}

bool TerritoryEditActions::renameCurrent()
{
    return m_rename->isEnabled() && run(TerritoryEditDialog::Mode::Edit, TerritoryNode::Level::Precinct, {});
}

bool TerritoryEditActions::moveCurrent()
{
    if (!m_move->isEnabled())
        return false;
    const QModelIndex index = m_navigator->treeView()->currentIndex();
    const auto level = TerritoryNode::Level(index.data(TerritoryTreeModel::LevelRole).toInt());
    return run(TerritoryEditDialog::Mode::Move, level, {});
}

bool TerritoryEditActions::removeCurrent()
{
    if (!m_remove->isEnabled())
        return false;
    const QModelIndex index = m_navigator->treeView()->currentIndex();
    const TerritoryNode node = m_navigator->model()->territory(index);
    const int precincts = index.data(TerritoryTreeModel::PrecinctCountRole).toInt();
    const QString question =
        node.level == TerritoryNode::Level::Precinct
            ? tr("Delete %1?").arg(TerritoryNames::name(node))
            : tr("Delete %1 and the %n precinct(s) in it?", nullptr, precincts).arg(TerritoryNames::name(node));
    if (QMessageBox::question(m_navigator->window(), tr("Delete"), question, QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No)
        != QMessageBox::Yes)
        return false;
    const QString who = m_changedBy();
    if (who.isEmpty())
        return false;
    // A refusal is the usual failure here: the core's sentence says what keeps the node (its protocols).
    return ErrorPresenter::attempt(m_navigator->window(), tr("Delete"),
                                   [&] { TerritoryEditor(*m_store, who).remove(node.id); });
}

} // namespace saylau
