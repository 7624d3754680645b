#include "DoubleEntryDialog.h"

#include "CountLineEdit.h"
#include "common/BrokenRelationsConfirmation.h"
#include "analysis/NumberFormat.h"
#include "analysis/RelationExplanation.h"
#include "forms/RelationBreaks.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace saylau {

DoubleEntryDialog::DoubleEntryDialog(const Contest &contest, const DoubleEntryReconciliation &reconciliation,
                                     const QString &firstOperator, const QString &secondOperator, QWidget *parent)
    : QDialog(parent)
    , m_contest(contest)
    , m_evaluator(contest)
    , m_reconciliation(reconciliation)
    , m_firstOperator(firstOperator)
    , m_secondOperator(secondOperator)
    , m_progress(new QLabel(this))
    , m_breaks(new QLabel(this))
    , m_line(new QLabel(this))
    , m_first(new QPushButton(this))
    , m_second(new QPushButton(this))
    , m_typed(new CountLineEdit(this))
    , m_useTyped(new QPushButton(tr("&Use typed value"), this))
    , m_table(new QTableWidget(this))
    , m_verify(nullptr)
{
    setObjectName(QStringLiteral("doubleEntryDialog"));
    setWindowTitle(tr("Double entry: resolve the differences"));
    m_first->setObjectName(QStringLiteral("takeFirst"));
    m_second->setObjectName(QStringLiteral("takeSecond"));
    m_typed->setObjectName(QStringLiteral("typedValue"));
    m_table->setObjectName(QStringLiteral("mismatchTable"));
    m_line->setWordWrap(true);
    m_line->setStyleSheet(QStringLiteral("font-size: 15px;"));
    m_progress->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_breaks->setObjectName(QStringLiteral("brokenRelations"));
    m_breaks->setWordWrap(true);
    m_breaks->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_breaks->hide();
    for (QPushButton *button : {m_first, m_second})
        button->setStyleSheet(QStringLiteral("font-size: 18px; padding: 10px;"));
    m_typed->setPlaceholderText(tr("what the paper says"));

    auto *choices = new QGridLayout;
    choices->addWidget(m_first, 0, 0);
    choices->addWidget(m_second, 0, 1);
    choices->addWidget(m_typed, 1, 0);
    choices->addWidget(m_useTyped, 1, 1);

    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Line"), firstOperator, secondOperator, tr("Resolved")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setFocusPolicy(Qt::NoFocus);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_verify = buttons->addButton(tr("&Verify protocol"), QDialogButtonBox::AcceptRole);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Ctrl+1 / Ctrl+2 as actions beside the buttons' Alt mnemonics, which not every platform delivers for
    // digits (the offscreen one does not).
    auto *first = new QAction(this);
    first->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(first, &QAction::triggered, this, &DoubleEntryDialog::takeFirst);
    auto *second = new QAction(this);
    second->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(second, &QAction::triggered, this, &DoubleEntryDialog::takeSecond);
    addActions({first, second});
    connect(m_first, &QPushButton::clicked, this, &DoubleEntryDialog::takeFirst);
    connect(m_second, &QPushButton::clicked, this, &DoubleEntryDialog::takeSecond);
    connect(m_useTyped, &QPushButton::clicked, this, &DoubleEntryDialog::takeTyped);
    connect(m_typed, &QLineEdit::returnPressed, this, &DoubleEntryDialog::takeTyped);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row != m_current)
            showMismatch(row);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_breaks);
    layout->addWidget(m_line);
    layout->addLayout(choices);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 520);

    refreshTable();
    showMismatch(m_reconciliation.mismatches().isEmpty() ? -1 : 0);
}

QString DoubleEntryDialog::slotTitle(int slot) const
{
    // Parties are numbered by their ballot position, which the line numbers would be mistaken for.
    if (m_contest.isPartySlot(slot)) {
        const BallotEntry &entry = m_contest.ballot.at(slot - m_contest.lineCount());
        return tr("Party %1: %2").arg(entry.position).arg(entry.name);
    }
    return tr("Line %1: %2").arg(m_contest.slotKey(slot), m_contest.slotLabel(slot));
}

void DoubleEntryDialog::showMismatch(int index)
{
    m_current = index;
    const NumberFormat format(locale());
    const auto text = [&](std::optional<qint64> value) { return value ? format.count(*value) : tr("(empty)"); };
    const int total = int(m_reconciliation.mismatches().size());
    const bool any = index >= 0 && index < total;
    m_first->setEnabled(any);
    m_second->setEnabled(any);
    m_typed->setEnabled(any);
    m_useTyped->setEnabled(any);
    const QStringList broken = brokenRelations();
    m_breaks->setVisible(!broken.isEmpty());
    m_breaks->setText(tr("The resolved figures break %n control relation(s), as the paper protocol may: %1. "
                         "Check the lines again; verifying asks you to confirm it so.",
                         nullptr, int(broken.size()))
                          .arg(broken.join(QStringLiteral("; "))));
    if (!any) {
        m_progress->setText(total == 0 ? tr("Both entries agree on every line.")
                                       : tr("Every difference is resolved: the protocol can be verified."));
        m_line->clear();
        m_first->setText(QString());
        m_second->setText(QString());
        m_verify->setFocus();
        return;
    }
    const DoubleEntryReconciliation::Mismatch &mismatch = m_reconciliation.mismatches().at(index);
    m_progress->setText(tr("Difference %1 of %2 (%3 still open)")
                            .arg(index + 1)
                            .arg(total)
                            .arg(m_reconciliation.unresolvedCount()));
    m_line->setText(slotTitle(mismatch.slot));
    m_first->setText(tr("&1  %1: %2   (Ctrl+1)").arg(m_firstOperator, text(mismatch.first)));
    m_second->setText(tr("&2  %1: %2   (Ctrl+2)").arg(m_secondOperator, text(mismatch.second)));
    m_typed->setValue(std::nullopt);
    m_table->setCurrentCell(index, 0);
    m_first->setFocus();
}

void DoubleEntryDialog::refreshTable()
{
    const NumberFormat format(locale());
    const auto text = [&](std::optional<qint64> value) { return value ? format.count(*value) : tr("(empty)"); };
    const QList<DoubleEntryReconciliation::Mismatch> &mismatches = m_reconciliation.mismatches();
    m_table->setRowCount(int(mismatches.size()));
    for (int row = 0; row < mismatches.size(); ++row) {
        const DoubleEntryReconciliation::Mismatch &m = mismatches.at(row);
        const QStringList cells = {slotTitle(m.slot), text(m.first), text(m.second), m.resolved ? text(m.resolution) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_verify->setEnabled(m_reconciliation.isComplete());
}

void DoubleEntryDialog::resolveCurrent(std::optional<qint64> value)
{
    if (m_current < 0)
        return;
    m_reconciliation.resolve(m_current, value);
    refreshTable();
    // On to the next open difference, wrapping round; none left: the verify button.
    const int total = int(m_reconciliation.mismatches().size());
    for (int step = 1; step <= total; ++step) {
        const int next = (m_current + step) % total;
        if (!m_reconciliation.mismatches().at(next).resolved) {
            showMismatch(next);
            return;
        }
    }
    showMismatch(-1);
}

QStringList DoubleEntryDialog::brokenRelations() const
{
    QStringList explained;
    if (!m_reconciliation.isComplete())
        return explained;
    const RelationBreaks breaks(m_evaluator, m_reconciliation.result());
    const NumberFormat format(locale());
    for (const RelationBreaks::Break &each : breaks.breaks())
        explained.append(RelationExplanation::explain(m_evaluator.relations().at(each.relationIndex), each.outcome,
                                                      format));
    return explained;
}

void DoubleEntryDialog::accept()
{
    if (!m_reconciliation.isComplete())
        return;
    const QStringList broken = brokenRelations();
    if (!broken.isEmpty()) {
        // Stored as verified, such a protocol says two people checked these figures: one more, named step.
        const BrokenRelationsConfirmation::Texts texts{
            tr("Verify a protocol that breaks control relations?"),
            tr("The figures to be verified break %n control relation(s):", nullptr, int(broken.size())),
            tr("Verify only if the paper protocol itself says so; otherwise cancel and check the lines again."),
            tr("&Verify anyway")};
        if (!BrokenRelationsConfirmation::ask(this, texts, broken))
            return;
    }
    m_acknowledgedBreaks = RelationBreaks(m_evaluator, m_reconciliation.result()).formulas();
    QDialog::accept();
}

void DoubleEntryDialog::takeFirst()
{
    if (m_current >= 0)
        resolveCurrent(m_reconciliation.mismatches().at(m_current).first);
}

void DoubleEntryDialog::takeSecond()
{
    if (m_current >= 0)
        resolveCurrent(m_reconciliation.mismatches().at(m_current).second);
}

void DoubleEntryDialog::takeTyped()
{
    resolveCurrent(m_typed->value());
}

} // namespace saylau
