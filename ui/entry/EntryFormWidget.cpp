#include "EntryFormWidget.h"

#include "CountLineEdit.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace saylau {

EntryFormWidget::EntryFormWidget(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("entryForm"));
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(4);
    setStyleSheet(QStringLiteral(
        "saylau--CountLineEdit { font-size: 15px; padding: 2px 4px; }"
        "saylau--CountLineEdit[relationFailed=\"true\"] { background: #fde2e1; border: 2px solid #c62828; }"
        "QLabel#lineNumber { font-weight: bold; color: #37474f; }"
        "QLabel#partiesHeader { font-weight: bold; padding-top: 8px; }"));
}

void EntryFormWidget::setContest(const Contest &contest)
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_fields.clear();
    m_partiesHeader = nullptr;
    m_contest = contest;

    int row = 0;
    QWidget *previous = nullptr;
    const auto addRow = [&](const QString &number, const QString &label, int slot) {
        auto *numberLabel = new QLabel(number, this);
        numberLabel->setObjectName(QStringLiteral("lineNumber"));
        numberLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *textLabel = new QLabel(label, this);
        textLabel->setWordWrap(true);
        auto *edit = new CountLineEdit(this);
        edit->setObjectName(QStringLiteral("field_") + contest.slotKey(slot));
        edit->setMinimumWidth(130);
        edit->setMaximumWidth(170);
        edit->setAccessibleName(number + QLatin1Char(' ') + label);
        textLabel->setBuddy(edit);
        m_grid->addWidget(numberLabel, row, 0);
        m_grid->addWidget(textLabel, row, 1);
        m_grid->addWidget(edit, row, 2);
        ++row;
        m_rowWidgets << numberLabel << textLabel << edit;
        m_fields.append(edit);
        if (previous)
            setTabOrder(previous, edit);
        previous = edit;
        connect(edit, &CountLineEdit::valueEdited, this,
                [this, slot](std::optional<qint64> before, std::optional<qint64> after) {
                    emit figureEdited(slot, before, after);
                });
    };

    for (int slot = 0; slot < contest.lineCount(); ++slot)
        addRow(contest.form.lines.at(slot).key, contest.slotLabel(slot), slot);
    if (!contest.ballot.isEmpty()) {
        m_partiesHeader = new QLabel(this);
        m_partiesHeader->setObjectName(QStringLiteral("partiesHeader"));
        m_grid->addWidget(m_partiesHeader, row++, 0, 1, 3);
        m_rowWidgets << m_partiesHeader;
    }
    for (int i = 0; i < contest.ballot.size(); ++i) {
        const BallotEntry &entry = contest.ballot.at(i);
        addRow(QString::number(entry.position), entry.displayName(), contest.partySlot(i));
    }
    m_grid->setRowStretch(row, 1);
    retranslateUi();
}

Figures EntryFormWidget::figures() const
{
    Figures figures(int(m_fields.size()));
    for (int slot = 0; slot < m_fields.size(); ++slot)
        figures.set(slot, m_fields.at(slot)->value());
    return figures;
}

void EntryFormWidget::setFigures(const Figures &figures)
{
    for (int slot = 0; slot < m_fields.size(); ++slot)
        m_fields.at(slot)->setValue(figures.value(slot));
}

void EntryFormWidget::setFigure(int slot, std::optional<qint64> value)
{
    if (CountLineEdit *edit = m_fields.value(slot))
        edit->setValue(value);
}

void EntryFormWidget::setHighlightedSlots(const QSet<int> &highlighted)
{
    for (int slot = 0; slot < m_fields.size(); ++slot)
        m_fields.at(slot)->setRelationFailed(highlighted.contains(slot));
}

void EntryFormWidget::focusFirstField()
{
    if (m_fields.isEmpty())
        return;
    CountLineEdit *first = m_fields.constFirst();
    const auto focus = [first] {
        first->setFocus(Qt::OtherFocusReason);
        first->selectAll();
    };
    // Fields just made for another form are shown by their layout on the next turn of the event loop, and a
    // hidden field does not take the focus: then it is given once it is shown.
    if (!first->isVisible() && isVisible())
        QMetaObject::invokeMethod(first, focus, Qt::QueuedConnection);
    else
        focus();
}

void EntryFormWidget::retranslateUi()
{
    if (m_partiesHeader)
        m_partiesHeader->setText(tr("Votes for each party list, in ballot order"));
}

void EntryFormWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace saylau
