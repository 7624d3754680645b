#include "CountLineEdit.h"

#include "DigitsValidator.h"
#include "analysis/NumberFormat.h"

#include <QKeyEvent>
#include <QStyle>

namespace saylau {

CountLineEdit::CountLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setValidator(new DigitsValidator(this));
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setInputMethodHints(Qt::ImhDigitsOnly);
    connect(this, &QLineEdit::textEdited, this, &CountLineEdit::regroup);
}

std::optional<qint64> CountLineEdit::value() const
{
    return m_value;
}

void CountLineEdit::setValue(std::optional<qint64> value)
{
    m_value = value;
    setText(value ? NumberFormat(locale()).count(*value) : QString());
}

void CountLineEdit::regroup(const QString &text)
{
    // Keep the cursor after the same digit it was after, wherever the separators move.
    const int digitsBeforeCursor = int(DigitsValidator::digitsOf(text.left(cursorPosition())).size());
    const QString digits = DigitsValidator::digitsOf(text);
    const std::optional<qint64> before = m_value;
    m_value = digits.isEmpty() ? std::nullopt : std::optional<qint64>(digits.toLongLong());
    const QString grouped = m_value ? NumberFormat(locale()).count(*m_value) : QString();
    if (grouped != text) {
        setText(grouped);
        int position = 0;
        for (int seen = 0; position < grouped.size() && seen < digitsBeforeCursor; ++position) {
            if (grouped.at(position).isDigit())
                ++seen;
        }
        setCursorPosition(position);
    }
    if (before != m_value)
        emit valueEdited(before, m_value);
}

void CountLineEdit::setRelationFailed(bool failed)
{
    if (failed == m_relationFailed)
        return;
    m_relationFailed = failed;
    setProperty("relationFailed", failed);
    // A dynamic property in a style sheet selector is read when the widget is polished.
    style()->unpolish(this);
    style()->polish(this);
}

bool CountLineEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && !keepsKey(*static_cast<QKeyEvent *>(event))) {
        event->ignore();
        return true;
    }
    return QLineEdit::event(event);
}

bool CountLineEdit::keepsKey(const QKeyEvent &key)
{
    if (!(key.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return true;
    for (const QKeySequence::StandardKey kept :
         {QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste, QKeySequence::SelectAll,
          QKeySequence::MoveToNextWord, QKeySequence::MoveToPreviousWord, QKeySequence::SelectNextWord,
          QKeySequence::SelectPreviousWord, QKeySequence::DeleteStartOfWord, QKeySequence::DeleteEndOfWord}) {
        if (key.matches(kept))
            return true;
    }
    return false;
}

void CountLineEdit::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Down)) {
        focusNextChild();
        event->accept();
        return;
    }
    if (plain && event->key() == Qt::Key_Up) {
        focusPreviousChild();
        event->accept();
        return;
    }
    // The figure is selected when the field gets the focus, so that typing replaces it; a space or a letter
    // would replace it with nothing. Only digits (and editing keys) touch a figure.
    const QString text = event->text();
    if (!text.isEmpty() && text.at(0).isPrint() && !text.at(0).isDigit()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace saylau
