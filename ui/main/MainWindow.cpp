#include "MainWindow.h"

#include "BackupScheduler.h"
#include "common/ErrorPresenter.h"
#include "LanguageManager.h"
#include "NewCampaignDialog.h"
#include "OpenCampaign.h"
#include "RecentFilesMenu.h"
#include "RestoreBackupDialog.h"
#include "ServerConnectDialog.h"
#include "common/WindowPlacement.h"
#include "charts/ChartsPane.h"
#include "compare/DiscrepancyWindow.h"
#include "entry/EntryWindow.h"
#include "entry/OperatorDialog.h"
#include "exchange/ExchangeActions.h"
#include "import/ImportFlow.h"
#include "domain/BuildInfo.h"
#include "domain/SaylauError.h"
#include "io/PresetLibrary.h"
#include "navigator/NavigatorPane.h"
#include "navigator/PrecinctStatusTracker.h"
#include "navigator/TerritoryEditActions.h"
#include "protocol/ProtocolView.h"
#include "sample/SampleDialog.h"
#include "storage/CampaignStore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace saylau {

namespace {

const QString geometryKey = QStringLiteral("ui/mainWindowGeometry");
const QString splitterKey = QStringLiteral("ui/mainWindowSplitter");

// The campaign's protocol forms, each once, in contest order.
QList<ProtocolForm> formsOf(const CampaignStore &store)
{
    QList<ProtocolForm> forms;
    QSet<QString> seen;
    for (const Contest &contest : store.contests()) {
        if (!seen.contains(contest.form.id))
            forms.append(contest.form);
        seen.insert(contest.form.id);
    }
    return forms;
}

} // namespace

MainWindow::MainWindow(LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_campaign(new OpenCampaign(this))
    , m_syntheticBanner(new QLabel(this))
    , m_fileLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_navigator(new NavigatorPane(this))
    , m_protocolView(new ProtocolView(this))
    , m_territoryActions(new TerritoryEditActions(m_navigator, [this] { return changedBy(); }))
    , m_exchange(new ExchangeActions(this, m_navigator, [this] { return changedBy(); }))
    , m_statusTracker(new PrecinctStatusTracker(nullptr, this))
    , m_backups(new BackupScheduler(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_syntheticBanner->setObjectName(QStringLiteral("syntheticBanner"));
    // Impossible to miss, and impossible to mistake for real results on a screenshot.
    m_syntheticBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3b0; color: #5d4300; border-bottom: 1px solid #d9b300; padding: 6px 10px;"
        " font-weight: bold; }"));
    m_syntheticBanner->setWordWrap(true);
    m_syntheticBanner->hide();

    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_protocolView);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    // The navigator wide enough for whole region names and its four columns at 1366 px.
    m_splitter->setSizes({590, 730});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_syntheticBanner);
    auto *body = new QWidget(central);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->addWidget(m_splitter);
    layout->addWidget(body, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_fileLabel);

    connect(m_navigator, &NavigatorPane::currentChanged, m_protocolView, &ProtocolView::showTerritory);
    connect(m_protocolView, &ProtocolView::precinctChosen, this, [this](const QString &contestId, qint64 precinctId) {
        ErrorPresenter::attempt(this, [&] { m_navigator->select(contestId, precinctId); });
    });
    m_navigator->setStatusTracker(m_statusTracker);
    m_protocolView->setStatusIndex(&m_statusTracker->index());
    // Who follows the open campaign, in the order they must hear of a new one: the windows over the old one
    // close and the campaign going away is backed up while it is still open; the statuses are forgotten before
    // the navigator reads them for its contest; the protocol view takes the store before the navigator tells
    // it where the person stands.
    connect(m_campaign, &OpenCampaign::replaced, this, &MainWindow::campaignReplaced);
    connect(m_campaign, &OpenCampaign::replaced, m_backups, &BackupScheduler::setCampaign);
    connect(m_campaign, &OpenCampaign::replaced, m_statusTracker,
            [this](CampaignStore *store) { m_statusTracker->setCampaign(store, m_campaign->totals()); });
    connect(m_campaign, &OpenCampaign::replaced, m_protocolView,
            [this](const CampaignStore *store) { m_protocolView->setCampaign(store, m_campaign->totals()); });
    connect(m_campaign, &OpenCampaign::replaced, m_territoryActions, &TerritoryEditActions::setCampaign);
    connect(m_campaign, &OpenCampaign::replaced, m_navigator,
            [this](const CampaignStore *store) {
                m_navigator->setCampaign(store, m_campaign->totals());
                // Queued: the columns take their widths from the rows once the view has laid them out.
                QTimer::singleShot(0, this, &MainWindow::widenNavigatorToItsColumns);
            });
    // After the navigator: the conflicts it marks belong to the tree it has just read.
    connect(m_campaign, &OpenCampaign::replaced, m_exchange, &ExchangeActions::setCampaign);
    connect(m_backups, &BackupScheduler::backedUp, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Backup saved: %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    // Stays on screen until the next message: a backup that keeps failing must not go unnoticed.
    connect(m_backups, &BackupScheduler::failed, this,
            [this](const QString &message) { statusBar()->showMessage(tr("Backup failed: %1").arg(message)); });

    createMenus();
    retranslateUi();
    WindowPlacement::fit(this, QSize(1320, 820));
    const QSettings settings;
    if (restoreGeometry(settings.value(geometryKey).toByteArray()))
        WindowPlacement::keepWithinScreen(this);
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_backups->backUpIfChanged();
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(splitterKey, m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow()
{
    // Every pane lets go of the store before it is closed.
    m_campaign->close();
}

CampaignStore *MainWindow::store() const
{
    return m_campaign->store();
}

const CampaignStore *MainWindow::campaign() const
{
    return store();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newCampaign);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openCampaignDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_connectAction = m_fileMenu->addAction(QString(), this, &MainWindow::connectToServer);
    m_connectAction->setObjectName(QStringLiteral("connectServerAction"));
    m_recentMenu = new RecentFilesMenu(m_fileMenu);
    m_fileMenu->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentFilesMenu::fileChosen, this, &MainWindow::openCampaign);
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::importResults);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_restoreAction = m_fileMenu->addAction(QString(), this, &MainWindow::restoreFromBackup);
    m_restoreAction->setObjectName(QStringLiteral("restoreBackupAction"));
    m_fileMenu->addActions({m_exchange->sendAction(), m_exchange->receiveAction()});
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::languages()) {
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(code));
        action->setObjectName(QStringLiteral("languageAction_") + code);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == m_languages.current());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { m_languages.choose(code); });
    }
    m_backupIntervalMenu = m_settingsMenu->addMenu(QString());
    m_backupIntervalGroup = new QActionGroup(this);
    for (const int minutes : {5, 10, 30, 60}) {
        QAction *action = m_backupIntervalMenu->addAction(QString());
        action->setObjectName(QStringLiteral("backupEvery_%1").arg(minutes));
        action->setData(minutes);
        action->setCheckable(true);
        action->setChecked(minutes == BackupScheduler::intervalMinutes());
        m_backupIntervalGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, minutes] { m_backups->setIntervalMinutes(minutes); });
    }

    m_protocolsMenu = menuBar()->addMenu(QString());
    m_entryAction = m_protocolsMenu->addAction(QString(), this, &MainWindow::showEntry);
    m_entryAction->setObjectName(QStringLiteral("entryAction"));
    m_entryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_protocolsMenu->addAction(m_exchange->resolveAction());

    m_reportsMenu = menuBar()->addMenu(QString());
    m_chartsAction = m_reportsMenu->addAction(QString(), this, &MainWindow::showCharts);
    m_chartsAction->setObjectName(QStringLiteral("chartsAction"));
    m_discrepanciesAction = m_reportsMenu->addAction(QString(), this, &MainWindow::showDiscrepancies);
    m_discrepanciesAction->setObjectName(QStringLiteral("discrepanciesAction"));
    m_sampleAction = m_reportsMenu->addAction(QString(), this, &MainWindow::showSample);
    m_sampleAction->setObjectName(QStringLiteral("sampleAction"));

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::about);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New…"));
    m_openAction->setText(tr("&Open…"));
    m_connectAction->setText(tr("Connect to &Server…"));
    m_importAction->setText(tr("&Import…"));
    m_restoreAction->setText(tr("Restore from &Backup…"));
    m_backupIntervalMenu->setTitle(tr("&Back Up Every"));
    for (QAction *action : m_backupIntervalGroup->actions())
        action->setText(tr("%n minute(s)", nullptr, action->data().toInt()));
    m_quitAction->setText(tr("&Quit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_protocolsMenu->setTitle(tr("&Protocols"));
    m_entryAction->setText(tr("&Enter Protocols…"));
    m_reportsMenu->setTitle(tr("&Reports"));
    m_chartsAction->setText(tr("&Charts…"));
    m_discrepanciesAction->setText(tr("&Discrepancies…"));
    m_sampleAction->setText(tr("&Sample of Precincts…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About SaylauDesk"));
    m_syntheticBanner->setText(
        tr("Synthetic demo data: these figures were generated for demonstration and are not real election results."));
    m_exchange->retranslate();
    updateCampaignLabels();
}

void MainWindow::updateCampaignLabels()
{
    m_restoreAction->setEnabled(store() != nullptr);
    if (!store()) {
        setWindowTitle(tr("SaylauDesk"));
        m_syntheticBanner->hide();
        m_fileLabel->clear();
        return;
    }
    setWindowTitle(tr("%1 — SaylauDesk").arg(m_election.displayName()));
    m_syntheticBanner->setVisible(m_election.synthetic);
    m_fileLabel->setText(QDir::toNativeSeparators(store()->path()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The language may also change from elsewhere (a second window): keep the menu's check in step.
        for (QAction *action : m_languageGroup->actions())
            action->setChecked(action->data().toString() == m_languages.current());
    }
    QMainWindow::changeEvent(event);
}

QString MainWindow::changedBy()
{
    // The history of the tree names a person: the operator this computer knows, or asked once.
    const QString remembered = OperatorDialog::rememberedOperator();
    return remembered.isEmpty() ? OperatorDialog::choose(this) : remembered;
}

void MainWindow::adoptCampaign(std::unique_ptr<CampaignStore> store)
{
    // Read before anything on screen changes: a file that fails here leaves the current campaign open.
    m_election = store->election();
    m_campaign->replace(std::move(store));
    // Ready for the arrow keys: the tree is where a session starts.
    m_navigator->treeView()->setFocus();
}

void MainWindow::campaignReplaced(CampaignStore *store)
{
    // The entry and comparison windows hold the previous campaign's store and figures: they go with it.
    delete m_discrepancyWindow;
    m_discrepancyWindow = nullptr;
    delete m_entryWindow;
    m_entryWindow = nullptr;
    if (!store)
        m_election = Election();
    updateCampaignLabels();
}

bool MainWindow::openCampaign(const QString &path)
{
    if (!ErrorPresenter::attempt(this, [&] { adoptCampaign(CampaignStore::open(path)); }))
        return false;
    m_recentMenu->addFile(path);
    return true;
}

void MainWindow::restoreFromBackup()
{
    if (!store())
        return;
    // The backups listed include everything up to now.
    m_backups->backUpIfChanged();
    QString restored;
    ErrorPresenter::attempt(this, [&] {
        RestoreBackupDialog dialog(m_backups->campaignBackups(), m_backups->folder().folder(), store()->path(), this);
        if (dialog.exec() == QDialog::Accepted)
            restored = dialog.restoredPath();
    });
    if (!restored.isEmpty())
        openCampaign(restored);
}

void MainWindow::openCampaignDialog()
{
    const QString folder = store() ? QFileInfo(store()->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Campaign"), folder,
                                                      tr("SaylauDesk campaigns (*.saylau *.db);;All files (*)"));
    if (!path.isEmpty())
        openCampaign(path);
}

void MainWindow::connectToServer()
{
    ServerConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString address;
    if (ErrorPresenter::attempt(this, [&] { address = dialog.address(); }))
        openCampaign(address);
}

void MainWindow::newCampaign()
{
    NewCampaignDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!ErrorPresenter::attempt(this, [&] {
            adoptCampaign(PresetLibrary::createCampaign(dialog.filePath(), dialog.preset()));
        }))
        return;
    m_recentMenu->addFile(dialog.filePath());
}

void MainWindow::showCharts()
{
    if (!m_chartsPane) {
        m_chartsPane = new ChartsPane(this);
        m_chartsPane->setWindowFlag(Qt::Window);
        WindowPlacement::fit(m_chartsPane, QSize(1400, 820));
        m_chartsPane->setCampaign(store(), m_campaign->totals());
        connect(m_campaign, &OpenCampaign::replaced, m_chartsPane,
                [this](CampaignStore *store) { m_chartsPane->setCampaign(store, m_campaign->totals()); });
    }
    m_chartsPane->setWindowTitle(tr("Charts — SaylauDesk"));
    WindowPlacement::bringBack(m_chartsPane);
}

void MainWindow::showEntry()
{
    if (!store())
        return;
    if (!m_entryWindow) {
        const QString operatorName = OperatorDialog::choose(this);
        if (operatorName.isEmpty())
            return;
        if (!ErrorPresenter::attempt(this, [&] {
                m_entryWindow = new EntryWindow(*store(), operatorName, m_campaign->totals(), this);
                m_entryWindow->setWindowFlag(Qt::Window);
                m_entryWindow->show();
                m_entryWindow->offerDraftRestore();
            }))
            return;
    }
    WindowPlacement::bringBack(m_entryWindow);
}

void MainWindow::importResults()
{
    if (!store())
        return;
    // The views hear of what the import changed through the store's notifier; this only shows its contest.
    ImportFlow flow(*store(), this);
    if (flow.exec(m_navigator->currentContestId()))
        ErrorPresenter::attempt(this, [&] { m_navigator->select(flow.contestId(), m_navigator->currentTerritoryId()); });
}

void MainWindow::showDiscrepancies()
{
    if (!store())
        return;
    const bool shown = ErrorPresenter::attempt(this, [this] {
        if (!m_discrepancyWindow) {
            m_discrepancyWindow = new DiscrepancyWindow(*store(), this);
            m_discrepancyWindow->setWindowFlag(Qt::Window);
            WindowPlacement::fit(m_discrepancyWindow, QSize(1400, 820));
        }
        m_discrepancyWindow->setContest(m_navigator->currentContestId());
    });
    if (!shown)
        return;
    WindowPlacement::bringBack(m_discrepancyWindow);
}

void MainWindow::showSample()
{
    if (!store())
        return;
    ErrorPresenter::attempt(this, [this] {
        SampleDialog dialog(*store(), m_navigator->currentContestId(), this);
        dialog.exec();
    });
}

void MainWindow::about()
{
    QString text = tr("<h3>SaylauDesk %1</h3><p>A desk for election observer groups: protocols brought from the "
                      "precincts, official figures, their control relations and comparison.</p>")
                       .arg(BuildInfo::version().toHtmlEscaped());
    // The build's identity, for when headquarters asks an office which program made its figures.
    text += tr("<p>Commit %1, built %2<br>Qt %3, SQLite %4</p>")
                .arg(BuildInfo::commit().toHtmlEscaped(), BuildInfo::buildDate().toHtmlEscaped(),
                     BuildInfo::qtVersion().toHtmlEscaped(), BuildInfo::sqliteVersion().toHtmlEscaped());
    QStringList citations;
    try {
        text += provenanceText();
        // The forms' legal sources run to a page: behind "Show Details", so that the box fits a laptop screen.
        for (const ProtocolForm &form : store() ? formsOf(*store()) : QList<ProtocolForm>()) {
            if (!form.citation.isEmpty())
                citations << form.displayName() + QStringLiteral(": ") + form.citation;
        }
    } catch (const SaylauError &error) {
        text += QStringLiteral("<p>%1</p>").arg(error.message().toHtmlEscaped());
    }
    QMessageBox box(QMessageBox::NoIcon, tr("About SaylauDesk"), text, QMessageBox::Ok, this);
    box.setIconPixmap(windowIcon().pixmap(64));
    box.setDetailedText(citations.join(QStringLiteral("\n\n")));
    box.exec();
}

QString MainWindow::provenanceText() const
{
    if (!store())
        return {};
    QString text = tr("<p><b>Open campaign:</b> %1, %2<br>%3</p>")
                       .arg(m_election.displayName().toHtmlEscaped(), QLocale().toString(m_election.date, QLocale::LongFormat),
                            QDir::toNativeSeparators(store()->path()).toHtmlEscaped());
    if (m_election.synthetic)
        text += tr("<p><b>Synthetic demo data.</b> The precinct figures were generated so that the totals match "
                   "published results; no precinct's figures are real.</p>");
    if (!m_election.notes.isEmpty())
        text += QStringLiteral("<p>%1</p>").arg(m_election.notes.toHtmlEscaped());

    // The forms whose lines and control relations come from the law or the CEC's decision (cited in the details).
    QStringList forms;
    for (const ProtocolForm &form : formsOf(*store()))
        forms << QStringLiteral("<b>%1</b>").arg(form.displayName().toHtmlEscaped());
    if (!forms.isEmpty())
        text += tr("<p>Protocol forms:<br>%1</p>").arg(forms.join(QStringLiteral("<br>")));
    return text;
}

void MainWindow::widenNavigatorToItsColumns()
{
    // A country's counts ("○ 1 199" in the entry column) can need more than the default width: the navigator
    // is widened to show its columns whole, never past half the window and never narrower than it was left.
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() != 2)
        return;
    const int wanted = std::min(m_navigator->columnsWidth(), (sizes[0] + sizes[1]) / 2);
    if (sizes[0] >= wanted)
        return;
    sizes[1] -= wanted - sizes[0];
    sizes[0] = wanted;
    m_splitter->setSizes(sizes);
}

} // namespace saylau
