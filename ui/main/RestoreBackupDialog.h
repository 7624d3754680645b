#pragma once

#include "storage/BackupFolder.h"

#include <QDialog>
#include <QList>
#include <QString>

class QPushButton;
class QTableWidget;

namespace saylau {

// File → Restore from Backup…: the open campaign's backups (when taken, size, protocols), newest first; the
// chosen one is restored into a new file the user names, after a confirmation, and never over an existing
// file (least of all the open campaign). restoredPath() is then the file to open.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const BackupFolder &folder, const QString &campaignPath, QWidget *parent = nullptr);

    QString restoredPath() const { return m_restored; }

private:
    void restoreSelected();

    QList<BackupFolder::Entry> m_entries;
    QString m_campaignPath;
    QString m_restored;
    QTableWidget *m_table;
    QPushButton *m_restoreButton;
};

} // namespace saylau
