#pragma once

#include "domain/Protocol.h"
#include "forms/FormEvaluator.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace saylau {

// The control relations of a contest's form checked against each protocol of one territory: a row per
// relation, a column per protocol (in the order of ProtocolFiguresModel), each cell ✓ or ✗ with both sides and
// the difference. The evaluation is FormEvaluator's; this model only presents it.
class RelationCheckModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FormulaColumn, SeverityColumn, FirstProtocolColumn };
    // FormEvaluator::Outcome::Status as int, for tests and for sorting the failing ones first.
    static constexpr int StatusRole = Qt::UserRole + 1;
    // The signed difference left − right (qint64), invalid when the relation could not be checked.
    static constexpr int DifferenceRole = Qt::UserRole + 2;

    explicit RelationCheckModel(QObject *parent = nullptr);
    ~RelationCheckModel() override;

    // Throws SaylauError when the contest's form has a formula that cannot be read.
    void setProtocols(const Contest &contest, const QList<Protocol> &protocols);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // How many checks of relations of this severity fail over all protocols shown, for the summary line.
    int violationCount(Severity severity) const;

private:
    QString outcomeText(int relationIndex, const FormEvaluator::Outcome &outcome) const;

    std::unique_ptr<FormEvaluator> m_evaluator;
    QList<Protocol> m_protocols;
    // [protocol][relation]
    QList<QList<FormEvaluator::Outcome>> m_outcomes;
};

} // namespace saylau
