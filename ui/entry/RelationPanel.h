#pragma once

#include "domain/Figures.h"
#include "forms/FormEvaluator.h"

#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;

namespace saylau {

// The form's control relations checked live against what has been typed: one row per relation with ✓ or ✗
// and the exact difference ("line 2 = 3 + 6: 1 600 ≠ 1 509, short by 91"). A form has a handful of
// relations, so a list widget is enough.
class RelationPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int StatusRole = Qt::UserRole + 1;

    explicit RelationPanel(QWidget *parent = nullptr);
    ~RelationPanel() override;

    // Throws SaylauError when a formula of the form cannot be read.
    void setContest(const Contest &contest);
    void evaluate(const Figures &figures);

    // The slots of every failing relation, for highlighting the fields.
    QSet<int> failingSlots() const { return m_failingSlots; }
    int errorCount() const { return m_errorCount; }
    QListWidget *list() const { return m_list; }
    const FormEvaluator *evaluator() const { return m_evaluator.get(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QListWidget *m_list;
    std::unique_ptr<FormEvaluator> m_evaluator;
    Figures m_figures;
    QSet<int> m_failingSlots;
    int m_errorCount = 0;
};

} // namespace saylau
