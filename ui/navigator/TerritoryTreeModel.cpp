#include "TerritoryTreeModel.h"

#include "TerritoryNames.h"

#include "analysis/NumberFormat.h"
#include "analysis/PrecinctStatusIndex.h"
#include "analysis/TotalsCache.h"
#include "domain/SaylauError.h"
#include "storage/CampaignStore.h"

#include <QApplication>
#include <QFont>
#include <QPainter>
#include <QStyle>
#include <QPixmap>
#include <QPalette>

namespace saylau {

struct TerritoryTreeModel::Node
{
    TerritoryNode territory;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    // Children read from the store but not yet shown to the view.
    QList<TerritoryNode> pending;
    bool read = false;

    bool isLeaf() const { return territory.level == TerritoryNode::Level::Precinct && territory.id != 0; }
};

TerritoryTreeModel::TerritoryTreeModel(TotalsCache &totals, const QString &contestId, QObject *parent)
    : QAbstractItemModel(parent)
    , m_totals(totals)
    , m_store(totals.store())
    , m_precinctCounts(totals.precinctCounts())
    , m_contestId(contestId)
    , m_reportedCounts(totals.reportedPrecinctCounts(contestId))
    , m_root(std::make_unique<Node>())
{
    // The invisible root stands for "no parent" (id 0) and must not count as a precinct.
    m_root->territory.level = TerritoryNode::Level::Country;
}

TerritoryTreeModel::~TerritoryTreeModel() = default;

TerritoryTreeModel::Node *TerritoryTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex TerritoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(size_t(row)).get());
}

QModelIndex TerritoryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = nodeOf(child)->parent;
    if (parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int TerritoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int TerritoryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool TerritoryTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    if (node->isLeaf())
        return false;
    // Before the first read, promise children so the view draws an expander; reading them now would defeat
    // the laziness. After the read the answer is exact.
    return !node->read || !node->children.empty() || !node->pending.isEmpty();
}

bool TerritoryTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    return !node->isLeaf() && (!node->read || !node->pending.isEmpty());
}

void TerritoryTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeOf(parent);
    if (!node->read) {
        // Called by the view from its event handling, where an exception must not go: told once, and the
        // branch stays empty (the view asks again at every layout; asking the failing file each time would
        // say the same thing over and over). Reopening the campaign reads it again.
        node->read = true;
        try {
            node->pending = m_store.territoryChildren(node->territory.id);
        } catch (const SaylauError &error) {
            emit readFailed(error.message());
            return;
        }
    }
    if (node->pending.isEmpty())
        return;

    const int batch = int(std::min<qsizetype>(FetchBatchSize, node->pending.size()));
    const int first = int(node->children.size());
    beginInsertRows(parent, first, first + batch - 1);
    for (int i = 0; i < batch; ++i) {
        auto child = std::make_unique<Node>();
        child->territory = node->pending.at(i);
        child->parent = node;
        child->row = first + i;
        node->children.push_back(std::move(child));
    }
    node->pending.remove(0, batch);
    endInsertRows();
}

QString TerritoryTreeModel::displayName(const Node &node) const
{
    // Only a unit counted by its TIK is named after its parent.
    return TerritoryNames::name(node.territory, node.territory.countedByCommission && node.parent ? displayName(*node.parent) : QString());
}

QVariant TerritoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeOf(index);
    const TerritoryNode &territory = node.territory;
    if (role == ConflictRole)
        return m_conflicts.contains(territory.id);
    if (index.column() == NameColumn && m_conflicts.contains(territory.id)) {
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole)
            return QString(displayName(node) + QLatin1Char('\n')
                           + tr("Changed differently in two places: both versions are kept until someone chooses "
                                "(Protocols → Resolve Conflicts…)"));
    }
    const bool shown = role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::ForegroundRole;
    if ((index.column() == StatusColumn && shown) || role == PrecinctStatusRole || role == StatusCountsRole
        || (role == Qt::DecorationRole && index.column() == NameColumn))
        return m_statuses ? statusData(territory, role) : QVariant();
    const bool isPrecinct = territory.level == TerritoryNode::Level::Precinct;
    const int precincts = isPrecinct ? 1 : m_precinctCounts.value(territory.id);
    const int reported = m_reportedCounts.value(territory.id);

    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return displayName(node);
        if (isPrecinct)
            return {};
        return NumberFormat().count(index.column() == PrecinctsColumn ? precincts : reported);
    case Qt::ForegroundRole:
        // Nothing to see there for this contest: shown, because entry will need it, but dimmed.
        if (reported == 0)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (territory.countedByCommission)
            return QString(displayName(node) + QLatin1Char('\n')
                           + tr("Votes the territorial commission counted itself (remote electronic voting, postal votes, "
                                "voters abroad): not a precinct"));
        return territory.address.isEmpty() ? displayName(node)
                                           : displayName(node) + QLatin1Char('\n') + territory.address;
    case Qt::FontRole:
        if (territory.countedByCommission && index.column() == NameColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TerritoryIdRole:
        return territory.id;
    case LevelRole:
        return int(territory.level);
    case CountedByCommissionRole:
        return territory.countedByCommission;
    case PrecinctCountRole:
        return precincts;
    case ReportedCountRole:
        return reported;
    default:
        return {};
    }
}

void TerritoryTreeModel::setConflicts(const QSet<qint64> &precincts)
{
    if (precincts == m_conflicts)
        return;
    m_conflicts = precincts;
    emitDataChangedBelow(m_root.get(), QModelIndex());
}

QVariant TerritoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Territory");
    case PrecinctsColumn: return tr("Precincts");
    case ReportedColumn: return tr("With protocols");
    case StatusColumn: return tr("Entry");
    default: return {};
    }
}

TerritoryNode TerritoryTreeModel::territory(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->territory : TerritoryNode{};
}

QModelIndex TerritoryTreeModel::revealTerritory(qint64 territoryId)
{
    // The path from the root down, read upwards from the territory: one lookup per level.
    QList<qint64> path;
    for (std::optional<TerritoryNode> node = m_store.territory(territoryId); node;
         node = node->parentId != 0 ? m_store.territory(node->parentId) : std::nullopt)
        path.prepend(node->id);
    if (path.isEmpty())
        return {};

    QModelIndex parent;
    for (qint64 id : std::as_const(path)) {
        QModelIndex found;
        for (int row = 0; !found.isValid(); ++row) {
            while (row >= rowCount(parent) && canFetchMore(parent))
                fetchMore(parent);
            if (row >= rowCount(parent))
                return {};
            if (nodeOf(parent)->children.at(size_t(row))->territory.id == id)
                found = index(row, 0, parent);
        }
        parent = found;
    }
    return parent;
}

void TerritoryTreeModel::setContest(const QString &contestId)
{
    m_contestId = contestId;
    m_reportedCounts = m_totals.reportedPrecinctCounts(contestId);
    emitDataChangedBelow(m_root.get(), {});
}

void TerritoryTreeModel::protocolsChanged(qint64 territoryId)
{
    const QModelIndex changed = revealTerritory(territoryId);
    if (!changed.isValid()) {
        setContest(m_contestId);
        return;
    }
    // Only precincts are counted (TotalsCache::reportedPrecinctCounts): a TIK's own protocol counts nowhere.
    const TerritoryNode &node = nodeOf(changed)->territory;
    const bool reported = !m_store.protocolsAt(territoryId, m_contestId).isEmpty();
    if (node.level != TerritoryNode::Level::Precinct || reported == m_reportedCounts.contains(territoryId))
        return;
    if (reported)
        m_reportedCounts.insert(territoryId, 1);
    else
        m_reportedCounts.remove(territoryId);
    // A unit a TIK counted itself has its protocol, but adds no precinct to the nodes above.
    const int step = node.countedByCommission ? 0 : reported ? 1 : -1;
    for (QModelIndex index = changed; index.isValid(); index = index.parent()) {
        if (index != changed)
            m_reportedCounts[nodeOf(index)->territory.id] += step;
        emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    }
}

namespace {

// Colours of the statuses, in PrecinctStatus order: grey, blue, green, brown-amber, orange, red. A difference
// resting on a doubtful copy is a muted cousin of the sound one's orange.
const QColor statusColours[PrecinctStatusCount] = {QColor(0x9e, 0x9e, 0x9e), QColor(0x15, 0x65, 0xc0),
                                                   QColor(0x2e, 0x7d, 0x32), QColor(0x9e, 0x7c, 0x0a),
                                                   QColor(0xef, 0x6c, 0x00), QColor(0xc6, 0x28, 0x28)};
// Short marks for the counts column, in PrecinctStatus order.
const QString statusMarks[PrecinctStatusCount] = {QStringLiteral("○"), QStringLiteral("✎"), QStringLiteral("✓"),
                                                  QStringLiteral("≠?"), QStringLiteral("≠"), QStringLiteral("✗")};

QPixmap statusDot(PrecinctStatus status)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(statusColours[int(status)]);
    painter.drawEllipse(1, 1, 10, 10);
    return pixmap;
}

} // namespace

QString TerritoryTreeModel::statusLegend()
{
    QStringList parts;
    for (int status = PrecinctStatusCount - 1; status >= 0; --status) {
        // Each entry kept on one line when the legend wraps.
        QString entry = statusMarks[status] + QLatin1Char(' ') + statusName(PrecinctStatus(status));
        parts << entry.replace(QLatin1Char(' '), QChar(0x00A0));
    }
    return parts.join(QStringLiteral("   "));
}

QString TerritoryTreeModel::statusName(PrecinctStatus status)
{
    switch (status) {
    case PrecinctStatus::NotEntered: return tr("not entered");
    case PrecinctStatus::Entered: return tr("entered");
    case PrecinctStatus::Verified: return tr("verified");
    case PrecinctStatus::DiffersOnDoubtfulCopy: return tr("differs from official, on a doubtful copy");
    case PrecinctStatus::DiffersFromOfficial: return tr("differs from official");
    case PrecinctStatus::RelationError: return tr("control relation error");
    }
    return {};
}

QVariant TerritoryTreeModel::statusData(const TerritoryNode &territory, int role) const
{
    if (territory.level == TerritoryNode::Level::Precinct) {
        const PrecinctStatus status = m_statuses->status(territory.id);
        switch (role) {
        // The mark, as in the counts of the nodes above; the name in the tooltip and the legend.
        case Qt::DisplayRole: return statusMarks[int(status)];
        case Qt::ToolTipRole: return statusName(status);
        case Qt::DecorationRole: return statusDot(status);
        case Qt::ForegroundRole: return statusColours[int(status)];
        case PrecinctStatusRole: return int(status);
        default: return {};
        }
    }
    const PrecinctStatusIndex::Counts counts = m_statuses->counts(territory.id);
    const NumberFormat format;
    switch (role) {
    case Qt::DisplayRole: {
        // Worst first, and only what is there: "✗ 2  ≠ 1  ✓ 12  ✎ 30  ○ 55".
        QStringList parts;
        for (int status = PrecinctStatusCount - 1; status >= 0; --status) {
            if (counts[size_t(status)] > 0)
                parts << statusMarks[status] + QChar(0x00A0) + format.count(counts[size_t(status)]);
        }
        return parts.join(QStringLiteral("  "));
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (int status = PrecinctStatusCount - 1; status >= 0; --status)
            lines << QStringLiteral("%1 %2: %3").arg(statusMarks[status], statusName(PrecinctStatus(status)),
                                                     format.count(counts[size_t(status)]));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        for (int status = PrecinctStatusCount - 1; status > int(PrecinctStatus::Verified); --status) {
            if (counts[size_t(status)] > 0)
                return statusColours[status];
        }
        return {};
    case StatusCountsRole: {
        QVariantList list;
        for (int count : counts)
            list << count;
        return list;
    }
    default:
        return {};
    }
}

void TerritoryTreeModel::setStatusIndex(const PrecinctStatusIndex *statuses)
{
    m_statuses = statuses;
    emitDataChangedBelow(m_root.get(), {});
}

void TerritoryTreeModel::statusChanged(qint64 precinctId)
{
    for (QModelIndex index = revealTerritory(precinctId); index.isValid(); index = index.parent())
        emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
}

void TerritoryTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emitDataChangedBelow(m_root.get(), {});
}

void TerritoryTreeModel::emitDataChangedBelow(const Node *node, const QModelIndex &index)
{
    if (node->children.empty())
        return;
    // One signal per open branch: only what has been read can be on screen.
    emit dataChanged(this->index(0, 0, index), this->index(int(node->children.size()) - 1, ColumnCount - 1, index));
    for (const auto &child : node->children)
        emitDataChangedBelow(child.get(), createIndex(child->row, 0, child.get()));
}

} // namespace saylau
