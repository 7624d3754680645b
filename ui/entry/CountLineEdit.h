#pragma once

#include <QLineEdit>

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
