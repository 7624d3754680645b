#pragma once

#include "analysis/DiscrepancyResult.h"
#include "analysis/NumberFormat.h"

#include <QAbstractTableModel>
#include <QList>

namespace saylau {

// The comparison of one contest as a table: a row per precinct (or aggregate node) compared, a column per
// measure of the shift and one per party with the difference official minus copy. Display texts go through
// NumberFormat; RawValueRole carries the number for sorting (qBittorrent's transfer list habit), and the
// difference cells are coloured by direction and size (DiscrepancyColors).
class DiscrepancyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // GainLossColumn names the party that gained most and the one that lost most, near the left, so that a
    // laptop screen shows who gained without scrolling to the party columns.
    enum Column { TerritoryColumn, RegionColumn, KindColumn, TrustColumn, GainLossColumn, ShiftColumn, AddedColumn,
                  TakenColumn, TurnoutColumn, FirstPartyColumn };
    enum Role { RawValueRole = Qt::UserRole + 1, TerritoryIdRole, DiscrepancyIndexRole };

    explicit DiscrepancyTableModel(QObject *parent = nullptr);

    // The result must outlive its use here (nullptr: none); DiscrepancyWindow swaps both together.
    void setResult(const DiscrepancyResult *result);
    const DiscrepancyResult *result() const { return m_result; }
    const Discrepancy &discrepancy(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Texts are translated at display time; this tells attached views that every visible text changed.
    void retranslate();

private:
    // The difference a numeric column shows, or nullopt for a text column or a line either side lacks.
    std::optional<qint64> number(const Discrepancy &d, int column) const;
    QString nodeName(qint64 territoryId) const;
    QString doubtText(const Discrepancy &d) const;
    QString gainLossText(const Discrepancy &d) const;

    const DiscrepancyResult *m_result = nullptr;
    NumberFormat m_format;
    // By column: the largest difference in absolute value, the scale of its colours.
    QList<qint64> m_largest;
};

} // namespace saylau
