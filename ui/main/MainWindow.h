#pragma once

#include "domain/Election.h"

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;

namespace saylau {

class BackupScheduler;
class CampaignStore;
class ChartsPane;
class DiscrepancyWindow;
class EntryWindow;
class ExchangeActions;
class LanguageManager;
class NavigatorPane;
class OpenCampaign;
class PrecinctStatusTracker;
class ProtocolView;
class RecentFilesMenu;
class TerritoryEditActions;

// The desktop program's window over one campaign file: the navigator on the left, what is known about the
// chosen territory on the right. It opens campaigns into OpenCampaign, which the panes follow; it holds no
// SQL, computes nothing itself and refreshes no pane.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a campaign file in place of the current one. A file the core refuses (missing, foreign, corrupt,
    // newer) is reported in a message box with the core's own words, and the current campaign stays open.
    bool openCampaign(const QString &path);
    const CampaignStore *campaign() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    CampaignStore *store() const;
    void createMenus();
    void retranslateUi();
    void adoptCampaign(std::unique_ptr<CampaignStore> store);
    // Follows OpenCampaign::replaced: the windows over the previous campaign close, the labels name the new one.
    void campaignReplaced(CampaignStore *store);
    void updateCampaignLabels();
    void widenNavigatorToItsColumns();
    QString changedBy();

    void newCampaign();
    void openCampaignDialog();
    void connectToServer();
    void about();
    void showCharts();
    void showDiscrepancies();
    void showSample();
    void showEntry();
    void importResults();
    void restoreFromBackup();
    QString provenanceText() const;

    LanguageManager &m_languages;
    // Owns the open store; every pane follows it (see the constructor for the order they are told in).
    OpenCampaign *m_campaign;
    // Read once when the campaign is opened: the title, the banner and About show it.
    Election m_election;

    QLabel *m_syntheticBanner;
    QLabel *m_fileLabel;
    QSplitter *m_splitter;
    NavigatorPane *m_navigator;
    ProtocolView *m_protocolView;
    // Precincts and districts made, renamed, moved and deleted from the navigator.
    TerritoryEditActions *m_territoryActions;
    ExchangeActions *m_exchange;
    // The navigator's status marks (relation errors, differences from official figures), for the open store.
    PrecinctStatusTracker *m_statusTracker;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_reportsMenu = nullptr;
    QAction *m_chartsAction = nullptr;
    QAction *m_discrepanciesAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QMenu *m_protocolsMenu = nullptr;
    QAction *m_entryAction = nullptr;
    // Typing protocols (issue 4), in a window of its own over the same store, made when first asked for.
    EntryWindow *m_entryWindow = nullptr;
    // Observer copies against official figures, in a window of their own, made when first asked for.
    DiscrepancyWindow *m_discrepancyWindow = nullptr;
    // The press charts, in a window of their own, made when first asked for.
    ChartsPane *m_chartsPane = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QMenu *m_backupIntervalMenu = nullptr;
    QActionGroup *m_backupIntervalGroup = nullptr;
    // Rotating backups of the open campaign, on a timer and when it is closed or replaced.
    BackupScheduler *m_backups;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace saylau
