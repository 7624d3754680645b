#pragma once

#include "domain/Contest.h"
#include "domain/Figures.h"

#include <QList>
#include <QSet>
#include <QWidget>

#include <optional>

class QLabel;
class QGridLayout;

namespace saylau {

class CountLineEdit;

// The paper protocol on screen, generated from the contest's form: every line with its number and its text as
// printed, then the parties in ballot order, one count field each, in paper order for Tab and Enter. It shows
// and collects figures; what they mean is the session's and the evaluator's business.
class EntryFormWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EntryFormWidget(QWidget *parent = nullptr);

    void setContest(const Contest &contest);
    const Contest &contest() const { return m_contest; }

    Figures figures() const;
    void setFigures(const Figures &figures);
    // Shows one value without it counting as an edit (undo and redo).
    void setFigure(int slot, std::optional<qint64> value);
    void setHighlightedSlots(const QSet<int> &highlighted);

    CountLineEdit *field(int slot) const { return m_fields.value(slot); }
    int fieldCount() const { return int(m_fields.size()); }
    void focusFirstField();

signals:
    void figureEdited(int slot, std::optional<qint64> before, std::optional<qint64> after);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Contest m_contest;
    QGridLayout *m_grid;
    QLabel *m_partiesHeader = nullptr;
    QList<CountLineEdit *> m_fields;
    QList<QWidget *> m_rowWidgets;
};

} // namespace saylau
