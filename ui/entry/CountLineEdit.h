#pragma once

#include <QLineEdit>

class QKeyEvent;

#include <optional>

namespace saylau {

// One count of a protocol: digits only (DigitsValidator), thousands grouped as they are typed, Enter moving
// on to the next line as Tab does, because operators type from paper with one hand on the numeric keypad.
class CountLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit CountLineEdit(QWidget *parent = nullptr);

    std::optional<qint64> value() const;
    // Shows a value without counting as an edit (undo, loading a protocol).
    void setValue(std::optional<qint64> value);

    // Marks the field as part of a failing control relation.
    void setRelationFailed(bool failed);
    bool relationFailed() const { return m_relationFailed; }

    // Whether the field keeps a key for itself rather than leave it to the window's shortcuts: plain keys,
    // the clipboard and selection keys, and word-wise moves and deletions. Not undo (the window's stack covers
    // the whole protocol), and not the Ctrl keys a line edit takes on X11 (Ctrl+D delete, Ctrl+K, Ctrl+U,
    // Ctrl+E), which would empty a figure where the window means its second entry.
    static bool keepsKey(const QKeyEvent &key);

signals:
    // The person changed the value (typing, paste, delete).
    void valueEdited(std::optional<qint64> before, std::optional<qint64> after);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void regroup(const QString &text);

    std::optional<qint64> m_value;
    bool m_relationFailed = false;
};

} // namespace saylau
