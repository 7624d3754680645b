#include "RestoreBackupDialog.h"

#include "common/ErrorPresenter.h"
#include "analysis/NumberFormat.h"
#include "domain/SaylauError.h"
#include "storage/OnlineBackup.h"

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

namespace saylau {

RestoreBackupDialog::RestoreBackupDialog(const BackupFolder &folder, const QString &campaignPath, QWidget *parent)
    : QDialog(parent)
    , m_entries(folder.entries())
    , m_campaignPath(campaignPath)
    , m_table(new QTableWidget(int(m_entries.size()), 3, this))
    , m_restoreButton(new QPushButton(tr("&Restore…"), this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from Backup"));
    auto *layout = new QVBoxLayout(this);
    auto *where = new QLabel(m_entries.isEmpty()
                                 ? tr("No backups of this campaign yet in %1.").arg(QDir::toNativeSeparators(folder.folder()))
                                 : tr("Backups of this campaign in %1, newest first. A backup is restored into a new "
                                      "file; the open campaign is not changed.")
                                       .arg(QDir::toNativeSeparators(folder.folder())),
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
        // To the second: backups minutes apart, or taken on close right after the timer's, must differ.
        const QStringList cells = {entry.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
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
    const QFileInfo campaign(m_campaignPath);
    const QString suggested = campaign.dir().filePath(
        tr("%1-restored-%2.db").arg(campaign.completeBaseName(), entry.takenAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    // Overwriting is refused below with a reason; the dialog's own "replace?" would only ask the wrong question.
    const QString target = QFileDialog::getSaveFileName(this, tr("Restore Into a New File"), suggested,
                                                        tr("SaylauDesk campaigns (*.db)"), nullptr,
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
           nullptr, qMax(0, entry.protocols))
            .arg(m_table->item(row, 0)->text(), QDir::toNativeSeparators(target));
    if (QMessageBox::question(this, windowTitle(), question) != QMessageBox::Yes)
        return;
    if (!ErrorPresenter::attempt(this, windowTitle(), [&] { OnlineBackup::restore(entry.path, target); }))
        return;
    m_restored = target;
    accept();
}

} // namespace saylau
