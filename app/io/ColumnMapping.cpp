#include "ColumnMapping.h"

#include "CountParser.h"

#include "../domain/SaylauError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace saylau {

namespace {

const QString formatName = QStringLiteral("saylau-column-mapping");

// Below this a label is too different to be the same line; a word or two differing out of six or more
// stays above it.
constexpr double matchThreshold = 0.6;

// "1. Party", "12) Party": the ballot position a CEC export puts before a party's name.
const QRegularExpression &numberedHeader()
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,3})\\s*[.)]\\s*(\\S.*)$"),
                                       QRegularExpression::DotMatchesEverythingOption);
    return re;
}

// A word's stem, crude but language-blind: trailing vowels (and й, ь) dropped, then cut to six letters, so
// "помещении" and "помещения", "избирателей" and "избирателя" meet.
QString stem(const QString &word)
{
    static const QString endings = QStringLiteral("аеёиоуыэюяйьaeiouy");
    qsizetype end = word.size();
    while (end > 3 && endings.contains(word.at(end - 1)))
        --end;
    return word.left(std::min<qsizetype>(end, 6));
}

QSet<QString> stems(const QString &text)
{
    QSet<QString> set;
    for (const QString &word : ColumnMapping::normalise(text).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        set.insert(stem(word));
    return set;
}

// Territory columns by their usual names in Russian, Kazakh and English exports: a short header (five words
// at most, as "Избирательная комиссия субъекта Российской Федерации") naming the level, as "УИК", "№
// участка", "Наименование ТИК", "Наименование субъекта РФ", "Аудандық сайлау комиссиясы", "Region". A count
// ("Число избирателей участка") is a figure, however short.
std::optional<ColumnMapping::Kind> territoryKind(const QString &header)
{
    const QStringList words = ColumnMapping::normalise(header).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 5)
        return std::nullopt;
    auto has = [&words](std::initializer_list<const char16_t *> names) {
        for (const QString &word : words) {
            for (const char16_t *name : names) {
                if (word == QStringView(name))
                    return true;
            }
        }
        return false;
    };
    if (has({u"число", u"количество", u"count", u"саны"}))
        return std::nullopt;
    if (has({u"адрес", u"address", u"мекенжай"}))
        return ColumnMapping::Kind::Address;
    if (has({u"uik", u"уик", u"участок", u"участка", u"участковая", u"precinct", u"pec", u"psc", u"учаске",
             u"учаскелер", u"учаскелік"}))
        return ColumnMapping::Kind::Precinct;
    // ТСК, аудандық / қалалық: a Kazakh district's or city's commission; аумақтық: territorial.
    if (has({u"tik", u"тик", u"район", u"района", u"district", u"территориальная", u"аумақтық", u"dec", u"оик",
             u"окружная", u"territorial", u"тск", u"аудан", u"ауданы", u"аудандық", u"қалалық"}))
        return ColumnMapping::Kind::District;
    // ИКСРФ: the commission of a subject of the Russian Federation.
    if (has({u"region", u"регион", u"региона", u"область", u"субъект", u"субъекта", u"иксрф", u"oblast", u"облыс",
             u"облысы", u"облыстық"}))
        return ColumnMapping::Kind::Region;
    return std::nullopt;
}

// Headers of columns that hold numbers but no votes: row numbers, identifiers and codes (a precinct's id in
// the CEC's system, an OKATO/KATO code), dates, postal indexes, coordinates. A header of one of these words,
// or with "№" or "#", names an identifier; so does an empty header, which could name no ballot entry.
bool isIdentifierHeader(const QString &header)
{
    if (header.contains(u'№') || header.contains(u'#'))
        return true;
    const QStringList words = ColumnMapping::normalise(header).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    static const QSet<QString> identifiers = {
        QStringLiteral("id"),      QStringLiteral("code"),     QStringLiteral("код"),     QStringLiteral("коды"),
        QStringLiteral("number"),  QStringLiteral("no"),       QStringLiteral("nr"),      QStringLiteral("номер"),
        QStringLiteral("нөмірі"),  QStringLiteral("row"),
        QStringLiteral("index"),   QStringLiteral("индекс"),   QStringLiteral("okato"),   QStringLiteral("окато"),
        QStringLiteral("oktmo"),   QStringLiteral("октмо"),    QStringLiteral("kato"),    QStringLiteral("като"),
        QStringLiteral("date"),    QStringLiteral("дата"),     QStringLiteral("year"),    QStringLiteral("год"),
        QStringLiteral("phone"),   QStringLiteral("телефон"),  QStringLiteral("lat"),     QStringLiteral("lon"),
        QStringLiteral("latitude"), QStringLiteral("longitude"), QStringLiteral("широта"), QStringLiteral("долгота"),
        QStringLiteral("uid"),     QStringLiteral("vrn"),
    };
    for (const QString &word : words) {
        if (identifiers.contains(word))
            return true;
    }
    return false;
}

struct Candidate
{
    int column;
    ColumnMapping::Target target;
    double score;
};

} // namespace

QString ColumnMapping::Target::toText() const
{
    switch (kind) {
    case Kind::Extra: return QStringLiteral("extra");
    case Kind::Ignore: return QStringLiteral("ignore");
    case Kind::Region: return QStringLiteral("region");
    case Kind::District: return QStringLiteral("district");
    case Kind::Precinct: return QStringLiteral("precinct");
    case Kind::Address: return QStringLiteral("address");
    case Kind::Line: return QStringLiteral("line:") + lineKey;
    case Kind::Party: return QStringLiteral("party:") + QString::number(position);
    }
    return {};
}

ColumnMapping::Target ColumnMapping::Target::fromText(const QString &text)
{
    static const QList<std::pair<QString, Kind>> plain = {
        {QStringLiteral("extra"), Kind::Extra},       {QStringLiteral("ignore"), Kind::Ignore},
        {QStringLiteral("region"), Kind::Region},     {QStringLiteral("district"), Kind::District},
        {QStringLiteral("precinct"), Kind::Precinct}, {QStringLiteral("address"), Kind::Address},
    };
    for (const auto &[name, kind] : plain) {
        if (text == name)
            return {kind, {}, 0};
    }
    if (text.startsWith(QLatin1String("line:")) && text.size() > 5)
        return {Kind::Line, text.mid(5), 0};
    if (text.startsWith(QLatin1String("party:"))) {
        bool ok = false;
        const int position = text.mid(6).toInt(&ok);
        if (ok && position > 0)
            return {Kind::Party, {}, position};
    }
    throw SaylauError(tr("\"%1\" is not a column target (expected line:KEY, party:N, region, district, "
                         "precinct, address, extra or ignore)")
                          .arg(text));
}

QString ColumnMapping::normalise(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = true; // drops leading spaces and runs of them
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            c = c.toLower();
            if (c == u'ё')
                c = u'е';
            out.append(c);
            space = false;
        } else if (!space) {
            out.append(QLatin1Char(' '));
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QString ColumnMapping::headerSignature(const QStringList &headers)
{
    QStringList normalised;
    normalised.reserve(headers.size());
    for (const QString &header : headers)
        normalised.append(normalise(header));
    return normalised.join(QLatin1Char('|'));
}

double ColumnMapping::similarity(const QString &a, const QString &b)
{
    const QSet<QString> sa = stems(a);
    const QSet<QString> sb = stems(b);
    if (sa.isEmpty() || sb.isEmpty())
        return 0.0;
    qsizetype common = 0;
    for (const QString &s : sa)
        common += sb.contains(s) ? 1 : 0;
    return 2.0 * double(common) / double(sa.size() + sb.size());
}

QString ColumnMapping::shortPartyName(const QString &name)
{
    // Straight and typographic quotes alike; the last quoted run is the party's own name, also when the
    // quotes nest ("Российская объединенная демократическая партия "ЯБЛОКО"").
    static const QRegularExpression quoted(QStringLiteral("[\"«“„]([^\"«»“”„]+)[\"»”“]?\\s*$"));
    const QRegularExpressionMatch m = quoted.match(name);
    if (m.hasMatch() && !m.captured(1).trimmed().isEmpty())
        return m.captured(1).trimmed();
    static const QRegularExpression prefix(
        QStringLiteral("^(всероссийская\\s+)?(политическая\\s+)?партия\\s+"), QRegularExpression::CaseInsensitiveOption);
    QString rest = name.trimmed();
    rest.remove(prefix);
    return rest.isEmpty() ? name.trimmed() : rest;
}

ColumnMapping ColumnMapping::automatic(const QStringList &headers, const Contest &contest, const ColumnMapping *saved)
{
    ColumnMapping mapping;
    mapping.columns.resize(headers.size());
    QList<Candidate> candidates;
    QList<int> open; // columns left for label matching

    QHash<QString, const Column *> savedByHeader;
    if (saved) {
        for (const Column &c : saved->columns)
            savedByHeader.insert(normalise(c.header), &c);
    }

    for (int i = 0; i < headers.size(); ++i) {
        Column &column = mapping.columns[i];
        column.header = headers.at(i);
        column.target.kind = Kind::Extra;
        column.confidence = 1.0;
        if (const Column *known = savedByHeader.value(normalise(column.header))) {
            column.target = known->target;
            column.partyName = known->partyName;
            column.chosen = true;
            continue;
        }
        if (const auto kind = territoryKind(column.header)) {
            column.target.kind = *kind;
            continue;
        }
        open.append(i);
    }

    // Score every open column against every line and ballot entry; the best pairs are taken first, one
    // column per target, so that near-identical lines ("in the premises" / "outside the premises") go to
    // the column that matches each best rather than to the first column that matches well enough.
    for (int i : std::as_const(open)) {
        const QString &header = headers.at(i);
        const QRegularExpressionMatch numbered = numberedHeader().match(header);
        const QString text = numbered.hasMatch() ? numbered.captured(2) : header;
        const QString normalisedHeader = normalise(header);
        const QString normalisedText = normalise(text);
        for (const FormLine &line : contest.form.lines) {
            double score = std::max({similarity(header, line.label), similarity(text, line.label),
                                     similarity(header, line.shortLabel)});
            const QString label = normalise(line.label);
            if (normalisedHeader == label || normalisedText == label || normalisedHeader == normalise(line.shortLabel))
                score = 1.0;
            // A header that is the line's number alone, or "line 3", "строка 3", "стр. 3", "жол 3".
            const QString key = line.key.toLower();
            for (const char16_t *prefix : {u"", u"line ", u"строка ", u"стр ", u"жол "}) {
                if (normalisedHeader == QStringView(prefix) + key)
                    score = 1.0;
            }
            if (score >= matchThreshold)
                candidates.append({i, {Kind::Line, line.key, 0}, score});
        }
        for (const BallotEntry &entry : contest.ballot) {
            double score = std::max(similarity(text, entry.name), similarity(header, entry.name));
            if (normalisedText == normalise(entry.name) || (!entry.shortName.isEmpty()
                                                            && normalisedText == normalise(entry.shortName)))
                score = 1.0;
            if (numbered.hasMatch() && numbered.captured(1).toInt() == entry.position)
                score = std::max(score, 0.9); // its number on the ballot, whatever the wording
            if (score >= matchThreshold)
                candidates.append({i, {Kind::Party, {}, entry.position}, score});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    QSet<int> assigned;
    QSet<QString> takenTargets;
    for (const Column &c : std::as_const(mapping.columns)) {
        if (c.target.kind == Kind::Line || c.target.kind == Kind::Party)
            takenTargets.insert(c.target.toText());
    }
    for (const Candidate &candidate : std::as_const(candidates)) {
        const QString target = candidate.target.toText();
        if (assigned.contains(candidate.column) || takenTargets.contains(target))
            continue;
        Column &column = mapping.columns[candidate.column];
        column.target = candidate.target;
        column.confidence = candidate.score;
        if (candidate.target.kind == Kind::Party) {
            const QRegularExpressionMatch numbered = numberedHeader().match(column.header);
            column.partyName = numbered.hasMatch() ? numbered.captured(2).trimmed() : column.header.trimmed();
        }
        assigned.insert(candidate.column);
        takenTargets.insert(target);
    }

    // A numbered header left over is a party the contest's ballot lacks yet: --ballot-from-file adds it.
    for (int i : std::as_const(open)) {
        if (assigned.contains(i))
            continue;
        const QRegularExpressionMatch numbered = numberedHeader().match(headers.at(i));
        if (!numbered.hasMatch())
            continue;
        const Target target{Kind::Party, {}, numbered.captured(1).toInt()};
        if (takenTargets.contains(target.toText()))
            continue;
        Column &column = mapping.columns[i];
        column.target = target;
        column.partyName = numbered.captured(2).trimmed();
        column.confidence = 0.5;
        takenTargets.insert(target.toText());
    }
    return mapping;
}

void ColumnMapping::markCountColumns(const QList<QByteArrayList> &rows)
{
    for (int i = 0; i < columns.size(); ++i) {
        Column &column = columns[i];
        column.holdsCounts = false;
        if (isIdentifierHeader(column.header))
            continue;
        bool filled = false;
        bool counts = true;
        for (const QByteArrayList &row : rows) {
            if (i >= row.size())
                continue;
            const CountParser::Status status = CountParser::parse(row.at(i)).status;
            filled = filled || status != CountParser::Status::Empty;
            counts = status == CountParser::Status::Ok || status == CountParser::Status::Empty;
            if (!counts)
                break;
        }
        column.holdsCounts = filled && counts;
    }
}

void ColumnMapping::takeCountColumnsAsBallot(const Contest &contest)
{
    int position = 0;
    for (const BallotEntry &entry : contest.ballot)
        position = std::max(position, entry.position);
    for (const Column &column : std::as_const(columns)) {
        if (column.target.kind == Kind::Party)
            position = std::max(position, column.target.position);
    }
    for (int i : countColumnsKeptAsText()) {
        Column &column = columns[i];
        column.target = {Kind::Party, {}, ++position};
        column.partyName = column.header.simplified();
        column.confidence = 0.5;
    }
}

QList<int> ColumnMapping::countColumnsKeptAsText() const
{
    // A column repeating the header of a column of figures is no lost count: the import checks it against
    // that column row by row (RowMapper).
    QSet<QString> figureHeaders;
    for (const Column &column : columns) {
        if (column.target.kind == Kind::Line || column.target.kind == Kind::Party)
            figureHeaders.insert(normalise(column.header));
    }
    QList<int> list;
    for (int i = 0; i < columns.size(); ++i) {
        const Column &column = columns.at(i);
        if (column.target.kind == Kind::Extra && column.holdsCounts && !column.chosen
            && !figureHeaders.contains(normalise(column.header)))
            list.append(i);
    }
    return list;
}

int ColumnMapping::columnOf(Kind kind) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).target.kind == kind)
            return i;
    }
    return -1;
}

QList<int> ColumnMapping::columnsOf(Kind kind) const
{
    QList<int> list;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).target.kind == kind)
            list.append(i);
    }
    return list;
}

QStringList ColumnMapping::unmappedHeaders() const
{
    QStringList list;
    for (int i : columnsOf(Kind::Extra))
        list.append(columnName(i));
    return list;
}

QString ColumnMapping::columnName(int column) const
{
    const QString header = columns.at(column).header.simplified();
    return header.isEmpty() ? tr("column %1 (no header)").arg(column + 1) : header;
}

QList<BallotEntry> ColumnMapping::ballotFromColumns() const
{
    QList<BallotEntry> ballot;
    for (int i : columnsOf(Kind::Party)) {
        const Column &column = columns.at(i);
        BallotEntry entry;
        entry.position = column.target.position;
        entry.name = column.partyName.isEmpty() ? column.header.trimmed() : column.partyName;
        entry.shortName = shortPartyName(entry.name);
        ballot.append(entry);
    }
    return ballot;
}

QList<std::pair<ColumnMapping::Target, QString>> ColumnMapping::choices(const Contest &contest)
{
    QList<Target> targets;
    for (Kind kind : {Kind::Extra, Kind::Ignore, Kind::Region, Kind::District, Kind::Precinct, Kind::Address})
        targets.append({kind, {}, 0});
    for (const FormLine &line : contest.form.lines)
        targets.append({Kind::Line, line.key, 0});
    for (const BallotEntry &entry : contest.ballot)
        targets.append({Kind::Party, {}, entry.position});
    QList<std::pair<Target, QString>> list;
    ColumnMapping one;
    one.columns.resize(1);
    for (const Target &target : std::as_const(targets)) {
        one.columns[0].target = target;
        list.append({target, one.describe(0, contest)});
    }
    return list;
}

QString ColumnMapping::describe(int column, const Contest &contest) const
{
    const Column &c = columns.at(column);
    switch (c.target.kind) {
    case Kind::Extra: return tr("kept as text");
    case Kind::Ignore: return tr("ignored");
    case Kind::Region: return tr("region");
    case Kind::District: return tr("territorial commission (district)");
    case Kind::Precinct: return tr("precinct number");
    case Kind::Address: return tr("precinct address");
    case Kind::Line: {
        const FormLine *line = contest.form.line(c.target.lineKey);
        const QString label = !line ? tr("(not on the form)") : line->shortLabel.isEmpty() ? line->displayLabel() : line->displayShortLabel();
        return tr("line %1: %2").arg(c.target.lineKey, label);
    }
    case Kind::Party: {
        for (const BallotEntry &entry : contest.ballot) {
            if (entry.position == c.target.position)
                return tr("party %1: %2")
                    .arg(QString::number(entry.position), entry.displayShortName());
        }
        return tr("party %1: %2 (not on the ballot yet)").arg(QString::number(c.target.position), c.partyName);
    }
    }
    return {};
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray list;
    for (const Column &c : columns) {
        QJsonObject o{{QStringLiteral("header"), c.header}, {QStringLiteral("target"), c.target.toText()}};
        if (!c.partyName.isEmpty())
            o.insert(QStringLiteral("party"), c.partyName);
        list.append(o);
    }
    return {{QStringLiteral("format"), formatName}, {QStringLiteral("version"), 1}, {QStringLiteral("columns"), list}};
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &object)
{
    if (object.value(QStringLiteral("format")).toString() != formatName)
        throw SaylauError(tr("not a column mapping (\"format\" is not \"%1\")").arg(formatName));
    if (object.value(QStringLiteral("version")).toInt() != 1)
        throw SaylauError(tr("column mapping version %1 is not supported").arg(object.value(QStringLiteral("version")).toInt()));
    ColumnMapping mapping;
    for (const QJsonValue &value : object.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject o = value.toObject();
        Column column;
        column.header = o.value(QStringLiteral("header")).toString();
        column.target = Target::fromText(o.value(QStringLiteral("target")).toString());
        column.partyName = o.value(QStringLiteral("party")).toString();
        mapping.columns.append(column);
    }
    return mapping;
}

ColumnMapping ColumnMapping::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SaylauError(tr("Cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        throw SaylauError(tr("%1: not a JSON object: %2").arg(path, error.errorString()));
    try {
        return fromJson(document.object());
    } catch (const SaylauError &e) {
        throw SaylauError(tr("%1: %2").arg(path, e.message()));
    }
}

void ColumnMapping::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(toJson()).toJson()) < 0 || !file.commit())
        throw SaylauError(tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace saylau
