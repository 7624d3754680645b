#include "RowMapper.h"

#include "CountParser.h"
#include "CsvReader.h"

#include "../domain/Elision.h"

#include <QHash>
#include <QSet>

namespace saylau {

namespace {

bool isBlank(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

// A totals row ("Итого", "Всего", "Total") sums the rows above it; importing it would count them twice.
bool isTotalsLabel(QStringView text)
{
    // Compared in place, quotes and other marks before the word skipped: it runs on every territory cell.
    while (!text.isEmpty() && !text.front().isLetterOrNumber())
        text = text.sliced(1);
    for (const char16_t *word : {u"итого", u"всего", u"total", u"сумма", u"барлығы", u"жиыны", u"жиынтығы"}) {
        if (text.startsWith(QStringView(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// A territory cell that reads "Итого", "Всего по ТИК №1", "Барлығы" labels a totals row, wherever in the row
// the file puts the label: a precinct called "Итого" would hold the sum of the rows above it.
bool isTotalsCell(const CsvReader &reader, int column)
{
    const QByteArrayView cell = reader.fieldBytes(column).trimmed();
    // Most territory cells are precinct numbers: no label, nothing to decode. A label is known by its head
    // (the longest word, "жиынтығы", is 16 bytes of UTF-8), so a long TIK name costs no more than a short one.
    if (cell.isEmpty() || (cell.front() >= '0' && cell.front() <= '9'))
        return false;
    return isTotalsLabel(reader.decode(cell.first(std::min<qsizetype>(cell.size(), 32))));
}

// Appends text (UTF-8) as a JSON string. Runs that need no escape go in one append: a URL column is most
// of a CEC export's bytes.
void appendJsonString(QByteArray &json, QByteArrayView text)
{
    json.append('"');
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const uchar c = uchar(text[i]);
        if (c != '"' && c != '\\' && c >= 0x20)
            continue;
        json.append(text.sliced(run, i - run));
        run = i + 1;
        if (c == '"' || c == '\\') {
            json.append('\\').append(char(c));
        } else {
            static const char hex[] = "0123456789abcdef";
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            json.append(escape, sizeof escape);
        }
    }
    json.append(text.sliced(run));
    json.append('"');
}

// A URL cell (CEC exports link every row to its page) says nothing about which unit the row is.
bool isLink(QByteArrayView cell)
{
    const QByteArrayView text = cell.trimmed();
    return text.startsWith("http://") || text.startsWith("https://");
}

// A cell's text for a message: only its head is decoded, however long the cell.
QString cellExcerpt(const CsvReader &reader, QByteArrayView cell)
{
    return Elision::elide(reader.decode(cell.first(std::min<qsizetype>(cell.size(), 256))), Elision::message);
}

bool isControl(uchar c)
{
    return c < 0x20 || c == 0x7F;
}

} // namespace

RowMapper::RowMapper(const ColumnMapping &mapping, const Contest &contest, TerritoryNode::Level level,
                     QString fileName)
    : m_slotCount(contest.slotCount())
    , m_fileName(std::move(fileName))
{
    QSet<QString> keys;
    for (const ColumnMapping::Column &column : mapping.columns) {
        ColumnUse use;
        use.header = column.header;
        // The kept cells are keyed by header; a blank or repeated header gets the column's number, so no
        // cell overwrites another.
        QString key = column.header.simplified();
        if (key.isEmpty() || keys.contains(key))
            key = tr("column %1").arg(m_columns.size() + 1) + (key.isEmpty() ? QString() : QStringLiteral(": ") + key);
        keys.insert(key);
        appendJsonString(use.jsonKey, key.toUtf8());
        use.jsonKey.append(':');
        switch (column.target.kind) {
        case ColumnMapping::Kind::Ignore: use.use = Use::Skip; break;
        case ColumnMapping::Kind::Extra: use.use = Use::Extra; break;
        case ColumnMapping::Kind::Region: use.use = Use::Region; break;
        case ColumnMapping::Kind::District: use.use = Use::District; break;
        case ColumnMapping::Kind::Precinct: use.use = Use::Precinct; break;
        case ColumnMapping::Kind::Address: use.use = Use::Address; break;
        case ColumnMapping::Kind::Line:
            use.use = Use::Figure;
            use.slot = contest.slotOf(column.target.lineKey);
            break;
        case ColumnMapping::Kind::Party:
            use.use = Use::Figure;
            use.slot = contest.slotOf(Contest::partyKey(column.target.position));
            break;
        }
        if (use.use == Use::Figure && use.slot < 0)
            use.use = Use::Skip;
        if (use.use == Use::Region || use.use == Use::District || use.use == Use::Precinct)
            m_territoryColumns.append(int(m_columns.size()));
        m_columns.append(use);
    }
    QHash<QString, int> countColumnByHeader;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).use == Use::Figure)
            countColumnByHeader.insert(ColumnMapping::normalise(m_columns.at(i).header), i);
    }
    for (int i = 0; i < m_columns.size(); ++i) {
        const int original = countColumnByHeader.value(ColumnMapping::normalise(m_columns.at(i).header), -1);
        if (m_columns.at(i).use == Use::Extra && original >= 0)
            m_repeats.append({i, original, m_columns.at(original).slot});
    }
    const ColumnMapping::Kind keyKind = level == TerritoryNode::Level::Region     ? ColumnMapping::Kind::Region
                                        : level == TerritoryNode::Level::District ? ColumnMapping::Kind::District
                                                                                   : ColumnMapping::Kind::Precinct;
    m_keyColumn = mapping.columnOf(keyKind);
    if (level == TerritoryNode::Level::Precinct)
        m_districtColumn = mapping.columnOf(ColumnMapping::Kind::District);
}

QString RowMapper::where(qint64 line, int column) const
{
    // One multi-argument arg(): a file named "results%1.csv" must not take the line number's place.
    return tr("%1, line %2, column %3 \"%4\"")
        .arg(m_fileName, QString::number(line), QString::number(column + 1),
             column < m_columns.size() ? Elision::elide(m_columns.at(column).header, Elision::message) : QString());
}

QString RowMapper::controlCharacterProblem(const CsvReader &reader, int column) const
{
    const QByteArrayView cell = reader.fieldBytes(column).trimmed();
    for (qsizetype i = 0; i < cell.size(); ++i) {
        if (isControl(uchar(cell[i]))) {
            // Refused, not stripped: a name with a NUL or a line break in it is a damaged cell, and a name
            // quietly changed would no longer match the same precinct in the next file.
            return tr("%1: the name has a control character (%2) at byte %3; names may not hold NULs, line "
                      "breaks or other control characters")
                .arg(where(reader.recordLine(), column), Elision::codePoint(uchar(cell[i])), QString::number(i + 1));
        }
    }
    return {};
}

QString RowMapper::repeatProblem(const CsvReader &reader, const Row &row, const Repeat &repeat) const
{
    const QByteArrayView cell = reader.fieldBytes(repeat.column);
    const CountParser::Result value = CountParser::parse(cell);
    if (value.status != CountParser::Status::Ok && value.status != CountParser::Status::Empty)
        return tr("%1: \"%2\" is %3")
            .arg(where(reader.recordLine(), repeat.column), cellExcerpt(reader, cell),
                 CountParser::problem(value.status));
    const std::optional<qint64> repeated =
        value.status == CountParser::Status::Ok ? std::optional<qint64>(value.value) : std::nullopt;
    if (repeated == row.figures.value(repeat.slot))
        return {};
    const auto text = [](std::optional<qint64> count) {
        return count ? QString::number(*count) : tr("empty");
    };
    return tr("%1, line %2: columns %3 \"%4\" and %5 \"%6\" have the same header but different counts (%7 and "
              "%8); remove one of them or correct the file")
        .arg(m_fileName, QString::number(reader.recordLine()), QString::number(repeat.original + 1),
             Elision::elide(m_columns.at(repeat.original).header, Elision::message), QString::number(repeat.column + 1),
             Elision::elide(m_columns.at(repeat.column).header, Elision::message), text(row.figures.value(repeat.slot)),
             text(repeated));
}

RowMapper::Status RowMapper::map(const CsvReader &reader, Row &row, QString &error) const
{
    const int fieldCount = reader.fieldCount();
    const int columnCount = int(m_columns.size());
    if (fieldCount != columnCount) {
        bool blankTail = fieldCount > columnCount;
        for (int i = columnCount; i < fieldCount && blankTail; ++i)
            blankTail = isBlank(reader.fieldBytes(i));
        if (!blankTail) {
            bool blank = true;
            for (int i = 0; i < fieldCount && blank; ++i)
                blank = isBlank(reader.fieldBytes(i));
            if (blank)
                return Status::Blank;
            error = tr("%1, line %2: the row has %3 fields, the header has %4")
                        .arg(m_fileName, QString::number(reader.recordLine()), QString::number(fieldCount),
                             QString::number(columnCount));
            return Status::Bad;
        }
    }

    for (int column : m_territoryColumns) {
        if (isTotalsCell(reader, column))
            return Status::Totals;
    }
    if (m_keyColumn >= 0 && isBlank(reader.fieldBytes(m_keyColumn))) {
        bool blank = true;
        for (int t = 0; t < fieldCount; ++t) {
            if (isTotalsLabel(reader.field(t)))
                return Status::Totals;
            blank = blank && isBlank(reader.fieldBytes(t));
        }
        if (blank)
            return Status::Blank;
        if (m_districtColumn < 0 || isBlank(reader.fieldBytes(m_districtColumn))) {
            error = tr("%1: the cell is empty; every row needs it (or, for votes a TIK counted itself, the TIK's)")
                        .arg(where(reader.recordLine(), m_keyColumn));
            return Status::Bad;
        }
        row.countedByCommission = true;
    } else {
        row.countedByCommission = false;
    }

    row.region = row.district = row.precinct = row.address = row.label = {};
    if (row.figures.size() == m_slotCount) {
        for (int slot = 0; slot < m_slotCount; ++slot)
            row.figures.set(slot, std::nullopt);
    } else {
        row.figures = Figures(m_slotCount);
    }
    row.extraJson.resize(0);
    row.extraJson.append('{');
    const int count = std::min(fieldCount, columnCount);
    for (int i = 0; i < count; ++i) {
        const ColumnUse &column = m_columns.at(i);
        const QByteArrayView cell = reader.fieldBytes(i);
        switch (column.use) {
        case Use::Skip: break;
        case Use::Figure: {
            const CountParser::Result value = CountParser::parse(cell);
            if (value.status == CountParser::Status::Ok) {
                row.figures.set(column.slot, value.value);
            } else if (value.status != CountParser::Status::Empty) {
                error = tr("%1: \"%2\" is %3")
                            .arg(where(reader.recordLine(), i), cellExcerpt(reader, cell),
                                 CountParser::problem(value.status));
                return Status::Bad;
            }
            break;
        }
        case Use::Extra:
            if (!isBlank(cell)) {
                if (row.countedByCommission && row.label.isEmpty() && !isLink(cell))
                    row.label = cell.trimmed();
                if (row.extraJson.size() > 1)
                    row.extraJson.append(',');
                row.extraJson.append(column.jsonKey);
                if (reader.encoding() == CsvReader::Encoding::Windows1251)
                    appendJsonString(row.extraJson, reader.field(i).toUtf8());
                else
                    appendJsonString(row.extraJson, cell);
            }
            break;
        case Use::Region:
        case Use::District:
        case Use::Precinct:
        case Use::Address:
            error = controlCharacterProblem(reader, i);
            if (!error.isEmpty())
                return Status::Bad;
            (column.use == Use::Region     ? row.region
             : column.use == Use::District ? row.district
             : column.use == Use::Precinct ? row.precinct
                                           : row.address) = cell;
            break;
        }
    }
    for (const Repeat &repeat : m_repeats) {
        error = repeatProblem(reader, row, repeat);
        if (!error.isEmpty())
            return Status::Bad;
    }
    row.extraJson.append('}');
    return Status::Ok;
}

} // namespace saylau
