#pragma once

#include "forms/DoubleEntryReconciliation.h"
#include "forms/FormEvaluator.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace saylau {

class CountLineEdit;

// The two blind entries of one protocol side by side where they differ, resolved one mismatch at a time: take
// the first operator's value (Ctrl+1), the second's (Ctrl+2), or type what the paper really says. Accepting
// is possible only when every mismatch is resolved; the caller then stores the protocol as verified. Resolved
// figures that break an error-level control relation are named, and confirming them asks once more.
class DoubleEntryDialog : public QDialog
{
    Q_OBJECT

public:
    DoubleEntryDialog(const Contest &contest, const DoubleEntryReconciliation &reconciliation,
                      const QString &firstOperator, const QString &secondOperator, QWidget *parent = nullptr);

    const DoubleEntryReconciliation &reconciliation() const { return m_reconciliation; }
    // The broken relations the person confirmed the protocol with (RelationBreaks::formulas()), once accepted.
    const QStringList &acknowledgedBreaks() const { return m_acknowledgedBreaks; }
    void accept() override;
    int currentMismatch() const { return m_current; }
    QTableWidget *table() const { return m_table; }

    void takeFirst();
    void takeSecond();
    void takeTyped();

private:
    QString slotTitle(int slot) const;
    void resolveCurrent(std::optional<qint64> value);
    void showMismatch(int index);
    void refreshTable();
    // The broken error-level relations of the resolved figures, explained; empty while a difference is open.
    QStringList brokenRelations() const;

    Contest m_contest;
    FormEvaluator m_evaluator;
    QStringList m_acknowledgedBreaks;
    DoubleEntryReconciliation m_reconciliation;
    QString m_firstOperator;
    QString m_secondOperator;
    int m_current = -1;

    QLabel *m_progress;
    QLabel *m_breaks;
    QLabel *m_line;
    QPushButton *m_first;
    QPushButton *m_second;
    CountLineEdit *m_typed;
    QPushButton *m_useTyped;
    QTableWidget *m_table;
    QPushButton *m_verify;
};

} // namespace saylau
