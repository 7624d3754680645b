#include "RelationPanel.h"

#include "analysis/RelationExplanation.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace saylau {

RelationPanel::RelationPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
{
    m_list->setObjectName(QStringLiteral("relationList"));
    // Read, not operated: Tab goes from the last count to the source fields, not into this list.
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setWordWrap(true);
    m_list->setStyleSheet(QStringLiteral("QListWidget { font-size: 14px; } QListWidget::item { padding: 3px; }"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    retranslateUi();
}

RelationPanel::~RelationPanel() = default;

void RelationPanel::setContest(const Contest &contest)
{
    m_evaluator = std::make_unique<FormEvaluator>(contest);
    evaluate(Figures(contest.slotCount()));
}

void RelationPanel::evaluate(const Figures &figures)
{
    m_figures = figures;
    m_failingSlots.clear();
    m_errorCount = 0;
    m_list->clear();
    if (!m_evaluator)
        return;
    const QList<FormEvaluator::Outcome> outcomes = m_evaluator->evaluateAll(figures);
    for (int i = 0; i < outcomes.size(); ++i) {
        const FormEvaluator::CompiledRelation &relation = m_evaluator->relations().at(i);
        const FormEvaluator::Outcome &outcome = outcomes.at(i);
        const bool isError = relation.relation.severity == Severity::Error;
        QString mark = QStringLiteral("…");
        QColor colour(0x61, 0x61, 0x61);
        if (outcome.status == FormEvaluator::Outcome::Status::Holds) {
            mark = QStringLiteral("✓");
            colour = QColor(0x1b, 0x5e, 0x20);
        } else if (outcome.violated()) {
            mark = QStringLiteral("✗");
            colour = isError ? QColor(0xb7, 0x1c, 0x1c) : QColor(0xb2, 0x5e, 0x00);
            for (int slot : relation.involvedSlots)
                m_failingSlots.insert(slot);
            if (isError)
                ++m_errorCount;
        }
        QString text = mark + QLatin1Char(' ') + RelationExplanation::explain(relation, outcome);
        if (!isError)
            text += QLatin1Char(' ') + tr("(warning)");
        auto *item = new QListWidgetItem(text, m_list);
        item->setForeground(colour);
        item->setToolTip(relation.relation.note);
        item->setData(StatusRole, int(outcome.status));
    }
}

void RelationPanel::retranslateUi()
{
    m_title->setText(tr("Control relations"));
    evaluate(m_figures);
}

void RelationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace saylau
