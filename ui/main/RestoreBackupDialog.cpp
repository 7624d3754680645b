#include "RestoreBackupDialog.h"

#include "common/ErrorPresenter.h"
#include "analysis/NumberFormat.h"
#include "domain/SaylauError.h"
#include "storage/OnlineBackup.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace saylau {

namespace {

// To the second: backups minutes apart, or taken on close right after the timer's, must differ.
QString takenText(const QDateTime &when)
{
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString nameStamp(const QDateTime &when)
{
    return when.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QList<BackupFolder::Entry> &entries, const QString &folder,
                                         const QString &campaignPath, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_campaignPath(campaignPath)
    , m_table(new QTableWidget(int(m_entries.size()), 3, this))
    , m_restoreButton(new QPushButton(tr("&Restore…"), this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from Backup"));
    auto *layout = new QVBoxLayout(this);
    const bool earlier = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                     [](const BackupFolder::Entry &entry) { return entry.earlier; });
    auto *where = new QLabel(
        (m_entries.isEmpty()
             ? tr("No backups of this campaign yet in %1.").arg(QDir::toNativeSeparators(folder))
             : tr("Backups of this campaign in %1, newest first. A backup is restored into a new file; the open "
                  "campaign is not changed.")
                   .arg(QDir::toNativeSeparators(folder)))
            + (earlier ? QLatin1Char(' ')
                             + tr("Those marked \"earlier\" were kept by an earlier version in a folder shared by every "
                                  "campaign file of this name; only those of this campaign's election are listed.")
                       : QString())
            + QLatin1Char(' ') + tr("Open Backup File… restores any other backup, such as one `saylau backup` wrote."),
        this);
    where->setWordWrap(true);
    layout->addWidget(where);

    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setHorizontalHeaderLabels({tr("Taken"), tr("Size"), tr("Protocols")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    const QLocale locale;
    const NumberFormat numbers(locale);
    for (int row = 0; row < m_entries.size(); ++row) {
        const BackupFolder::Entry &entry = m_entries.at(row);
        const QStringList cells = {entry.earlier ? tr("%1 (earlier)").arg(takenText(entry.takenAt)) : takenText(entry.takenAt),
                                   locale.formattedDataSize(entry.size),
                                   entry.protocols < 0 ? tr("unreadable") : numbers.count(entry.protocols)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (!m_entries.isEmpty())
        m_table->selectRow(0);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setEnabled(!m_entries.isEmpty());
    buttons->addButton(m_restoreButton, QDialogButtonBox::ActionRole);
    connect(m_restoreButton, &QPushButton::clicked, this, &RestoreBackupDialog::restoreSelected);
    auto *openFile = new QPushButton(tr("Open Backup &File…"), this);
    openFile->setObjectName(QStringLiteral("openBackupFileButton"));
    buttons->addButton(openFile, QDialogButtonBox::ActionRole);
    connect(openFile, &QPushButton::clicked, this, &RestoreBackupDialog::restoreChosenFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RestoreBackupDialog::restoreSelected);
    layout->addWidget(buttons);
    resize(560, 360);
}

void RestoreBackupDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const BackupFolder::Entry &entry = m_entries.at(row);
    restore(entry.path, takenText(entry.takenAt), nameStamp(entry.takenAt), entry.protocols);
}

void RestoreBackupDialog::restoreChosenFile()
{
    const QString backup = QFileDialog::getOpenFileName(this, tr("Open Backup File"), BackupFolder::allBackupsFolder(),
                                                        tr("SaylauDesk backups and campaigns (*.db *.saylau);;All files (*)"));
    if (backup.isEmpty())
        return;
    // What `saylau restore` refuses is refused here, before any question: not a campaign, a newer program's file.
    int protocols = 0;
    if (!ErrorPresenter::attempt(this, windowTitle(), [&] { protocols = OnlineBackup::protocolCount(backup); }))
        return;
    // The file's own time: a backup is written once, when it is taken.
    const QDateTime written = QFileInfo(backup).lastModified();
    restore(backup, takenText(written), nameStamp(written), protocols);
}

void RestoreBackupDialog::restore(const QString &backup, const QString &takenAt, const QString &stamp, int protocols)
{
    const QFileInfo campaign(m_campaignPath);
    const QString suggested =
        campaign.dir().filePath(tr("%1-restored-%2.saylau").arg(campaign.completeBaseName(), stamp));
    // Overwriting is refused below with a reason; the dialog's own "replace?" would only ask the wrong question.
    const QString target = QFileDialog::getSaveFileName(this, tr("Restore Into a New File"), suggested,
                                                        tr("SaylauDesk campaigns (*.saylau *.db)"), nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    if (QFileInfo::exists(target)) {
        QMessageBox::warning(this, windowTitle(),
                             QFileInfo(target) == campaign
                                 ? tr("%1 is the open campaign. A backup is restored into a new file only.")
                                       .arg(QDir::toNativeSeparators(target))
                                 : tr("%1 already exists. A backup is restored into a new file only: choose another "
                                      "name.")
                                       .arg(QDir::toNativeSeparators(target)));
        return;
    }
    const QString question =
        tr("Restore the backup taken %1 (%n protocol(s)) into %2 and open it? The open campaign is left as it is.",
           nullptr, qMax(0, protocols))
            .arg(takenAt, QDir::toNativeSeparators(target));
    if (QMessageBox::question(this, windowTitle(), question) != QMessageBox::Yes)
        return;
    if (!ErrorPresenter::attempt(this, windowTitle(), [&] { OnlineBackup::restore(backup, target); }))
        return;
    m_restored = target;
    accept();
}

} // namespace saylau
