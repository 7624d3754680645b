#pragma once

#include "entry/EntrySession.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QUndoStack;

namespace saylau {

class AttachmentViewer;
class CampaignStore;
class EntryFormWidget;
class NavigatorPane;
class PrecinctStatusIndex;
class PrecinctStatusTracker;
class TotalsCache;
class RelationPanel;
class TerritoryEditActions;
class SourcePanel;

// Typing protocols from paper: the navigator with each precinct's status on the left, the protocol form in
// paper order with its control relations checked live in the middle, the source (observer, how received,
// remarks, photos) and the photo itself on the right. Everything is reachable from the keyboard: Tab/Enter
// through the lines, Ctrl+S to save, Ctrl+Enter to save and open the next precinct.
class EntryWindow : public QMainWindow
{
    Q_OBJECT

public:
    // totals: the open campaign's kept sums, shared with the main window so that opening reads no second
    // copy of them (nullptr: the window keeps its own).
    EntryWindow(CampaignStore &store, const QString &operatorName, TotalsCache *totals = nullptr,
                QWidget *parent = nullptr);
    ~EntryWindow() override;

    // Shows one precinct's protocol for a contest (the stored one, with this operator's unsaved draft of it
    // restored). A territory that is not a precinct clears the form.
    void openProtocol(const QString &contestId, qint64 territoryId);
    // Ctrl+S. False when nothing was saved (a conflict the person did not resolve, an error).
    bool save();
    // Ctrl+Enter: saves, then opens the next precinct of the same district.
    bool saveAndNext();
    // A blind second entry of the open protocol by this operator; saving it opens the reconciliation.
    void startSecondEntry();
    void showHistory();
    // Another operator takes over at this computer (asked for, and remembered).
    void changeOperator();
    bool attachFile(const QString &path);
    // At start: this operator's unsaved protocols from last time, restored when the person agrees.
    void offerDraftRestore();

    EntrySession &session() { return m_session; }
    EntryFormWidget *form() const { return m_form; }
    RelationPanel *relationPanel() const { return m_relations; }
    SourcePanel *sourcePanel() const { return m_source; }
    AttachmentViewer *viewer() const { return m_viewer; }
    NavigatorPane *navigator() const { return m_navigator; }
    QUndoStack *undoStack() const { return m_undo; }
    const PrecinctStatusIndex &statuses() const;
    TerritoryEditActions *territoryActions() const { return m_territoryActions; }
    bool isSecondEntry() const { return m_secondEntry; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void navigatorChanged(const QString &contestId, qint64 territoryId);
    void figureEdited(int slot, std::optional<qint64> before, std::optional<qint64> after);
    void applyFigure(int slot, std::optional<qint64> value);
    void refreshRelations();
    void refreshStatus();
    void refreshAttachments();
    void showAttachment(qint64 id);
    void attachDialog();
    bool saveSecondEntry();
    bool resolveConflict(const QString &message);
    QString protocolTitle() const;

    CampaignStore &m_store;
    EntrySession m_session;
    PrecinctStatusTracker *m_statusTracker;
    TerritoryEditActions *m_territoryActions;
    bool m_secondEntry = false;
    bool m_loading = false;
    QString m_restoredNote;

    NavigatorPane *m_navigator;
    QLabel *m_title;
    EntryFormWidget *m_form;
    RelationPanel *m_relations;
    SourcePanel *m_source;
    AttachmentViewer *m_viewer;
    QLabel *m_operatorLabel;
    QLabel *m_statusLabel;
    QUndoStack *m_undo;

    QMenu *m_protocolMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveNextAction = nullptr;
    QAction *m_secondEntryAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_attachAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_operatorAction = nullptr;
};

} // namespace saylau
