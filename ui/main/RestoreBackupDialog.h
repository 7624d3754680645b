#pragma once

#include "storage/BackupFolder.h"

#include <QDialog>
#include <QList>
#include <QString>

class QPushButton;
class QTableWidget;

namespace saylau {

// File → Restore from Backup…: the open campaign's backups (when taken, size, protocols), newest first, or a
// backup file the user chooses (one `saylau backup --to DIR` wrote); the backup is restored into a new file the
// user names, after a confirmation, and never over an existing file (least of all the open campaign).
// restoredPath() is then the file to open.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    // entries: the campaign's backups (BackupScheduler::campaignBackups); folder: where new ones go.
    RestoreBackupDialog(const QList<BackupFolder::Entry> &entries, const QString &folder, const QString &campaignPath,
                        QWidget *parent = nullptr);

    QString restoredPath() const { return m_restored; }

private:
    void restoreSelected();
    void restoreChosenFile();
    // takenAt: when the backup was taken, as the question shows it; stamp: the same in the proposed file name.
    void restore(const QString &backup, const QString &takenAt, const QString &stamp, int protocols);

    QList<BackupFolder::Entry> m_entries;
    QString m_campaignPath;
    QString m_restored;
    QTableWidget *m_table;
    QPushButton *m_restoreButton;
};

} // namespace saylau
