#include "TerritoryResolver.h"

#include "ColumnMapping.h"

#include "../domain/SaylauError.h"
#include "../storage/ImportWriter.h"
#include "../storage/CampaignStore.h"

#include <QRegularExpression>

#include <optional>

namespace saylau {

namespace {

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// The precinct number as an integer when the code is one written plainly ("123", not "0123" or "12a"),
// which is nearly every precinct: such codes are looked up without building a string key.
std::optional<qint64> plainNumber(QByteArrayView code)
{
    if (!isDigits(code) || code.size() > 15 || (code.size() > 1 && code.front() == '0'))
        return std::nullopt;
    qint64 number = 0;
    for (char c : code)
        number = number * 10 + (c - '0');
    return number;
}

QByteArray normalisedName(const QString &name)
{
    return ColumnMapping::normalise(name).toUtf8();
}

} // namespace

TerritoryResolver::TerritoryResolver(const CampaignStore &store, ImportWriter &writer,
                                     CsvReader::Encoding encoding)
    : m_writer(writer)
    , m_encoding(encoding)
{
    qint64 countryId = 0;
    int roots = 0;
    // A region or TIK is also found by its names in the campaign's book (the presets' Kazakh and English names
    // of their Russian ones), though never in place of a node whose own name it is.
    QList<std::pair<QByteArray, qint64>> translatedNames;
    for (const TerritoryNode &node : store.allTerritory()) {
        ++m_existing[int(node.level)];
        if (node.level == TerritoryNode::Level::Region)
            m_regionCodes.insert(node.id, node.code);
        if (node.countedByCommission) {
            m_nodes.insert(key(node.parentId, node.level, 'k', node.name.toUtf8()), node.id);
            continue;
        }
        const std::optional<qint64> number = node.level == TerritoryNode::Level::Precinct
            ? plainNumber(node.code.toLatin1())
            : std::nullopt;
        if (number)
            m_precincts.insert({node.parentId, *number}, node.id);
        else if (!node.code.isEmpty())
            m_nodes.insert(key(node.parentId, node.level, 'c', node.code.toUtf8()), node.id);
        if (!node.name.isEmpty())
            m_nodes.insert(key(node.parentId, node.level, 'n', normalisedName(node.name)), node.id);
        for (const QString &language : LocalizedText::languages()) {
            if (const QString name = node.nameTranslations.translation(language); !name.isEmpty())
                translatedNames.append({key(node.parentId, node.level, 'n', normalisedName(name)), node.id});
        }
        if (node.parentId == 0) {
            ++roots;
            if (node.level == TerritoryNode::Level::Country)
                countryId = node.id;
        }
    }
    for (const auto &[nameKey, id] : std::as_const(translatedNames))
        m_nodes.insert(nameKey, m_nodes.value(nameKey, id));
    if (roots == 1)
        m_rootId = countryId;
}

QByteArray TerritoryResolver::key(qint64 parentId, TerritoryNode::Level level, char kind, QByteArrayView text)
{
    QByteArray k;
    k.reserve(qsizetype(sizeof parentId) + 2 + text.size());
    k.append(reinterpret_cast<const char *>(&parentId), sizeof parentId).append(char('0' + int(level))).append(kind);
    return k.append(text);
}

QByteArray TerritoryResolver::utf8(QByteArrayView cell) const
{
    if (m_encoding == CsvReader::Encoding::Windows1251)
        return CsvReader::decode(cell, m_encoding).trimmed().toUtf8();
    return cell.trimmed().toByteArray();
}

QString TerritoryResolver::precinctCode(const QString &cell)
{
    // Exports write the number alone, or after "УИК №", "Участок №", "PEC".
    static const QRegularExpression prefixed(QStringLiteral("^\\D+?(\\d+)$"));
    const QString text = cell.trimmed();
    const QRegularExpressionMatch m = prefixed.match(text);
    return m.hasMatch() ? m.captured(1) : text;
}

qint64 TerritoryResolver::child(qint64 parentId, TerritoryNode::Level level, QByteArrayView cell,
                                QByteArrayView address)
{
    const bool precinct = level == TerritoryNode::Level::Precinct;
    LastCell &last = m_last[int(level)];
    if (!precinct && last.parentId == parentId && last.cell == cell)
        return last.id;

    if (precinct) {
        if (const std::optional<qint64> number = plainNumber(cell.trimmed())) {
            qint64 &id = m_precincts[{parentId, *number}];
            if (id == 0) {
                id = m_writer.addTerritory(parentId, level, cell.trimmed(), {}, utf8(address));
                ++m_created[int(level)];
            }
            return id;
        }
    }

    const QByteArray text = utf8(cell);
    qint64 id = 0;
    if (precinct) {
        const QByteArray code = precinctCode(QString::fromUtf8(text)).toUtf8();
        if (const std::optional<qint64> number = plainNumber(code)) {
            qint64 &numbered = m_precincts[{parentId, *number}];
            if (numbered == 0) {
                numbered = m_writer.addTerritory(parentId, level, code, {}, utf8(address));
                ++m_created[int(level)];
            }
            return numbered;
        }
        const QByteArray codeKey = key(parentId, level, 'c', code);
        id = m_nodes.value(codeKey);
        if (id == 0) {
            id = m_writer.addTerritory(parentId, level, code, {}, utf8(address));
            m_nodes.insert(codeKey, id);
            ++m_created[int(level)];
        }
        return id;
    }

    const QByteArray nameKey = key(parentId, level, 'n', normalisedName(QString::fromUtf8(text)));
    id = m_nodes.value(nameKey);
    if (id == 0)
        id = m_nodes.value(key(parentId, level, 'c', text));
    if (id == 0) {
        id = m_writer.addTerritory(parentId, level, {}, text, {});
        m_nodes.insert(nameKey, id);
        ++m_created[int(level)];
    }
    m_named[int(level)].insert(id);
    last = {parentId, cell.toByteArray(), id};
    return id;
}

std::optional<qint64> TerritoryResolver::existingRegion(const QString &name) const
{
    const qint64 id = m_nodes.value(key(m_rootId, TerritoryNode::Level::Region, 'n', normalisedName(name)));
    return id != 0 ? std::optional(id) : std::nullopt;
}

void TerritoryResolver::keepWithin(const QStringList &regionCodes)
{
    QSet<qint64> kept;
    for (auto region = m_regionCodes.cbegin(); region != m_regionCodes.cend(); ++region) {
        if (regionCodes.contains(region.value()))
            kept.insert(region.key());
    }
    m_keptRegions = kept;
}

bool TerritoryResolver::withinRegions(QByteArrayView region) const
{
    if (!m_keptRegions)
        return true;
    if (region.trimmed().isEmpty())
        return m_keptRegions->contains(m_fixedRegionId);
    // As child() finds a region: by name, else by code.
    const QByteArray text = utf8(region);
    qint64 id = m_nodes.value(key(m_rootId, TerritoryNode::Level::Region, 'n', normalisedName(QString::fromUtf8(text))));
    if (id == 0)
        id = m_nodes.value(key(m_rootId, TerritoryNode::Level::Region, 'c', text));
    return m_keptRegions->contains(id);
}

qint64 TerritoryResolver::districtNode(QByteArrayView region, QByteArrayView district)
{
    qint64 id = m_fixedRegionId != 0 ? m_fixedRegionId : m_rootId;
    if (!region.trimmed().isEmpty())
        id = child(id, TerritoryNode::Level::Region, region, {});
    if (!district.trimmed().isEmpty())
        id = child(id, TerritoryNode::Level::District, district, {});
    return id;
}

qint64 TerritoryResolver::resolveCommissionUnit(QByteArrayView region, QByteArrayView districtCell,
                                                QByteArrayView label)
{
    if (districtCell.trimmed().isEmpty())
        throw SaylauError(tr("a row of votes counted by a TIK names no TIK"));
    const qint64 parentId = districtNode(region, districtCell);
    const QByteArray text = utf8(label);
    const QByteArray unitKey = key(parentId, TerritoryNode::Level::Precinct, 'k', text);
    qint64 id = m_nodes.value(unitKey);
    if (id == 0) {
        id = m_writer.addTerritory(parentId, TerritoryNode::Level::Precinct, {}, text, {}, true);
        m_nodes.insert(unitKey, id);
        ++m_createdCommissionUnits;
    }
    return id;
}

qint64 TerritoryResolver::resolve(TerritoryNode::Level level, QByteArrayView region, QByteArrayView district,
                                  QByteArrayView precinct, QByteArrayView address)
{
    if (level == TerritoryNode::Level::Region)
        return region.trimmed().isEmpty() ? m_rootId : child(m_rootId, TerritoryNode::Level::Region, region, {});
    const qint64 id = districtNode(region, district);
    if (level == TerritoryNode::Level::District)
        return id;
    if (precinct.trimmed().isEmpty())
        throw SaylauError(tr("a row names no precinct"));
    return child(id, TerritoryNode::Level::Precinct, precinct, address);
}

} // namespace saylau
