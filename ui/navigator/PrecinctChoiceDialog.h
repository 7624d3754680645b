#pragma once

#include "domain/TerritoryNode.h"

#include <QDialog>
#include <QList>

class QListWidget;

namespace saylau {

class CampaignStore;

// Which of the precincts with the same number is meant: numbers repeat across districts, so the list names
// each one's region and district (and address); arrows and Enter choose, typing a region's first letters
// jumps to it.
class PrecinctChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    // Throws SaylauError when the store cannot be read.
    PrecinctChoiceDialog(const CampaignStore &store, const QList<TerritoryNode> &precincts, QWidget *parent = nullptr);

    // 0 when cancelled.
    qint64 chosenId() const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
};

} // namespace saylau
