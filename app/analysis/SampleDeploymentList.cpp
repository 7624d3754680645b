#include "SampleDeploymentList.h"

#include "SampleFrame.h"

#include "../domain/SaylauError.h"
#include "../domain/TerritoryIndex.h"
#include "../storage/CampaignStore.h"
#include "../text/CsvWriter.h"

#include <QHash>
#include <QSaveFile>

namespace saylau {

namespace {

QString nameAt(const TerritoryIndex &index, qint64 id, TerritoryNode::Level level)
{
    const TerritoryNode *node = index.ancestorAt(id, level);
    if (!node)
        return {};
    // Precincts go by number, regions and TIKs by name.
    if (level == TerritoryNode::Level::Precinct)
        return node->code.isEmpty() ? node->name : node->code;
    return node->name.isEmpty() ? node->code : node->displayName();
}

} // namespace

SampleDeploymentList::SampleDeploymentList(const CampaignStore &store, const SampleDesign &design,
                                           const SampleFrame &frame)
{
    const TerritoryIndex index(store.allTerritory());
    QHash<qint64, std::optional<qint64>> voters;
    for (const SampleFrame::Unit &unit : frame.units())
        voters.insert(unit.territoryId, unit.voters);
    for (const SampleDesign::Member &member : design.members) {
        const TerritoryNode *node = index.node(member.territoryId);
        m_rows.append({nameAt(index, member.territoryId, TerritoryNode::Level::Region),
                       nameAt(index, member.territoryId, TerritoryNode::Level::District),
                       nameAt(index, member.territoryId, TerritoryNode::Level::Precinct),
                       node ? node->address : QString(), voters.value(member.territoryId),
                       design.strata.value(member.stratum).inclusionProbability(), member.drawOrder + 1});
    }
}

QByteArray SampleDeploymentList::csv() const
{
    QByteArray out = CsvWriter::record({QStringLiteral("region"), QStringLiteral("district"), QStringLiteral("precinct"),
                                        QStringLiteral("address"), QStringLiteral("voters"),
                                        QStringLiteral("inclusion_probability"), QStringLiteral("draw_order")});
    for (const Row &row : m_rows)
        out += CsvWriter::record({row.region, row.district, row.precinct, row.address,
                                  row.voters ? QString::number(*row.voters) : QString(),
                                  QString::number(row.inclusionProbability, 'f', 6), QString::number(row.drawOrder)});
    return out;
}

void SampleDeploymentList::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv()) < 0 || !file.commit())
        throw SaylauError(tr("cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace saylau
