#include "ExchangeActions.h"

#include "ConflictResolutionDialog.h"
#include "ReceiveSummaryDialog.h"

#include "common/ErrorPresenter.h"
#include "navigator/NavigatorPane.h"
#include "navigator/TerritoryTreeModel.h"

#include "storage/CampaignNotifier.h"
#include "storage/CampaignStore.h"
#include "storage/ExchangeLedger.h"
#include "storage/PackageMerger.h"
#include "storage/PackageWriter.h"

#include <QAction>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

namespace saylau {

ExchangeActions::ExchangeActions(QWidget *window, NavigatorPane *navigator, std::function<QString()> operatorName)
    : QObject(window)
    , m_window(window)
    , m_navigator(navigator)
    , m_operatorName(std::move(operatorName))
    , m_send(new QAction(this))
    , m_receive(new QAction(this))
    , m_resolve(new QAction(this))
{
    m_send->setObjectName(QStringLiteral("sendPackageAction"));
    m_receive->setObjectName(QStringLiteral("receivePackagesAction"));
    m_resolve->setObjectName(QStringLiteral("resolveConflictsAction"));
    connect(m_send, &QAction::triggered, this, &ExchangeActions::send);
    connect(m_receive, &QAction::triggered, this, &ExchangeActions::receive);
    connect(m_resolve, &QAction::triggered, this, &ExchangeActions::resolveConflicts);
    setCampaign(nullptr);
}

void ExchangeActions::setCampaign(CampaignStore *store)
{
    if (m_store)
        disconnect(&m_store->notifier(), nullptr, this, nullptr);
    m_store = store;
    const bool joined = m_store && !ExchangeLedger(*m_store).siteName().isEmpty();
    m_send->setEnabled(joined);
    m_receive->setEnabled(joined);
    if (m_store) {
        connect(&m_store->notifier(), &CampaignNotifier::protocolsChanged, this, &ExchangeActions::refreshConflicts);
        connect(&m_store->notifier(), &CampaignNotifier::territoryChanged, this, &ExchangeActions::refreshConflicts);
    }
    retranslate();
    refreshConflicts();
}

void ExchangeActions::retranslate()
{
    const bool headquarters =
        m_store && ExchangeLedger(*m_store).role() == ExchangeLedger::Role::Headquarters;
    m_send->setText(headquarters ? tr("&Send Package to an Office…") : tr("&Send to Headquarters…"));
    m_receive->setText(tr("Re&ceive Packages…"));
    m_resolve->setText(tr("Resolve &Conflicts…"));
}

void ExchangeActions::refreshConflicts()
{
    QSet<qint64> precincts;
    if (m_store && !ErrorPresenter::attempt(m_window, [&] { precincts = ExchangeLedger(*m_store).conflictedTerritories(); }))
        precincts.clear();
    if (m_navigator->model())
        m_navigator->model()->setConflicts(precincts);
    m_resolve->setEnabled(!precincts.isEmpty());
}

bool ExchangeActions::send()
{
    if (!m_store)
        return false;
    PackageWriter writer(*m_store);
    const ExchangeLedger ledger(*m_store);
    QString recipient;
    if (ledger.role() == ExchangeLedger::Role::Headquarters) {
        QStringList offices;
        for (const ExchangeLedger::Peer &peer : ledger.peers())
            offices.append(peer.name);
        bool chosen = false;
        recipient = QInputDialog::getItem(m_window, tr("Send Package"), tr("The &office the package is for:"), offices,
                                          0, false, &chosen);
        if (!chosen || recipient.isEmpty())
            return false;
    } else if (!ErrorPresenter::attempt(m_window, [&] { recipient = writer.defaultRecipient(); })) {
        return false;
    }
    const QString suggested = QFileInfo(m_store->path()).absolutePath() + QLatin1Char('/')
                              + QStringLiteral("%1-to-%2-%3.saylau-package")
                                    .arg(ledger.siteName(), recipient,
                                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Send Package"), suggested,
                                                      tr("SaylauDesk packages (*.saylau-package);;All files (*)"));
    if (path.isEmpty())
        return false;
    PackageWriter::Contents contents;
    if (!ErrorPresenter::attempt(m_window, [&] { contents = writer.write(path, recipient, false); }))
        return false;
    QMessageBox::information(
        m_window, tr("Package Ready"),
        tr("The package for %1 carries %2 and %3 (%4 history rows, %5 new precincts or districts, %6 renames, "
           "moves or deletions of them).\n\n%7\n\n"
           "Take it to %1 on a stick, by e-mail or by messenger; it is signed, so any change on the way is refused.")
            .arg(recipient, tr("%n protocol(s)", nullptr, contents.protocols), tr("%n photo(s)", nullptr, contents.photos))
            .arg(contents.history)
            .arg(contents.territory)
            .arg(contents.territoryChanges)
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ExchangeActions::receive()
{
    if (!m_store)
        return false;
    const QStringList paths =
        QFileDialog::getOpenFileNames(m_window, tr("Receive Packages"), QFileInfo(m_store->path()).absolutePath(),
                                      tr("SaylauDesk packages (*.saylau-package);;All files (*)"));
    if (paths.isEmpty())
        return false;
    QList<PackageMerger::Summary> summaries;
    if (!ErrorPresenter::attempt(m_window, [&] { summaries = PackageMerger(*m_store).merge(paths); }))
        return false;
    refreshConflicts();
    ReceiveSummaryDialog(summaries, m_window).exec();
    return true;
}

void ExchangeActions::resolveConflicts()
{
    if (!m_store)
        return;
    ConflictResolutionDialog dialog(*m_store, m_operatorName, m_window);
    dialog.exec();
    refreshConflicts();
}

} // namespace saylau
