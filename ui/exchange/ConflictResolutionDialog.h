#pragma once

#include "domain/ExchangeConflict.h"
#include "domain/Figures.h"

#include <QDialog>
#include <QList>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace saylau {

class CampaignStore;

// Resolving the protocols changed differently in two places, like the reconciliation of a blind second entry:
// on the left every disputed protocol, on the right its form line by line with one column per version (office,
// operator, time in the header) and a last column with the value chosen. Clicking a version's cell takes that
// value; lines on which the versions differ are marked. Resolve records the choice (ConflictResolver): in the
// history, and as a revision that settles the conflict wherever it travels. Chosen figures that break an
// error-level control relation are named under the table, and resolving with them asks once more.
class ConflictResolutionDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictResolutionDialog(CampaignStore &store, std::function<QString()> operatorName, QWidget *parent = nullptr);

    // The chosen figures of the protocol shown.
    Figures chosen() const { return m_chosen; }

private:
    void reload();
    void showConflict(int row);
    void choose(int line, int version);
    void resolve();
    // The broken error-level relations of the chosen figures, explained.
    QStringList brokenRelations() const;
    void showBrokenRelations();

    CampaignStore &m_store;
    std::function<QString()> m_operatorName;
    QList<ExchangeConflict> m_conflicts;
    QList<Figures> m_versions;
    Figures m_chosen;
    QListWidget *m_list;
    QTableWidget *m_table;
    QLabel *m_who;
    QLabel *m_breaks;
    QPushButton *m_resolveButton;
};

} // namespace saylau
