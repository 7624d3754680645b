#pragma once

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace saylau {

// One count changed by the person, for Undo/Redo within the session. Keystrokes into the same line merge into
// one command, so Undo takes back "1512", not "2".
class FigureEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(int slot, std::optional<qint64> value)>;

    FigureEditCommand(int slot, const QString &lineKey, std::optional<qint64> before, std::optional<qint64> after,
                      Apply apply);

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;
    void undo() override;
    void redo() override;

private:
    void updateText();

    int m_slot;
    QString m_lineKey;
    std::optional<qint64> m_before;
    std::optional<qint64> m_after;
    Apply m_apply;
    // The first redo() comes from QUndoStack::push, after the field already shows the typed value.
    bool m_pushed = false;
};

} // namespace saylau
