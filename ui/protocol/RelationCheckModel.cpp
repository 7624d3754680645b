#include "RelationCheckModel.h"

#include "ProtocolFiguresModel.h"
#include "analysis/NumberFormat.h"
#include "analysis/RelationExplanation.h"

#include <QBrush>
#include <QColor>

namespace saylau {

namespace {

// The formula as stored ("1 >= 3 + 4", "10 = sum(parties)") as a reader expects it ("1 ≥ 3 + 4",
// "10 = Σ parties", in the reader's language).
QString displayFormula(QString formula)
{
    return formula.replace(QLatin1String(">="), QStringLiteral("≥"))
        .replace(QLatin1String("<="), QStringLiteral("≤"))
        .replace(QLatin1String("sum(parties)"), RelationCheckModel::tr("Σ parties"));
}

} // namespace

RelationCheckModel::RelationCheckModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RelationCheckModel::~RelationCheckModel() = default;

void RelationCheckModel::setProtocols(const Contest &contest, const QList<Protocol> &protocols)
{
    // Compile before touching the model, so a broken form leaves the previous view intact.
    auto evaluator = std::make_unique<FormEvaluator>(contest);
    QList<QList<FormEvaluator::Outcome>> outcomes;
    for (const Protocol &protocol : protocols)
        outcomes.append(evaluator->evaluateAll(protocol.figures));

    beginResetModel();
    m_evaluator = std::move(evaluator);
    m_protocols = protocols;
    m_outcomes = outcomes;
    endResetModel();
}

int RelationCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_evaluator ? 0 : int(m_evaluator->relations().size());
}

int RelationCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstProtocolColumn + int(m_protocols.size());
}

int RelationCheckModel::violationCount(Severity severity) const
{
    int count = 0;
    for (const auto &outcomes : m_outcomes) {
        for (int i = 0; i < outcomes.size(); ++i) {
            if (outcomes.at(i).violated() && m_evaluator->relations().at(i).relation.severity == severity)
                ++count;
        }
    }
    return count;
}

QString RelationCheckModel::outcomeText(int relationIndex, const FormEvaluator::Outcome &outcome) const
{
    const FormEvaluator::Comparison comparison = m_evaluator->relations().at(relationIndex).comparison;
    const NumberFormat format;
    switch (outcome.status) {
    case FormEvaluator::Outcome::Status::Holds:
        return QStringLiteral("✓ %1 %2 %3")
            .arg(format.count(outcome.left), FormEvaluator::comparisonSymbol(comparison),
                 format.count(outcome.right));
    case FormEvaluator::Outcome::Status::Violated:
        return tr("✗ %1 %2 %3, difference %4")
            .arg(format.count(outcome.left), RelationExplanation::negatedSymbol(comparison),
                 format.count(outcome.right), format.signedCount(outcome.difference()));
    case FormEvaluator::Outcome::Status::NotChecked:
        return tr("— not checked: a line is empty");
    }
    return {};
}

QVariant RelationCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FormEvaluator::CompiledRelation &relation = m_evaluator->relations().at(index.row());
    const bool isError = relation.relation.severity == Severity::Error;

    if (index.column() == FormulaColumn || index.column() == SeverityColumn) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == FormulaColumn)
                return displayFormula(relation.relation.formula);
            return isError ? tr("error") : tr("warning");
        case Qt::ToolTipRole:
            return relation.relation.note.isEmpty() ? QVariant() : QVariant(relation.relation.note);
        default:
            return {};
        }
    }

    const FormEvaluator::Outcome &outcome = m_outcomes.at(index.column() - FirstProtocolColumn).at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return outcomeText(index.row(), outcome);
    case Qt::ForegroundRole:
        if (outcome.violated())
            return QBrush(isError ? QColor(0xb7, 0x1c, 0x1c) : QColor(0xb2, 0x5e, 0x00));
        if (outcome.status == FormEvaluator::Outcome::Status::Holds)
            return QBrush(QColor(0x1b, 0x5e, 0x20));
        return {};
    case StatusRole:
        return int(outcome.status);
    case DifferenceRole:
        if (outcome.status == FormEvaluator::Outcome::Status::NotChecked)
            return {};
        return outcome.difference();
    default:
        return {};
    }
}

QVariant RelationCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FormulaColumn: return tr("Control relation");
    case SeverityColumn: return tr("Severity");
    default: return ProtocolFiguresModel::protocolTitle(m_protocols.at(section - FirstProtocolColumn));
    }
}

} // namespace saylau
