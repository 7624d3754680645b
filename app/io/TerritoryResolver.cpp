#include "TerritoryResolver.h"

#include "ColumnMapping.h"

#include "../domain/SaylauError.h"
#include "../storage/CampaignStore.h"

#include <QRegularExpression>

namespace saylau {

TerritoryResolver::TerritoryResolver(CampaignStore &store, CsvReader::Encoding encoding)
    : m_store(store)
    , m_encoding(encoding)
{
    qint64 countryId = 0;
    int roots = 0;
    for (const TerritoryNode &node : store.allTerritory()) {
        remember(node);
        if (node.parentId == 0) {
            ++roots;
            if (node.level == TerritoryNode::Level::Country)
                countryId = node.id;
        }
    }
    if (roots == 1)
        m_rootId = countryId;
}

QString TerritoryResolver::key(qint64 parentId, TerritoryNode::Level level, const QString &text)
{
    return QString::number(parentId) + QLatin1Char('/') + QString::number(int(level)) + QLatin1Char('/') + text;
}

void TerritoryResolver::remember(const TerritoryNode &node)
{
    if (!node.code.isEmpty())
        m_byCode.insert(key(node.parentId, node.level, node.code), node.id);
    if (!node.name.isEmpty())
        m_byName.insert(key(node.parentId, node.level, ColumnMapping::normalise(node.name)), node.id);
}

QString TerritoryResolver::precinctCode(const QString &cell)
{
    // Exports write the number alone, or after "УИК №", "Участок №", "PEC".
    static const QRegularExpression prefixed(QStringLiteral("^\\D*?(\\d+)$"));
    const QString text = cell.trimmed();
    const QRegularExpressionMatch m = prefixed.match(text);
    if (m.hasMatch() && !m.captured(0).at(0).isDigit())
        return m.captured(1);
    return text;
}

qint64 TerritoryResolver::child(qint64 parentId, TerritoryNode::Level level, QByteArrayView cell,
                                QByteArrayView address)
{
    QByteArray cellKey;
    cellKey.reserve(cell.size() + 10);
    cellKey.append(reinterpret_cast<const char *>(&parentId), sizeof parentId).append(char(level)).append(cell);
    if (const auto it = m_byCell.constFind(cellKey); it != m_byCell.cend())
        return *it;

    const QString text = CsvReader::decode(cell, m_encoding).trimmed();
    TerritoryNode node;
    node.parentId = parentId;
    node.level = level;
    qint64 id = 0;
    if (level == TerritoryNode::Level::Precinct) {
        node.code = precinctCode(text);
        node.address = CsvReader::decode(address, m_encoding).trimmed();
        id = m_byCode.value(key(parentId, level, node.code));
    } else {
        node.name = text;
        id = m_byName.value(key(parentId, level, ColumnMapping::normalise(text)));
        if (id == 0)
            id = m_byCode.value(key(parentId, level, text));
    }
    if (id == 0) {
        id = m_store.addTerritory(node);
        node.id = id;
        remember(node);
        ++m_created[int(level)];
    }
    m_byCell.insert(cellKey, id);
    return id;
}

qint64 TerritoryResolver::resolve(TerritoryNode::Level level, QByteArrayView region, QByteArrayView district,
                                  QByteArrayView precinct, QByteArrayView address)
{
    qint64 id = m_rootId;
    if (!region.trimmed().isEmpty())
        id = child(id, TerritoryNode::Level::Region, region, {});
    if (level == TerritoryNode::Level::Region)
        return id;
    if (!district.trimmed().isEmpty())
        id = child(id, TerritoryNode::Level::District, district, {});
    if (level == TerritoryNode::Level::District)
        return id;
    if (precinct.trimmed().isEmpty())
        throw SaylauError(tr("a row names no precinct"));
    return child(id, TerritoryNode::Level::Precinct, precinct, address);
}

} // namespace saylau
