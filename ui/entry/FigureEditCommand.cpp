#include "FigureEditCommand.h"

#include <QCoreApplication>

namespace saylau {

FigureEditCommand::FigureEditCommand(int slot, const QString &lineKey, std::optional<qint64> before,
                                     std::optional<qint64> after, Apply apply)
    : m_slot(slot)
    , m_lineKey(lineKey)
    , m_before(before)
    , m_after(after)
    , m_apply(std::move(apply))
{
    updateText();
}

void FigureEditCommand::updateText()
{
    setText(QCoreApplication::translate("FigureEditCommand", "edit line %1").arg(m_lineKey));
}

bool FigureEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const FigureEditCommand *>(other);
    if (edit->m_slot != m_slot)
        return false;
    m_after = edit->m_after;
    return true;
}

void FigureEditCommand::undo()
{
    m_apply(m_slot, m_before);
}

void FigureEditCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    m_apply(m_slot, m_after);
}

} // namespace saylau
