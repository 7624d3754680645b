#include "EntryWindow.h"

#include "AttachmentViewer.h"
#include "CountLineEdit.h"
#include "DoubleEntryDialog.h"
#include "EntryFormWidget.h"
#include "FigureEditCommand.h"
#include "HistoryDialog.h"
#include "OperatorDialog.h"
#include "RelationPanel.h"
#include "SourcePanel.h"
#include "analysis/NumberFormat.h"
#include "domain/SaveConflict.h"
#include "forms/DoubleEntryReconciliation.h"
#include "common/ErrorPresenter.h"
#include "common/WindowPlacement.h"
#include "navigator/NavigatorPane.h"
#include "navigator/PrecinctStatusTracker.h"
#include "navigator/TerritoryEditActions.h"
#include "navigator/TerritoryNames.h"
#include "navigator/TerritoryTreeModel.h"
#include "storage/AttachmentStore.h"
#include "storage/CampaignNotifier.h"
#include "storage/CampaignStore.h"
#include "storage/ProtocolDiff.h"
#include "storage/TerritorySearch.h"

#include <QAction>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace saylau {

namespace {

const QString geometryKey = QStringLiteral("ui/entryWindowGeometry");
const QString splitterKey = QStringLiteral("ui/entryWindowSplitter/");

} // namespace

EntryWindow::EntryWindow(CampaignStore &store, const QString &operatorName, TotalsCache *totals, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_session(store, operatorName)
    , m_statusTracker(new PrecinctStatusTracker(nullptr, this))
    , m_navigator(new NavigatorPane(this))
    , m_title(new QLabel(this))
    , m_form(new EntryFormWidget(this))
    , m_relations(new RelationPanel(this))
    , m_source(new SourcePanel(this))
    , m_viewer(new AttachmentViewer(this))
    , m_operatorLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("entryWindow"));
    m_title->setObjectName(QStringLiteral("protocolTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: bold; padding: 4px 0;"));
    m_title->setWordWrap(true);
    m_statusLabel->setObjectName(QStringLiteral("protocolStatus"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *formColumn = new QSplitter(Qt::Vertical, this);
    formColumn->setObjectName(QStringLiteral("formColumn"));
    auto *formTop = new QWidget(this);
    auto *formTopLayout = new QVBoxLayout(formTop);
    formTopLayout->setContentsMargins(0, 0, 0, 0);
    formTopLayout->addWidget(m_title);
    formTopLayout->addWidget(scroll, 1);
    formColumn->addWidget(formTop);
    formColumn->addWidget(m_relations);
    formColumn->setStretchFactor(0, 3);
    formColumn->setStretchFactor(1, 1);
    // A form has a handful of relations: the lines get the height.
    formColumn->setSizes({660, 200});

    auto *sourceColumn = new QSplitter(Qt::Vertical, this);
    sourceColumn->setObjectName(QStringLiteral("sourceColumn"));
    sourceColumn->addWidget(m_source);
    sourceColumn->addWidget(m_viewer);
    sourceColumn->setStretchFactor(0, 0);
    sourceColumn->setStretchFactor(1, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("entryColumns"));
    splitter->addWidget(m_navigator);
    splitter->addWidget(formColumn);
    splitter->addWidget(sourceColumn);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    // In proportion on a smaller screen: at 1366 px the precinct names in the tree still read whole.
    splitter->setSizes({480, 560, 400});
    setCentralWidget(splitter);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_operatorLabel);

    // Tab from the last count goes on to the source fields, then back into the form: the navigator and
    // the photo are for the mouse or their own shortcuts.
    m_navigator->setFocusPolicy(Qt::NoFocus);

    connect(m_form, &EntryFormWidget::figureEdited, this, &EntryWindow::figureEdited);
    connect(m_source, &SourcePanel::fieldsEdited, this, [this] {
        if (m_loading || m_secondEntry || !m_session.isOpen())
            return;
        m_session.setSourceFields(m_source->fields());
        refreshStatus();
    });
    connect(m_source, &SourcePanel::attachRequested, this, &EntryWindow::attachDialog);
    connect(m_source, &SourcePanel::attachmentChosen, this, &EntryWindow::showAttachment);
    connect(m_navigator, &NavigatorPane::currentChanged, this, &EntryWindow::navigatorChanged);

    m_territoryActions = new TerritoryEditActions(m_navigator, [this] { return m_session.operatorName(); });
    m_territoryActions->setCampaign(&m_store);
    // A number typed that no precinct has yet: its protocol has arrived first, so the precinct is made now.
    connect(m_navigator, &NavigatorPane::precinctNotFound, m_territoryActions,
            [this](const QString &number) { m_territoryActions->addPrecinct(number); });
    // A rename of the open precinct shows in its heading.
    connect(&m_store.notifier(), &CampaignNotifier::territoryChanged, this, [this] {
        ErrorPresenter::attempt(this, [this] {
            m_title->setText(protocolTitle());
            refreshStatus();
        });
    });

    createActions();
    m_statusTracker->setCampaign(&m_store, totals);
    m_navigator->setCampaign(&m_store, totals);
    m_navigator->setStatusTracker(m_statusTracker);
    // The status counts say more than "with protocols" while typing, and the names need the room.
    m_navigator->hideColumn(TerritoryTreeModel::ReportedColumn);
    retranslateUi();
    navigatorChanged(m_navigator->currentContestId(), m_navigator->currentTerritoryId());
    WindowPlacement::fit(this, QSize(1500, 940));
    const QSettings settings;
    if (restoreGeometry(settings.value(geometryKey).toByteArray()))
        WindowPlacement::keepWithinScreen(this);
    for (QSplitter *each : findChildren<QSplitter *>()) {
        if (!each->objectName().isEmpty())
            each->restoreState(settings.value(splitterKey + each->objectName()).toByteArray());
    }
}

EntryWindow::~EntryWindow()
{
    // The layout a person arranged on their screen is theirs the next time.
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    for (QSplitter *each : findChildren<QSplitter *>()) {
        if (!each->objectName().isEmpty())
            settings.setValue(splitterKey + each->objectName(), each->saveState());
    }
    m_navigator->setCampaign(nullptr);
}

void EntryWindow::createActions()
{
    m_protocolMenu = menuBar()->addMenu(QString());
    m_saveAction = m_protocolMenu->addAction(QString(), this, &EntryWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveNextAction = m_protocolMenu->addAction(QString(), this, &EntryWindow::saveAndNext);
    // Ctrl+Enter on the keypad and Ctrl+Return on the main keys are different keys to Qt.
    m_saveNextAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_protocolMenu->addSeparator();
    m_secondEntryAction = m_protocolMenu->addAction(QString(), this, &EntryWindow::startSecondEntry);
    m_secondEntryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_historyAction = m_protocolMenu->addAction(QString(), this, &EntryWindow::showHistory);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_attachAction = m_protocolMenu->addAction(QString(), this, &EntryWindow::attachDialog);
    m_attachAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_findAction = m_protocolMenu->addAction(QString(), m_navigator, &NavigatorPane::focusSearch);
    m_findAction->setShortcut(QKeySequence::Find);
    m_operatorAction = m_protocolMenu->addAction(QString(), this, &EntryWindow::changeOperator);
    m_operatorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_protocolMenu->addSeparator();
    m_closeAction = m_protocolMenu->addAction(QString(), this, &QWidget::close);
    m_closeAction->setShortcut(QKeySequence::Close);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_undo->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this);
    // Platforms disagree on Redo (Ctrl+Y, Ctrl+Shift+Z): both work here.
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_zoomInAction = m_viewMenu->addAction(QString(), m_viewer, &AttachmentViewer::zoomIn);
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOutAction = m_viewMenu->addAction(QString(), m_viewer, &AttachmentViewer::zoomOut);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_fitAction = m_viewMenu->addAction(QString(), m_viewer, &AttachmentViewer::fitToView);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
}

void EntryWindow::retranslateUi()
{
    m_protocolMenu->setTitle(tr("&Protocol"));
    m_saveAction->setText(tr("&Save"));
    m_saveNextAction->setText(tr("Save and &Next Precinct"));
    m_secondEntryAction->setText(tr("Second &Entry (Blind)…"));
    m_historyAction->setText(tr("&History…"));
    m_attachAction->setText(tr("&Attach Photo…"));
    m_findAction->setText(tr("&Go to Precinct No.…"));
    m_operatorAction->setText(tr("Change &Operator…"));
    m_closeAction->setText(tr("&Close"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_viewMenu->setTitle(tr("&View"));
    m_zoomInAction->setText(tr("Zoom &In on the Photo"));
    m_zoomOutAction->setText(tr("Zoom &Out of the Photo"));
    m_fitAction->setText(tr("&Fit the Photo"));
    m_operatorLabel->setText(tr("Operator: %1").arg(m_session.operatorName()));
    m_title->setText(protocolTitle());
    refreshStatus();
}

void EntryWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void EntryWindow::closeEvent(QCloseEvent *event)
{
    // Nothing to ask: every typed value is already in the draft, offered again at the next start.
    event->accept();
}

const PrecinctStatusIndex &EntryWindow::statuses() const
{
    return m_statusTracker->index();
}

void EntryWindow::navigatorChanged(const QString &contestId, qint64 territoryId)
{
    openProtocol(contestId, territoryId);
}

QString EntryWindow::protocolTitle() const
{
    if (!m_session.isOpen())
        return tr("Choose a precinct in the navigator to enter its protocol.");
    // Numbers repeat across districts: the heading says which precinct of that number this is.
    const QList<TerritoryNode> lineage = TerritorySearch(m_store).lineage(m_session.current().territoryId);
    QString title = tr("%1 — %2").arg(TerritoryNames::withPlace(lineage), m_session.contest().displayName());
    if (m_secondEntry)
        title += QLatin1Char('\n') + tr("Second entry (blind): type the paper protocol again; the first entry stays hidden.");
    return title;
}

void EntryWindow::openProtocol(const QString &contestId, qint64 territoryId)
{
    m_secondEntry = false;
    m_undo->clear();
    m_restoredNote.clear();
    try {
        const std::optional<TerritoryNode> territory = territoryId ? m_store.territory(territoryId) : std::nullopt;
        if (contestId.isEmpty() || !territory || territory->level != TerritoryNode::Level::Precinct) {
            m_session.close();
            m_form->setEnabled(false);
            m_source->setEnabled(false);
            m_viewer->clearImage();
            m_title->setText(protocolTitle());
            refreshStatus();
            return;
        }
        const Contest contest = m_store.contest(contestId);
        if (m_form->contest().id != contestId || m_form->fieldCount() != contest.slotCount()) {
            m_form->setContest(contest);
            m_relations->setContest(contest);
            // After the last count, Tab goes on to where the copy came from, not back to the navigator.
            QList<QWidget *> chain;
            for (int slot = 0; slot < m_form->fieldCount(); ++slot)
                chain << m_form->field(slot);
            chain << m_source->tabChain();
            for (int i = 0; i + 1 < chain.size(); ++i)
                setTabOrder(chain.at(i), chain.at(i + 1));
        }
        ProtocolKey key{contestId, territoryId, SourceKind::Observer, QString()};
        // The first observer copy already in the file, so that typing corrects it rather than adding another.
        for (const Protocol &existing : m_store.protocolsAt(territoryId, contestId)) {
            if (existing.source == SourceKind::Observer) {
                key.copy = existing.copy;
                break;
            }
        }
        m_session.open(contest, key);
        if (const std::optional<ProtocolDraft> &draft = m_session.pendingDraft()) {
            m_restoredNote = tr("Unsaved values typed at %1 were restored.")
                                 .arg(QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat));
            m_session.applyDraft();
        }
    } catch (const SaylauError &error) {
        ErrorPresenter::show(this, error.message());
        return;
    }
    m_loading = true;
    m_form->setEnabled(true);
    m_source->setEnabled(true);
    m_form->setFigures(m_session.current().figures);
    m_source->setFields(m_session.current());
    m_loading = false;
    m_title->setText(protocolTitle());
    refreshRelations();
    refreshAttachments();
    refreshStatus();
    m_form->focusFirstField();
}

void EntryWindow::figureEdited(int slot, std::optional<qint64> before, std::optional<qint64> after)
{
    if (m_loading || !m_session.isOpen())
        return;
    if (!m_secondEntry) {
        m_undo->push(new FigureEditCommand(slot, m_session.contest().slotKey(slot), before, after,
                                           [this](int s, std::optional<qint64> value) { applyFigure(s, value); }));
        m_session.setFigure(slot, after);
    }
    refreshRelations();
    refreshStatus();
}

void EntryWindow::applyFigure(int slot, std::optional<qint64> value)
{
    m_loading = true;
    m_form->setFigure(slot, value);
    m_loading = false;
    m_session.setFigure(slot, value);
    if (CountLineEdit *field = m_form->field(slot))
        field->setFocus(Qt::OtherFocusReason);
    refreshRelations();
    refreshStatus();
}

void EntryWindow::refreshRelations()
{
    m_relations->evaluate(m_form->figures());
    m_form->setHighlightedSlots(m_relations->failingSlots());
}

void EntryWindow::refreshStatus()
{
    m_saveAction->setEnabled(m_session.isOpen());
    m_saveNextAction->setEnabled(m_session.isOpen() && !m_secondEntry);
    m_secondEntryAction->setEnabled(m_session.isOpen() && m_session.exists() && !m_secondEntry);
    m_historyAction->setEnabled(m_session.isOpen() && m_session.exists());
    m_attachAction->setEnabled(m_session.isOpen());
    if (!m_session.isOpen()) {
        m_statusLabel->clear();
        setWindowTitle(tr("Protocol entry — SaylauDesk"));
        return;
    }
    QStringList parts;
    if (m_secondEntry) {
        parts << tr("Second entry by %1").arg(m_session.operatorName());
    } else if (!m_session.exists()) {
        parts << tr("New protocol");
    } else {
        const Protocol &stored = m_session.stored();
        parts << (m_session.entries().status(stored.id) == EntryStatus::Verified
                      ? tr("Verified, revision %1").arg(stored.revision)
                      : tr("Entered by %1, revision %2").arg(stored.enteredBy, QString::number(stored.revision)));
    }
    if (!m_secondEntry && m_session.isModified())
        parts << tr("unsaved changes (kept as a draft)");
    if (const int errors = m_relations->errorCount())
        parts << tr("%n control relation(s) fail: it can be saved, marked as having errors", nullptr, errors);
    if (!m_restoredNote.isEmpty())
        parts << m_restoredNote;
    m_statusLabel->setText(parts.join(QStringLiteral(" · ")));
    setWindowTitle(tr("%1%2 — Protocol entry — SaylauDesk")
                       .arg(protocolTitle().section(QLatin1Char('\n'), 0, 0),
                            m_session.isModified() ? QStringLiteral(" *") : QString()));
}

bool EntryWindow::save()
{
    if (!m_session.isOpen())
        return false;
    if (m_secondEntry)
        return saveSecondEntry();
    if (!m_session.isModified()) {
        // Nothing typed since the protocol was opened or saved: no revision, no history row. True, so that
        // Ctrl+Enter still goes on to the next precinct.
        statusBar()->showMessage(m_session.exists()
                                     ? tr("Nothing changed since revision %1: nothing to save.")
                                           .arg(m_session.stored().revision)
                                     : tr("Nothing typed: nothing to save."),
                                 5000);
        return true;
    }
    Protocol saved;
    try {
        saved = m_session.save();
    } catch (const SaveConflict &conflict) {
        if (!resolveConflict(conflict.message()))
            return false;
        return save();
    } catch (const SaylauError &error) {
        ErrorPresenter::show(this, error.message());
        return false;
    }
    m_restoredNote.clear();
    refreshStatus();
    statusBar()->showMessage(tr("Saved: precinct %1, revision %2")
                                 .arg(protocolTitle().section(QLatin1Char('\n'), 0, 0), QString::number(saved.revision)),
                             5000);
    m_store.notifier().announceProtocolSaved(saved.contestId, saved.territoryId);
    return true;
}

bool EntryWindow::resolveConflict(const QString &message)
{
    const ProtocolKey key = ProtocolKey::of(m_session.current());
    std::optional<ProtocolMerge> merge;
    if (!ErrorPresenter::attempt(this, [&] { merge.emplace(m_session.mergeWithStored()); }))
        return false;
    const NumberFormat format(locale());
    const auto text = [&](const ProtocolChange &change, const QString &value) {
        if (change.kind == ProtocolChange::Kind::Field)
            return value.isEmpty() ? tr("(empty)") : value;
        const std::optional<qint64> number = ProtocolDiff::figureFromText(value);
        return number ? format.count(*number) : tr("(empty)");
    };
    QStringList lines;
    for (const ProtocolMerge::Dispute &dispute : merge->disputes())
        lines << tr("%1: stored %2, yours %3")
                     .arg(dispute.name, text(dispute.change, dispute.change.before),
                          text(dispute.change, dispute.change.after));
    QStringList explanation;
    if (!merge->takenFromStored().isEmpty())
        explanation << tr("Kept as the other save left them (you did not change them): %1.")
                           .arg(merge->takenFromStored().join(QStringLiteral(", ")));
    if (lines.isEmpty())
        explanation << tr("No line was changed by both of you: keeping your values saves your changes and theirs.");
    else
        explanation << tr("Changed by both of you, differently:")
                + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    QMessageBox box(QMessageBox::Warning, tr("Saved by someone else meanwhile"), message, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("conflictBox"));
    box.setInformativeText(explanation.join(QStringLiteral("\n\n")));
    QPushButton *keepMine = box.addButton(tr("Keep &my values"), QMessageBox::AcceptRole);
    QPushButton *takeTheirs = box.addButton(tr("Load the &stored values"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keepMine);
    box.exec();
    if (box.clickedButton() == keepMine) {
        // The person has seen the lines both changed: theirs become the next revision on top of the other
        // save, which keeps every line only the other person changed; the history keeps both.
        m_session.takeMerge(*merge, ProtocolMerge::OnDisputed::KeepMine);
        m_loading = true;
        m_form->setFigures(m_session.current().figures);
        m_source->setFields(m_session.current());
        m_loading = false;
        refreshRelations();
        return true;
    }
    if (box.clickedButton() == takeTheirs) {
        m_session.drafts().remove(key, m_session.operatorName());
        openProtocol(key.contestId, key.territoryId);
    }
    return false;
}

bool EntryWindow::saveAndNext()
{
    if (m_secondEntry || !save())
        return false;
    QTreeView *tree = m_navigator->treeView();
    const QModelIndex current = tree->currentIndex();
    if (!current.isValid())
        return true;
    QAbstractItemModel *model = tree->model();
    const QModelIndex parent = current.parent();
    if (current.row() + 1 >= model->rowCount(parent) && model->canFetchMore(parent))
        model->fetchMore(parent);
    const QModelIndex next = model->index(current.row() + 1, 0, parent);
    if (next.isValid())
        tree->setCurrentIndex(next);
    else
        statusBar()->showMessage(tr("That was the last precinct of this district."), 5000);
    return true;
}

void EntryWindow::startSecondEntry()
{
    if (!m_session.isOpen() || !m_session.exists())
        return;
    if (m_session.stored().enteredBy == m_session.operatorName()) {
        QMessageBox::information(this, tr("Second entry"),
                                 tr("You entered this protocol yourself. The second entry must be typed by another "
                                    "operator, who has not seen the first."));
        return;
    }
    m_secondEntry = true;
    m_undo->clear();
    m_loading = true;
    m_form->setFigures(Figures(m_session.contest().slotCount()));
    m_loading = false;
    m_title->setText(protocolTitle());
    refreshRelations();
    refreshStatus();
    m_form->focusFirstField();
}

bool EntryWindow::saveSecondEntry()
{
    const Protocol first = m_session.stored();
    const Figures second = m_form->figures();
    if (!ErrorPresenter::attempt(this,
                                 [&] { m_session.entries().saveSecondEntry(first.id, m_session.operatorName(), second); }))
        return false;
    const DoubleEntryReconciliation reconciliation(m_session.contest(), first.figures, second);
    auto *dialog = new DoubleEntryDialog(m_session.contest(), reconciliation, first.enteredBy,
                                         m_session.operatorName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, first] {
        ErrorPresenter::attempt(this, [&] {
            const Protocol verified =
                m_session.entries().verify(first, dialog->reconciliation().result(), m_session.operatorName(),
                                           dialog->acknowledgedBreaks());
            m_store.notifier().announceProtocolSaved(verified.contestId, verified.territoryId);
            openProtocol(verified.contestId, verified.territoryId);
            statusBar()->showMessage(tr("The protocol is verified."), 5000);
        });
    });
    // Window-modal but not blocking: the form stays visible behind it for reference.
    dialog->open();
    return true;
}

void EntryWindow::showHistory()
{
    if (!m_session.isOpen() || !m_session.exists())
        return;
    auto *dialog = new HistoryDialog(m_session.contest(), protocolTitle().section(QLatin1Char('\n'), 0, 0),
                                     m_session.entries().history(m_session.stored().id),
                                     m_session.stored().revision, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void EntryWindow::changeOperator()
{
    const QString name = OperatorDialog::choose(this);
    if (name.isEmpty() || name == m_session.operatorName())
        return;
    m_session.setOperatorName(name);
    m_operatorLabel->setText(tr("Operator: %1").arg(name));
    if (m_session.isOpen())
        openProtocol(m_session.current().contestId, m_session.current().territoryId);
}

void EntryWindow::attachDialog()
{
    if (!m_session.isOpen())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a Photo or Scan of the Protocol"), QString(),
                                                      tr("Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;"
                                                         "All files (*)"));
    if (!path.isEmpty())
        attachFile(path);
}

bool EntryWindow::attachFile(const QString &path)
{
    if (!m_session.isOpen())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ErrorPresenter::show(this, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    Attachment attachment;
    attachment.key = ProtocolKey::of(m_session.current());
    attachment.fileName = QFileInfo(path).fileName();
    attachment.mimeType = QMimeDatabase().mimeTypeForFile(path).name();
    attachment.data = file.readAll();
    attachment.addedBy = m_session.operatorName();
    if (!ErrorPresenter::attempt(this, [&] { AttachmentStore(m_store).add(attachment); }))
        return false;
    refreshAttachments();
    return true;
}

void EntryWindow::refreshAttachments()
{
    m_viewer->clearImage();
    if (!m_session.isOpen()) {
        m_source->setAttachments({});
        return;
    }
    QList<Attachment> attachments;
    ErrorPresenter::attempt(this,
                            [&] { attachments = AttachmentStore(m_store).list(ProtocolKey::of(m_session.current())); });
    m_source->setAttachments(attachments);
    if (!attachments.isEmpty())
        showAttachment(attachments.constLast().id);
}

void EntryWindow::showAttachment(qint64 id)
{
    ErrorPresenter::attempt(this, [&] {
        const Attachment attachment = AttachmentStore(m_store).attachment(id);
        if (!m_viewer->showImage(attachment.data))
            statusBar()->showMessage(tr("%1 is not an image this program can show.").arg(attachment.fileName), 5000);
    });
}

void EntryWindow::offerDraftRestore()
{
    const QList<ProtocolDraft> drafts = m_session.drafts().drafts(m_session.operatorName());
    if (drafts.isEmpty())
        return;
    const ProtocolDraft &first = drafts.constFirst();
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Restore unsaved protocols?"),
        tr("%n protocol(s) you typed were not saved (the program was closed or stopped), the first from %1. "
           "Restore them? No discards them.",
           nullptr, int(drafts.size()))
            .arg(QLocale().toString(first.savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        if (!m_navigator->select(first.protocol.contestId, first.protocol.territoryId))
            openProtocol(first.protocol.contestId, first.protocol.territoryId);
        return;
    }
    for (const ProtocolDraft &draft : drafts)
        m_session.drafts().remove(ProtocolKey::of(draft.protocol), draft.operatorName);
}

} // namespace saylau
