#include "ColumnMapping.h"

#include "CountParser.h"

#include "../domain/Elision.h"
#include "../domain/SaylauError.h"

#include <QFile>
#include <QHash>
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
    // Words the CEC's wordings swap between elections: line 1 is "внесенных в список" in 2011 and
    // "включенных в список" in 2016 and on Kazakhstan's forms.
    static const QHash<QString, QString> synonyms = {{QStringLiteral("внесен"), QStringLiteral("включе")}};
    QSet<QString> set;
    for (const QString &word : ColumnMapping::normalise(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString s = stem(word);
        set.insert(synonyms.value(s, s));
    }
    return set;
}

// Dice coefficient of two sets of stems, 0..1.
double dice(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    qsizetype common = 0;
    for (const QString &s : a)
        common += b.contains(s) ? 1 : 0;
    return 2.0 * double(common) / double(a.size() + b.size());
}

// The stems of a party's name that tell it from other parties: without the words that say what kind of
// organisation it is, which most parties on a Russian or Kazakh ballot share ("Всероссийская политическая
// партия", "саяси партиясы", "общественное объединение"), nor joining words. "Демократическая", "народная" and
// a country's name stay: they are what tells "Демократическая партия Казахстана «Ак жол»" from "Народная партия
// Казахстана".
QSet<QString> distinctiveStems(const QString &name)
{
    static const QSet<QString> generic = [] {
        QSet<QString> set;
        for (const char16_t *word :
             {u"всероссийская", u"общероссийская", u"политическая", u"партия", u"общественное", u"объединение",
              u"организация", u"региональное", u"отделение", u"избирательное", u"пп", u"впп", u"саяси", u"партиясы",
              u"бүкілресейлік", u"қоғамдық", u"бірлестігі", u"party", u"political", u"the", u"of", u"and", u"и",
              u"в", u"за", u"на", u"және"})
            set.insert(stem(QString::fromUtf16(word)));
        return set;
    }();
    QSet<QString> set = stems(name);
    set.subtract(generic);
    return set;
}

// The forms a party's name takes in a header: as it is, its own name in quotes ("ДПК «Ак жол»" -> "Ак жол"), and
// an abbreviation in brackets at the end apart from the rest ("... партия (ОСДП)").
QStringList headerPartyNames(const QString &text)
{
    static const QRegularExpression bracketed(QStringLiteral("^(.*\\S)\\s*\\(([^()]+)\\)\\s*$"),
                                              QRegularExpression::DotMatchesEverythingOption);
    QStringList names{text, ColumnMapping::shortPartyName(text)};
    if (const QRegularExpressionMatch m = bracketed.match(text); m.hasMatch())
        names << m.captured(1) << m.captured(2) << ColumnMapping::shortPartyName(m.captured(1));
    return names;
}

// Every name a ballot entry holds: as stored, short, in each language the preset gave.
QStringList entryNames(const BallotEntry &entry)
{
    QStringList names{entry.name, entry.shortName, ColumnMapping::shortPartyName(entry.name)};
    for (const QString &language : LocalizedText::languages()) {
        const QString name = entry.nameTranslations.translation(language);
        names << name << ColumnMapping::shortPartyName(name) << entry.shortNameTranslations.translation(language);
    }
    names.removeAll(QString());
    return names;
}

// How well a header's party name names a ballot entry: 1 when one of its forms is one of the entry's names,
// else the best overlap of their distinctive words.
double partyNameScore(const QStringList &headerNames, const BallotEntry &entry)
{
    const QStringList names = entryNames(entry);
    double best = 0.0;
    for (const QString &headerName : headerNames) {
        const QString normalisedHeader = ColumnMapping::normalise(headerName);
        if (normalisedHeader.isEmpty())
            continue;
        const QSet<QString> headerStems = distinctiveStems(headerName);
        for (const QString &name : names) {
            if (normalisedHeader == ColumnMapping::normalise(name))
                return 1.0;
            best = std::max(best, dice(headerStems, distinctiveStems(name)));
        }
    }
    return best;
}

// Every text a line is known by: its label and short label as stored and in each language of the form.
QStringList lineLabels(const FormLine &line)
{
    QStringList labels{line.label, line.shortLabel};
    for (const QString &language : LocalizedText::languages())
        labels << line.labelTranslations.translation(language) << line.shortLabelTranslations.translation(language);
    labels.removeAll(QString());
    return labels;
}

const BallotEntry *entryAt(const QList<BallotEntry> &ballot, int position)
{
    for (const BallotEntry &entry : ballot) {
        if (entry.position == position)
            return &entry;
    }
    return nullptr;
}

// Territory columns by their usual names in Russian, Kazakh and English exports: a short header (five words
// at most, as "Избирательная комиссия субъекта Российской Федерации") naming the level, as "УИК", "№
// участка", "Наименование ТИК", "Наименование субъекта РФ", "Аудандық сайлау комиссиясы", "Region". A count
// ("Число избирателей участка", "Number of voters in precinct") is a figure, however short.
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
    if (has({u"число", u"количество", u"count", u"саны"}) || ColumnMapping::readsLikeProtocolLine(header))
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
    return dice(stems(a), stems(b));
}

bool ColumnMapping::readsLikeProtocolLine(const QString &header)
{
    const QRegularExpressionMatch numbered = numberedHeader().match(header);
    const QString text = normalise(numbered.hasMatch() ? numbered.captured(2) : header);
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    if (words.constFirst() == u"число" || words.constFirst() == u"количество" || text.startsWith(u"кол во ")
        || text.startsWith(u"number of ") || words.constLast() == u"саны")
        return true;
    for (const QString &word : words) {
        // "избиратель..." is a voter, "избирательн..." only electoral: an "избирательное объединение" is a party.
        if (word.startsWith(u"бюллетен") || word.startsWith(u"сайлаушы") || word.startsWith(u"ballot")
            || word.startsWith(u"voter") || (word.startsWith(u"избирател") && !word.startsWith(u"избирательн")))
            return true;
    }
    return false;
}

ColumnMapping::BallotMatch ColumnMapping::matchBallotName(const QString &name, const QList<BallotEntry> &ballot)
{
    // Two entries within this of each other are no clear answer, unless the second is too far to be one.
    constexpr double clearMargin = 0.2;
    const QStringList headerNames = headerPartyNames(name);
    BallotMatch match;
    double second = 0.0;
    int secondPosition = 0;
    for (const BallotEntry &entry : ballot) {
        const double score = partyNameScore(headerNames, entry);
        if (score > match.score) {
            second = match.score;
            secondPosition = match.position;
            match.score = score;
            match.position = entry.position;
        } else if (score > second) {
            second = score;
            secondPosition = entry.position;
        }
    }
    if (match.score < matchThreshold)
        return {};
    if (second >= matchThreshold && match.score - second < clearMargin)
        match.rival = secondPosition;
    return match;
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
    // A party column's name decides, not its number: a file of another election numbers other parties
    // ("1. РОДИНА" in 2016 is not the 2011 ballot's 1), and votes given to the wrong party are the worst
    // mistake an import can make. Where number and name disagree and the name names no entry clearly, the
    // column stays unmatched with the reason, and the import refuses it.
    QHash<int, QString> doubts;
    QHash<int, int> namedPositions; // column -> the entry its name clearly names
    for (int i : std::as_const(open)) {
        const QString &header = headers.at(i);
        const QRegularExpressionMatch numbered = numberedHeader().match(header);
        const QString text = numbered.hasMatch() ? numbered.captured(2) : header;
        const QString normalisedHeader = normalise(header);
        const QString normalisedText = normalise(text);
        for (const FormLine &line : contest.form.lines) {
            double score = 0.0;
            for (const QString &label : lineLabels(line)) {
                score = std::max({score, similarity(header, label), similarity(text, label)});
                const QString normalisedLabel = normalise(label);
                if (normalisedHeader == normalisedLabel || normalisedText == normalisedLabel)
                    score = 1.0;
            }
            // A header that is the line's number alone, or "line 3", "строка 3", "стр. 3", "жол 3".
            const QString key = line.key.toLower();
            for (const char16_t *prefix : {u"", u"line ", u"строка ", u"стр ", u"жол "}) {
                if (normalisedHeader == QStringView(prefix) + key)
                    score = 1.0;
            }
            if (score >= matchThreshold)
                candidates.append({i, {Kind::Line, line.key, 0}, score});
        }
        if (readsLikeProtocolLine(header)) {
            doubts.insert(i, tr("it reads like a protocol line but matches none of the form's lines"));
            continue;
        }
        const BallotMatch named = matchBallotName(text, contest.ballot);
        const BallotEntry *atNumber = numbered.hasMatch() ? entryAt(contest.ballot, numbered.captured(1).toInt()) : nullptr;
        if (atNumber && (named.position == atNumber->position || named.rival == atNumber->position)) {
            // The name names the number's entry, or that one and another equally: the number settles it.
            candidates.append({i, {Kind::Party, {}, atNumber->position}, std::max(named.score, 0.9)});
            namedPositions.insert(i, atNumber->position);
        } else if (named.clear()) {
            // A number that disagrees with a clear name is a guess to check, however exact the name.
            candidates.append({i, {Kind::Party, {}, named.position}, atNumber ? std::min(named.score, 0.9) : named.score});
            namedPositions.insert(i, named.position);
        } else if (atNumber) {
            doubts.insert(i, tr("its number is ballot position %1 (%2), but its name, %3, is not that entry's nor "
                                "clearly another's")
                                 .arg(QString::number(atNumber->position), atNumber->displayShortName(),
                                      Elision::elide(shortPartyName(text).simplified(), Elision::message)));
        } else if (named.rival) {
            doubts.insert(i, tr("its name could be ballot position %1 (%2) or %3 (%4)")
                                 .arg(QString::number(named.position),
                                      entryAt(contest.ballot, named.position)->displayShortName(),
                                      QString::number(named.rival),
                                      entryAt(contest.ballot, named.rival)->displayShortName()));
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    QSet<int> assigned;
    QHash<QString, int> takenTargets; // target -> the column that has it
    for (int i = 0; i < mapping.columns.size(); ++i) {
        const Column &c = mapping.columns.at(i);
        if (c.target.kind == Kind::Line || c.target.kind == Kind::Party)
            takenTargets.insert(c.target.toText(), i);
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
        takenTargets.insert(target, candidate.column);
    }

    for (int i : std::as_const(open)) {
        if (assigned.contains(i))
            continue;
        Column &column = mapping.columns[i];
        if (doubts.contains(i)) {
            column.unmatchedBecause = doubts.value(i);
            continue;
        }
        if (const int position = namedPositions.value(i)) {
            column.unmatchedBecause = tr("it names ballot position %1 (%2), which column %3 has already")
                                          .arg(QString::number(position), entryAt(contest.ballot, position)->displayShortName(),
                                               QString::number(takenTargets.value(Target{Kind::Party, {}, position}.toText()) + 1));
            continue;
        }
        // A numbered header left over is a party the contest's ballot lacks yet: --ballot-from-file adds it.
        const QRegularExpressionMatch numbered = numberedHeader().match(headers.at(i));
        if (!numbered.hasMatch())
            continue;
        const Target target{Kind::Party, {}, numbered.captured(1).toInt()};
        if (takenTargets.contains(target.toText()))
            continue;
        column.target = target;
        column.partyName = numbered.captured(2).trimmed();
        column.confidence = 0.5;
        takenTargets.insert(target.toText(), i);
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
        // A column the match had doubts about is a line the form lacks or a party the ballot may have:
        // adding it to the ballot would count a line as votes or a party twice.
        if (!column.unmatchedBecause.isEmpty())
            continue;
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

void ColumnMapping::choose(int index, const Target &target, const Contest &contest)
{
    Column &column = columns[index];
    column.target = target;
    column.confidence = 1.0;
    column.chosen = true;
    column.unmatchedBecause.clear();
    if (target.kind == Kind::Party) {
        if (const BallotEntry *entry = entryAt(contest.ballot, target.position))
            column.partyName = entry->name;
    }
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
        if (c.target.kind == Kind::Party && !c.partyName.isEmpty())
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
