#pragma once

#include "analysis/NumberFormat.h"

#include "domain/Contest.h"
#include "domain/Figures.h"

#include <QAbstractTableModel>

namespace saylau {

// One comparison line by line: a row per slot of the contest (the form's lines, then the parties), with the
// observer's copy (or the sum of the copies, for an aggregate), the official figures and the difference;
// differing rows are highlighted by direction and size.
class PrecinctComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, LabelColumn, ObserverColumn, OfficialColumn, DifferenceColumn, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit PrecinctComparisonModel(QObject *parent = nullptr);

    // compared: false for a partial sum, whose difference with a whole total must not be shown as one.
    void setFigures(const Contest &contest, const Figures &observer, const Figures &official, bool compared);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // nullopt when either side lacks the line, or the comparison is not like for like.
    std::optional<qint64> difference(int slot) const;
    int differingLines() const;

private:
    Contest m_contest;
    Figures m_observer;
    Figures m_official;
    bool m_compared = false;
    qint64 m_largest = 0;
    NumberFormat m_format;
};

} // namespace saylau
