#pragma once

#include "domain/Contest.h"
#include "domain/HistoryEntry.h"

#include <QDialog>
#include <QList>

class QTreeWidget;

namespace saylau {

// Every save of one protocol, newest first: who, when, the revision, and each changed line or field from
// what to what. A protocol is saved a few dozen times at most, so a tree widget holds it.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // currentRevision: the protocol's revision now; revisions missing from the history were written by
    // something other than typing (an import) and are listed as such.
    HistoryDialog(const Contest &contest, const QString &title, const QList<HistoryEntry> &history,
                  int currentRevision, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

} // namespace saylau
