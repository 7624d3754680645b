#pragma once

#include "domain/TerritoryNode.h"

#include <QDialog>
#include <QList>

class QListWidget;

namespace saylau {

class CampaignStore;

// Which precinct of a list is meant: the precincts with the same number (numbers repeat across districts), or
// the precincts behind a count of the overview. Each line names the precinct's region and district (and
// address); arrows and Enter choose, typing a region's first letters jumps to it.
class PrecinctChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    // The precincts that share one number. Throws SaylauError when the store cannot be read.
    PrecinctChoiceDialog(const CampaignStore &store, const QList<TerritoryNode> &precincts, QWidget *parent = nullptr);
    // Any precincts (ids), under the caller's title and sentence. Throws SaylauError.
    PrecinctChoiceDialog(const CampaignStore &store, const QList<qint64> &precinctIds, const QString &title,
                         const QString &intro, QWidget *parent = nullptr);

    // 0 when cancelled.
    qint64 chosenId() const;
    QListWidget *list() const { return m_list; }

private:
    // Lines of "place — address", after the precinct's own name unless every precinct has the same number.
    void fill(const QList<QList<TerritoryNode>> &lineages, bool sameNumber, const QString &title, const QString &intro);

    QListWidget *m_list;
};

} // namespace saylau
