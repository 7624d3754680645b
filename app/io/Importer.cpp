#include "Importer.h"

#include "CsvReader.h"
#include "RowMapper.h"
#include "RowPipeline.h"
#include "TerritoryResolver.h"
#include "TikSubtotals.h"

#include "../analysis/NumberFormat.h"
#include "../domain/Elision.h"
#include "../domain/SaylauError.h"
#include "../forms/FormEvaluator.h"
#include "../storage/CampaignStore.h"
#include "../storage/ExchangeLedger.h"
#include "../storage/ImportWriter.h"
#include "../storage/TerritoryEditor.h"
#include "../text/CsvWriter.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <vector>

namespace saylau {

namespace {

// Progress and cancel are looked at once per this many rows: often enough for a dialog, rare enough to cost
// nothing.
constexpr qint64 progressInterval = 4096;

// Data rows read ahead to see which columns hold counts.
constexpr int countSampleRows = 200;

bool isTerritoryColumn(ColumnMapping::Kind kind)
{
    return kind == ColumnMapping::Kind::Region || kind == ColumnMapping::Kind::District
           || kind == ColumnMapping::Kind::Precinct || kind == ColumnMapping::Kind::Address;
}

ColumnMapping::Kind keyKind(TerritoryNode::Level level)
{
    switch (level) {
    case TerritoryNode::Level::Region: return ColumnMapping::Kind::Region;
    case TerritoryNode::Level::District: return ColumnMapping::Kind::District;
    default: return ColumnMapping::Kind::Precinct;
    }
}

} // namespace

Importer::Importer(CampaignStore &store, const QString &csvPath, Options options, const ColumnMapping *saved)
    : m_store(store)
    , m_path(csvPath)
    , m_options(std::move(options))
{
    if (m_options.level == TerritoryNode::Level::Country)
        throw SaylauError(tr("figures are imported per precinct, TIK or region, not for the whole country"));
    if (m_options.territoryOnly && m_options.level != TerritoryNode::Level::Precinct)
        throw SaylauError(tr("a precinct list has a precinct on every row; it cannot be read at another level"));
    m_storedContest = store.contest(m_options.contestId);
    CsvReader reader(csvPath);
    if (!reader.readRecord())
        throw SaylauError(tr("%1 is empty").arg(csvPath));
    m_headers = reader.fields();
    for (int i = 0; i < m_headers.size(); ++i) {
        // Line breaks are allowed: spreadsheets write headers over several lines. A NUL or another control
        // character is a damaged header that would be kept as a column name.
        for (const QChar c : std::as_const(m_headers.at(i))) {
            if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t')
                throw SaylauError(tr("%1, line %2, column %3: the header has a control character (%4)")
                                      .arg(csvPath, QString::number(reader.recordLine()), QString::number(i + 1),
                                           Elision::codePoint(c.unicode())));
        }
    }
    m_encoding = reader.encoding();
    m_encodingName = CsvReader::encodingName(m_encoding);
    m_delimiterName = CsvReader::delimiterName(reader.delimiter());
    std::optional<ColumnMapping> stored;
    if (!saved) {
        const auto json = store.savedMapping(m_storedContest.id, m_options.source, ColumnMapping::headerSignature(m_headers));
        if (json) {
            // A stored mapping that no longer reads is only a lost convenience: match afresh.
            try {
                stored = ColumnMapping::fromJson(QJsonDocument::fromJson(json->toUtf8()).object());
                saved = &*stored;
                m_usesStoredMapping = true;
            } catch (const SaylauError &) {
            }
        }
    }
    m_mapping = ColumnMapping::automatic(m_headers, m_storedContest, saved);
    // Which columns hold counts is read off the file's first rows: enough to tell a column of votes from one
    // of names or links, and the header row is already read.
    while (m_sample.size() < countSampleRows && reader.readRecord()) {
        QByteArrayList cells;
        for (int i = 0; i < reader.fieldCount(); ++i)
            cells.append(reader.fieldBytes(i).toByteArray());
        m_sample.append(cells);
    }
    m_mapping.markCountColumns(m_sample);
    if (m_options.ballotFromFile)
        m_mapping.takeCountColumnsAsBallot(m_storedContest);
    if (m_options.territoryOnly)
        ignoreAllButTerritory();
    prepareContest();
}

void Importer::ignoreAllButTerritory()
{
    // A list's voter count is no official figure, and its other columns belong to no protocol: they are
    // ignored (the dialog and the summary say so), and a person may still choose otherwise.
    for (ColumnMapping::Column &column : m_mapping.columns) {
        if (!isTerritoryColumn(column.target.kind)) {
            column.target = ColumnMapping::Target{ColumnMapping::Kind::Ignore, {}, 0};
            column.confidence = 1.0;
        }
    }
}

Importer::~Importer() = default;

void Importer::setMapping(const ColumnMapping &mapping)
{
    m_mapping = mapping;
    m_mapping.markCountColumns(m_sample);
    prepareContest();
}

void Importer::prepareContest()
{
    m_contest = m_storedContest;
    if (!m_options.ballotFromFile)
        return;
    bool added = false;
    for (const BallotEntry &entry : m_mapping.ballotFromColumns()) {
        const bool known = std::any_of(m_contest.ballot.cbegin(), m_contest.ballot.cend(),
                                       [&entry](const BallotEntry &e) { return e.position == entry.position; });
        if (!known) {
            m_contest.ballot.append(entry);
            added = true;
        }
    }
    if (added)
        std::stable_sort(m_contest.ballot.begin(), m_contest.ballot.end(),
                         [](const BallotEntry &a, const BallotEntry &b) { return a.position < b.position; });
}

void Importer::checkMapping() const
{
    const QList<ColumnMapping::Column> &columns = m_mapping.columns;
    if (columns.size() != m_headers.size())
        throw SaylauError(tr("%1: the mapping has %2 columns, the file %3").arg(m_path, QString::number(columns.size()), QString::number(m_headers.size())));
    const ColumnMapping::Kind key = keyKind(m_options.level);
    if (m_mapping.columnOf(key) < 0) {
        const QString expected = key == ColumnMapping::Kind::Region     ? tr("the region (region, регион, область)")
                                 : key == ColumnMapping::Kind::District ? tr("the TIK (tik, ТИК, район)")
                                                                        : tr("the precinct number (uik, УИК, участок)");
        QString hint;
        // Exports with titles over groups of columns ("Данные протокола", "Голоса за партии") on a row of their
        // own have their real header on the next row.
        if (!m_sample.isEmpty()) {
            QStringList nextRow;
            for (const QByteArray &cell : m_sample.constFirst())
                nextRow.append(CsvReader::decode(cell, m_encoding));
            if (ColumnMapping::automatic(nextRow, m_storedContest).columnOf(key) >= 0)
                hint = tr(". The row after the header reads like the header itself: the first row seems to hold "
                          "titles over groups of columns; delete it and import again");
        }
        throw SaylauError(tr("%1: no column gives %2; name it in the header or in a mapping file").arg(m_path, expected)
                          + hint);
    }
    // A table with one precinct (or TIK) per column, as the CEC site shows a commission's results, has its
    // protocol lines as rows: several columns name territory of one level.
    for (const ColumnMapping::Kind level : {ColumnMapping::Kind::Precinct, ColumnMapping::Kind::District}) {
        QStringList named;
        for (const ColumnMapping::Column &column : columns) {
            if (column.target.kind == level)
                named.append(Elision::elide(column.header.simplified(), Elision::message));
        }
        if (named.size() >= 3)
            throw SaylauError(tr("%1: %n columns name precincts or TIKs (%2): the table seems to have one precinct or "
                                 "TIK per column and the protocol's lines as rows. A file has one precinct per row: "
                                 "transpose the table (in a spreadsheet: copy it, then Paste Special, Transpose) and "
                                 "import again",
                                 nullptr, int(named.size()))
                                  .arg(m_path, named.mid(0, 3).join(QStringLiteral(", "))
                                                   + (named.size() > 3 ? QStringLiteral(", …") : QString())));
    }
    QHash<QString, int> targets;
    bool anyFigure = false;
    const auto columnNamed = [this, &columns](int i) {
        return tr("%1, column %2 \"%3\"")
            .arg(m_path, QString::number(i + 1), Elision::elide(columns.at(i).header.simplified(), Elision::message));
    };
    const auto columnListed = [&columns](int i) {
        return tr("  column %1 \"%2\"")
            .arg(QString::number(i + 1), Elision::elide(columns.at(i).header.simplified(), Elision::message));
    };
    // Where the ballot has entries, a party column that matched none is one of them under another name or
    // number more often than a new party: the way to map it to its entry comes before --ballot-from-file.
    QStringList ballotEntries;
    for (const BallotEntry &entry : m_storedContest.ballot)
        ballotEntries << QStringLiteral("%1 %2").arg(QString::number(entry.position), entry.displayShortName());
    const QString ballotList = ballotEntries.join(QStringLiteral(", "));
    // Votes that would silently go nowhere come first, before any lesser complaint about the same file, all
    // such columns in one message. A precinct list stores no counts, so it loses none.
    if (const QList<int> countsAsText = m_mapping.countColumnsKeptAsText();
        !countsAsText.isEmpty() && !m_options.territoryOnly) {
        QStringList listed;
        bool lineLike = false;
        bool partyLike = false;
        for (int i : countsAsText) {
            const ColumnMapping::Column &column = columns.at(i);
            listed << (column.unmatchedBecause.isEmpty() ? columnListed(i)
                                                         : tr("%1: %2").arg(columnListed(i), column.unmatchedBecause));
            (ColumnMapping::readsLikeProtocolLine(column.header) ? lineLike : partyLike) = true;
        }
        QStringList fixes;
        if (lineLike)
            fixes << tr("a protocol line gets \"target\": \"line:KEY\" in a mapping file, KEY being its number on "
                        "the form %1")
                         .arg(m_contest.form.id);
        if (partyLike && !m_storedContest.ballot.isEmpty())
            fixes << tr("a party or candidate on the ballot of %1 (%2) gets \"target\": \"party:N\" in a mapping "
                        "file; --ballot-from-file adds a column to the ballot as a new entry, so it is only for "
                        "entries the ballot lacks (a file of another election belongs in a contest with that "
                        "election's ballot)")
                         .arg(m_contest.id, ballotList);
        else if (partyLike)
            fixes << tr("candidates or parties are taken as the ballot with --ballot-from-file");
        fixes << tr("\"target\": \"extra\" in a mapping file keeps a column as text on purpose");
        throw SaylauError(tr("%1: %n column(s) hold counts but map to nothing, so their votes would be lost:", nullptr,
                             int(countsAsText.size()))
                              .arg(m_path)
                          + QLatin1Char('\n') + listed.join(QLatin1Char('\n')) + QLatin1Char('\n')
                          + tr("To fix (a mapping file is given with --mapping M.json): %1.")
                                .arg(fixes.join(QStringLiteral("; "))));
    }
    // A party name given with a party target (a mapping file's "party", the header a match was made by) must
    // name the entry at that position: a mapping from another election's file would put votes on the wrong
    // party. A position the stored ballot lacks is an entry the file adds, named by that very name.
    QStringList misnamed;
    for (int i = 0; i < columns.size(); ++i) {
        const ColumnMapping::Column &column = columns.at(i);
        if (column.target.kind != ColumnMapping::Kind::Party || column.partyName.isEmpty())
            continue;
        const auto entry = std::find_if(m_storedContest.ballot.cbegin(), m_storedContest.ballot.cend(),
                                        [&column](const BallotEntry &e) { return e.position == column.target.position; });
        if (entry == m_storedContest.ballot.cend())
            continue;
        const ColumnMapping::BallotMatch match = ColumnMapping::matchBallotName(column.partyName, m_storedContest.ballot);
        if (match.position == entry->position || match.rival == entry->position)
            continue;
        misnamed << tr("%1: \"target\": \"party:%2\" is %3 on the ballot, but \"party\" names %4")
                        .arg(columnListed(i), QString::number(entry->position), entry->displayShortName(),
                             Elision::elide(ColumnMapping::shortPartyName(column.partyName).simplified(),
                                            Elision::message));
    }
    if (!misnamed.isEmpty())
        throw SaylauError((m_usesStoredMapping ? tr("%1: the column mapping saved in the campaign for files of this "
                                                    "shape puts votes on parties other than the ones it names:")
                                               : tr("%1: the column mapping puts votes on parties other than the ones "
                                                    "it names:"))
                              .arg(m_path)
                          + QLatin1Char('\n') + misnamed.join(QLatin1Char('\n')) + QLatin1Char('\n')
                          + tr("Correct \"target\" or \"party\" in a mapping file (--mapping M.json); the ballot of "
                               "%1: %2.")
                                .arg(m_contest.id, ballotList));
    QStringList notOnBallot;
    for (int i = 0; i < columns.size(); ++i) {
        const ColumnMapping::Column &column = columns.at(i);
        const ColumnMapping::Kind kind = column.target.kind;
        const QString where = columnNamed(i);
        if (kind == ColumnMapping::Kind::Extra && m_options.strict)
            throw SaylauError(tr("%1 maps to nothing (--strict); map it or drop --strict to keep it as text").arg(where));
        if (kind == ColumnMapping::Kind::Extra || kind == ColumnMapping::Kind::Ignore)
            continue;
        if (const int other = targets.value(column.target.toText(), -1); other >= 0)
            throw SaylauError(tr("%1 and column %2 both map to %3").arg(where, QString::number(other + 1), column.target.toText()));
        targets.insert(column.target.toText(), i);
        if (kind == ColumnMapping::Kind::Line) {
            if (!m_contest.form.hasLine(column.target.lineKey))
                throw SaylauError(tr("%1 maps to line %2, which the form %3 does not have")
                                      .arg(where, column.target.lineKey, m_contest.form.id));
            anyFigure = true;
        } else if (kind == ColumnMapping::Kind::Party) {
            if (m_contest.slotOf(Contest::partyKey(column.target.position)) < 0)
                notOnBallot << tr("%1 (party %2)").arg(columnListed(i), QString::number(column.target.position));
            anyFigure = true;
        }
    }
    if (!notOnBallot.isEmpty())
        throw SaylauError(tr("%1: %n column(s) are parties not on the ballot of %2:", nullptr, int(notOnBallot.size()))
                              .arg(m_path, m_contest.id)
                          + QLatin1Char('\n') + notOnBallot.join(QLatin1Char('\n')) + QLatin1Char('\n')
                          + (m_storedContest.ballot.isEmpty()
                                 ? tr("To fix: use --ballot-from-file to take the ballot from the file.")
                                 : tr("To fix: a party the ballot has under another name or number gets \"target\": "
                                      "\"party:N\" in a mapping file (--mapping M.json), N from the ballot (%1); "
                                      "--ballot-from-file adds parties the ballot lacks.")
                                       .arg(ballotList)));
    if (!anyFigure && !m_options.territoryOnly)
        throw SaylauError(tr("%1: no column maps to a line of the form or a party").arg(m_path));
}

QList<Importer::PreviewRow> Importer::preview(int rowCount) const
{
    CsvReader reader(m_path);
    reader.readRecord();
    const RowMapper mapper(m_mapping, m_contest, m_options.level, QFileInfo(m_path).fileName());
    QList<PreviewRow> rows;
    RowMapper::Row row;
    QString error;
    while (rows.size() < rowCount && reader.readRecord()) {
        const RowMapper::Status status = mapper.map(reader, row, error);
        if (status == RowMapper::Status::Blank || status == RowMapper::Status::Totals)
            continue;
        PreviewRow preview;
        preview.line = reader.recordLine();
        if (status == RowMapper::Status::Bad) {
            preview.error = error;
        } else {
            preview.territory = {reader.decode(row.region).trimmed(), reader.decode(row.district).trimmed(),
                                 TerritoryResolver::precinctCode(reader.decode(row.precinct)),
                                 reader.decode(row.address).trimmed()};
            preview.figures = row.figures;
            preview.extra = QJsonDocument::fromJson(row.extraJson).object();
        }
        rows.append(preview);
    }
    return rows;
}

QStringList Importer::regionsToChooseFrom() const
{
    if (!m_options.region.isEmpty() || m_options.level == TerritoryNode::Level::Region
        || m_mapping.columnOf(ColumnMapping::Kind::Region) >= 0)
        return {};
    // Where TerritoryResolver finds regions: under the country when it is the only root, else at the top.
    QList<TerritoryNode> top = m_store.territoryChildren(0);
    if (top.size() == 1 && top.constFirst().level == TerritoryNode::Level::Country)
        top = m_store.territoryChildren(top.constFirst().id);
    QStringList names;
    for (const TerritoryNode &node : std::as_const(top)) {
        if (node.level == TerritoryNode::Level::Region)
            names.append(node.displayName());
    }
    return names;
}

Importer::Summary Importer::run()
{
    checkMapping();

    Summary summary;
    summary.dryRun = m_options.dryRun;
    summary.unmappedHeaders = m_mapping.unmappedHeaders();

    const QString fileName = QFileInfo(m_path).fileName();
    // Messages name the file as the user gave it.
    const RowMapper messages(m_mapping, m_contest, m_options.level, m_path);

    // Rejected rows go to a file of the input's shape plus the line and the reason, so they can be fixed
    // and imported again. Written through QSaveFile: it appears whole or not at all.
    std::unique_ptr<QSaveFile> rejects;
    if (!m_options.rejectsPath.isEmpty()) {
        rejects = std::make_unique<QSaveFile>(m_options.rejectsPath);
        if (!rejects->open(QIODevice::WriteOnly))
            throw SaylauError(tr("Cannot write %1: %2").arg(m_options.rejectsPath, rejects->errorString()));
        rejects->write(CsvWriter::record(QStringList{tr("line"), tr("reason")} + m_headers));
    }
    const RowPipeline::Row *row = nullptr;
    auto rejectLine = [&](qint64 line, const QStringList &fields, const QString &reason) {
        if (!rejects)
            throw SaylauError(reason);
        ++summary.rejected;
        rejects->write(CsvWriter::record(QStringList{QString::number(line), reason} + fields));
    };
    auto reject = [&](const QString &reason) { rejectLine(row->line, row->fields, reason); };

    const CampaignStore::BulkLoadScope bulkLoad(m_store);
    CampaignStore::Transaction transaction(m_store);
    const qint64 before = m_store.protocolCount(m_contest.id, m_options.source);
    if (m_contest.ballot.size() != m_storedContest.ballot.size()) {
        for (const BallotEntry &entry : std::as_const(m_contest.ballot)) {
            const bool known = std::any_of(m_storedContest.ballot.cbegin(), m_storedContest.ballot.cend(),
                                           [&entry](const BallotEntry &e) { return e.position == entry.position; });
            if (!known)
                summary.ballotAdded.append(entry);
        }
        m_store.setBallot(m_contest.id, m_contest.ballot);
    }

    // Read before the writer starts: it may hold the store's connection until flushed.
    const ExchangeLedger exchange(m_store);
    const QStringList officeRegions = exchange.regions();
    const QString origin = tr("import of %1").arg(fileName);
    const std::unique_ptr<ImportWriter> writer =
        ImportWriter::create(m_store, m_contest, m_options.source, m_options.copy, origin,
                             m_options.operatorName.isEmpty() ? origin : m_options.operatorName);
    TerritoryResolver territory(m_store, *writer, m_encoding);
    if (!officeRegions.isEmpty())
        territory.keepWithin(officeRegions);
    // Without a region column the rows' TIKs (or precincts) go to the top of the tree, where TIKs of one name
    // are one TIK. Beside the regions a campaign has, they would be in none of them: left out of every
    // region's totals, and not the TIKs the regions hold.
    const bool regionColumn = m_mapping.columnOf(ColumnMapping::Kind::Region) >= 0;
    if (!m_options.region.isEmpty()) {
        // A file of one region's TIKs and precincts, its region named on the command line: an existing one only,
        // so that a slip of the keyboard makes no new region.
        if (regionColumn || m_options.level == TerritoryNode::Level::Region)
            throw SaylauError(tr("%1: --region is for a file without a region column, and this one has one (%2)")
                                  .arg(m_path, m_mapping.columnName(m_mapping.columnOf(ColumnMapping::Kind::Region))));
        const std::optional<qint64> region = territory.existingRegion(m_options.region);
        if (!region)
            throw SaylauError(tr("%1: the campaign has no region \"%2\" (--region names one of its regions, as the "
                                 "navigator shows it or in another of its languages)")
                                  .arg(m_path, m_options.region));
        territory.placeUnder(*region);
    } else if (m_options.level != TerritoryNode::Level::Region && !regionColumn) {
        if (const int regions = territory.existing(TerritoryNode::Level::Region); regions > 0) {
            const QStringList asText = m_mapping.unmappedHeaders();
            throw SaylauError(
                tr("%1: no column gives the region, and the campaign has %n region(s): the file's TIKs and "
                   "precincts would be placed beside them, in no region. Name the region column in the header "
                   "(Регион, Субъект РФ, Облыс, Region) or in a mapping file (--mapping M.json, \"target\": "
                   "\"region\"), or add such a column to the file; saylau import --region NAME places a file of one "
                   "region's TIKs in it",
                   nullptr, regions)
                    .arg(m_path)
                + (asText.isEmpty() ? QString() : tr(" (columns kept as text: %1)").arg(asText.join(QStringLiteral(", ")))));
        }
        summary.withoutRegionColumn = true;
    }
    // A precinct list sets the addresses of precincts that exist: their nodes as they were, to compare and to
    // record what changed.
    QHash<qint64, TerritoryNode> existingPrecincts;
    if (m_options.territoryOnly) {
        for (const TerritoryNode &node : m_store.allTerritory()) {
            if (node.level == TerritoryNode::Level::Precinct)
                existingPrecincts.insert(node.id, node);
        }
        for (int i = 0; i < m_mapping.columns.size(); ++i) {
            if (!isTerritoryColumn(m_mapping.columns.at(i).target.kind))
                summary.headersLeftOut.append(m_mapping.columnName(i));
        }
    }
    TerritoryEditor addresses(m_store, m_options.operatorName.isEmpty() ? origin : m_options.operatorName);
    // The line each territory's row came from, by node id (ids are dense): a duplicate precinct names both.
    std::vector<qint64> lineOfTerritory;
    // Per relation of the form that is an error by law: the rows that broke it, or -1 once a row kept it (it is
    // then no longer evaluated, so a good file costs a few rows' evaluation). A precinct list has no figures.
    const std::optional<FormEvaluator> relations =
        m_options.territoryOnly ? std::nullopt : std::make_optional<FormEvaluator>(m_contest);
    std::vector<qint64> brokenOn;
    if (relations) {
        for (const FormEvaluator::CompiledRelation &relation : relations->relations())
            brokenOn.push_back(relation.relation.severity == Severity::Error ? 0 : -1);
    }
    const auto noteRelations = [&](const Figures &figures) {
        for (size_t i = 0; i < brokenOn.size(); ++i) {
            if (brokenOn[i] < 0)
                continue;
            const FormEvaluator::Outcome outcome = relations->evaluate(int(i), figures);
            if (outcome.status == FormEvaluator::Outcome::Status::Holds)
                brokenOn[i] = -1;
            else if (outcome.violated())
                ++brokenOn[i];
        }
    };
    // The line of the row that gave the territory before, or 0 when this row is the first (and now claims it).
    auto firstLineOf = [&lineOfTerritory](qint64 territoryId, qint64 line) {
        if (lineOfTerritory.size() <= size_t(territoryId))
            lineOfTerritory.resize(size_t(territoryId) * 2 + 1024);
        qint64 &first = lineOfTerritory[size_t(territoryId)];
        if (first)
            return first;
        first = line;
        return qint64(0);
    };
    // The file's own words are cut short in a message; the unit's name around them is ours.
    const auto cell = [this](QByteArrayView bytes) {
        return Elision::elide(CsvReader::decode(bytes, m_encoding).trimmed(), Elision::message);
    };
    // Rows with a TIK and no precinct wait for the end of the file: only then is it known whether their counts
    // are the sum of the TIK's precincts (a subtotal, skipped) or votes the TIK counted itself.
    struct CommissionRow
    {
        qint64 line;
        QByteArray region;
        QByteArray district;
        QByteArray label;
        QByteArray extraJson;
        Figures figures;
        QStringList fields;
    };
    QList<CommissionRow> commissionRows;
    TikSubtotals tikSubtotals;
    const bool sumsTiks = !m_options.territoryOnly && m_options.level == TerritoryNode::Level::Precinct
                          && m_mapping.columnOf(ColumnMapping::Kind::District) >= 0;
    // A TIK with a rejected row (--skip-bad) has sums that no longer tell its subtotal from votes it counted
    // itself: its rows without a precinct are rejected too, by the line of its first rejected row, rather
    // than a subtotal imported as votes of its own and the TIK counted twice.
    const auto tikText = [](const QString &region, const QString &district) {
        return std::pair{region.trimmed(), district.trimmed()};
    };
    QHash<std::pair<QString, QString>, qint64> tikRejectedOn;
    const auto noteRejectedTik = [&] {
        const int regionAt = m_mapping.columnOf(ColumnMapping::Kind::Region);
        const int districtAt = m_mapping.columnOf(ColumnMapping::Kind::District);
        if (!sumsTiks || districtAt >= row->fields.size() || row->fields.at(districtAt).trimmed().isEmpty())
            return;
        const auto tik = tikText(row->fields.value(regionAt), row->fields.at(districtAt));
        if (!tikRejectedOn.contains(tik))
            tikRejectedOn.insert(tik, row->line);
    };
    RowPipeline rows(m_path, m_mapping, m_contest, m_options.level, rejects != nullptr);
    while ((row = rows.next())) {
        ++summary.rows;
        if (summary.rows % progressInterval == 0) {
            if (m_progress)
                m_progress(row->bytesRead, rows.size());
            if (m_cancel && m_cancel->load()) {
                summary.cancelled = true;
                return summary; // the transaction rolls back
            }
        }
        switch (row->status) {
        case RowMapper::Status::Blank: --summary.rows; continue;
        case RowMapper::Status::Totals: ++summary.totalsRows; continue;
        case RowMapper::Status::Bad:
            reject(row->error);
            noteRejectedTik();
            continue;
        case RowMapper::Status::Ok: break;
        }
        if (!territory.withinRegions(row->region)) {
            const int regionAt = m_mapping.columnOf(ColumnMapping::Kind::Region);
            reject(tr("%1: %2 is outside the regions of office %3's kit (%4): headquarters would set it aside; import "
                      "it at headquarters, or at the office whose kit holds that region")
                       .arg(messages.where(row->line, regionAt >= 0 ? regionAt : messages.keyColumn()),
                            row->region.trimmed().isEmpty() ? tr("a row in no region") : cell(row->region),
                            exchange.siteName(), officeRegions.join(QStringLiteral(", "))));
            noteRejectedTik();
            continue;
        }
        if (row->countedByCommission) {
            if (m_options.territoryOnly)
                reject(tr("%1: no precinct number; every row of a precinct list needs one")
                           .arg(messages.where(row->line, messages.keyColumn())));
            else
                commissionRows.append({row->line, row->region.toByteArray(), row->district.toByteArray(),
                                       row->label.toByteArray(), row->extraJson.toByteArray(), *row->figures,
                                       row->fields});
            continue;
        }
        const qint64 territoryId =
            territory.resolve(m_options.level, row->region, row->district, row->precinct, row->address);
        if (const qint64 first = firstLineOf(territoryId, row->line)) {
            reject(tr("%1: %2 appears twice (first on line %3)")
                       .arg(messages.where(row->line, messages.keyColumn()), cell(row->key), QString::number(first)));
            continue;
        }
        ++summary.imported;
        if (m_options.territoryOnly) {
            const auto existing = existingPrecincts.constFind(territoryId);
            if (existing == existingPrecincts.cend())
                continue;
            // An empty cell keeps the address the campaign has: a list without addresses erases none.
            const QString address = CsvReader::decode(row->address, m_encoding).trimmed();
            if (!address.isEmpty() && address != existing->address) {
                addresses.changeAddressWithin(*existing, address);
                ++summary.precinctsUpdated;
            }
            continue;
        }
        writer->saveProtocol(territoryId, *row->figures, row->extraJson);
        noteRelations(*row->figures);
        if (sumsTiks)
            tikSubtotals.addPrecinct(territory.resolve(TerritoryNode::Level::District, row->region, row->district, {}, {}),
                                     *row->figures);
    }

    QHash<qint64, QList<int>> commissionRowsOfTik;
    QSet<int> rejectedUnits;
    for (int i = 0; i < commissionRows.size(); ++i) {
        const CommissionRow &unit = commissionRows.at(i);
        const qint64 rejectedOn = tikRejectedOn.value(tikText(CsvReader::decode(unit.region, m_encoding),
                                                              CsvReader::decode(unit.district, m_encoding)));
        if (rejectedOn) {
            rejectLine(unit.line, unit.fields,
                       tr("%1: this TIK's row without a precinct is not imported: with the TIK's row on line %2 "
                          "rejected, it cannot be told from the TIK's subtotal; correct that row and import the whole "
                          "file again")
                           .arg(messages.where(unit.line, m_mapping.columnOf(ColumnMapping::Kind::District)),
                                QString::number(rejectedOn)));
            rejectedUnits.insert(i);
            continue;
        }
        commissionRowsOfTik[territory.resolve(TerritoryNode::Level::District, unit.region, unit.district, {}, {})]
            .append(i);
    }
    QSet<int> subtotalRows;
    for (auto tik = commissionRowsOfTik.cbegin(); tik != commissionRowsOfTik.cend(); ++tik) {
        QList<const Figures *> figures;
        for (int i : tik.value())
            figures.append(&commissionRows.at(i).figures);
        for (int i : tikSubtotals.subtotals(tik.key(), figures))
            subtotalRows.insert(tik.value().at(i));
    }
    for (int i = 0; i < commissionRows.size(); ++i) {
        const CommissionRow &unit = commissionRows.at(i);
        if (rejectedUnits.contains(i))
            continue;
        if (subtotalRows.contains(i)) {
            ++summary.totalsRows;
            ++summary.tikSubtotalRows;
            continue;
        }
        const qint64 territoryId = territory.resolveCommissionUnit(unit.region, unit.district, unit.label);
        if (const qint64 first = firstLineOf(territoryId, unit.line)) {
            rejectLine(unit.line, unit.fields,
                       tr("%1: %2 appears twice (first on line %3)")
                           .arg(messages.where(unit.line, messages.keyColumn()),
                                TerritoryNode::commissionUnitName(cell(unit.district), cell(unit.label)),
                                QString::number(first)));
            continue;
        }
        ++summary.imported;
        writer->saveProtocol(territoryId, unit.figures, unit.extraJson);
        noteRelations(unit.figures);
        ++summary.commissionUnits;
    }
    writer->flush();
    summary.unchanged = writer->unchanged();
    if (m_progress)
        m_progress(rows.size(), rows.size());

    // One row breaking a relation is a protocol's mistake as often as a mapping's: two at least.
    for (size_t i = 0; i < brokenOn.size(); ++i) {
        if (brokenOn[i] >= 2)
            summary.relationsBrokenEverywhere.append({relations->relations().at(int(i)).relation.formula, brokenOn[i]});
    }
    const qint64 created = m_store.protocolCount(m_contest.id, m_options.source) - before;
    summary.regionsCreated = territory.created(TerritoryNode::Level::Region);
    summary.districtsCreated = territory.created(TerritoryNode::Level::District);
    summary.precinctsCreated = territory.created(TerritoryNode::Level::Precinct);
    if (m_options.territoryOnly) {
        summary.regionsUnchanged = territory.named(TerritoryNode::Level::Region) - summary.regionsCreated;
        summary.districtsUnchanged = territory.named(TerritoryNode::Level::District) - summary.districtsCreated;
        summary.precinctsUnchanged =
            int(summary.imported) - summary.precinctsCreated - summary.precinctsUpdated;
    } else {
        summary.replaced = summary.imported - created - summary.unchanged;
    }
    if (rejects && !rejects->commit())
        throw SaylauError(tr("Cannot write %1: %2").arg(m_options.rejectsPath, rejects->errorString()));
    if (!m_options.dryRun) {
        const QString mappingJson = QString::fromUtf8(QJsonDocument(m_mapping.toJson()).toJson(QJsonDocument::Compact));
        m_store.saveMapping(m_contest.id, m_options.source, ColumnMapping::headerSignature(m_headers), mappingJson);
        // The import records list the files figures came from; a precinct list brought none, and its address
        // changes are in territory_history.
        if (m_options.territoryOnly) {
            transaction.commit();
            return summary;
        }
        ImportRecord record;
        record.contestId = m_contest.id;
        record.source = m_options.source;
        record.fileName = fileName;
        record.fileSha256 = QString::fromLatin1(rows.sha256());
        record.importedAt = QDateTime::currentDateTimeUtc();
        record.importedBy = m_options.operatorName;
        record.rowsNew = int(created);
        record.rowsReplaced = int(summary.replaced);
        record.rowsUnchanged = int(summary.unchanged);
        record.rowsRejected = int(summary.rejected);
        record.mapping = mappingJson;
        record.id = writer->importRunId();
        m_store.recordImport(record);
        writer->finishRun();
        transaction.commit();
    }
    return summary;
}

QStringList Importer::mappingWarnings(const Summary &summary)
{
    const NumberFormat format;
    QStringList lines;
    for (const Summary::BrokenRelation &broken : summary.relationsBrokenEverywhere)
        lines << tr("Warning: the control relation %1 fails on every one of the %2 rows it could be checked on; "
                    "the columns are probably mapped to the wrong lines or parties (check with --dry-run "
                    "--show-mapping)")
                     .arg(broken.formula, format.count(broken.rows));
    return lines;
}

QStringList Importer::precinctListReport(const Summary &summary)
{
    const NumberFormat format;
    QStringList lines;
    lines << (summary.dryRun ? tr("Dry run, nothing stored: a precinct list of %1 rows").arg(format.count(summary.rows))
                             : tr("Imported a precinct list of %1 rows").arg(format.count(summary.rows)));
    lines << tr("  regions: %1 created, %2 unchanged").arg(summary.regionsCreated).arg(summary.regionsUnchanged);
    lines << tr("  TIKs: %1 created, %2 unchanged").arg(summary.districtsCreated).arg(summary.districtsUnchanged);
    lines << tr("  precincts: %1 created, %2 with a new address, %3 unchanged")
                 .arg(summary.precinctsCreated)
                 .arg(summary.precinctsUpdated)
                 .arg(summary.precinctsUnchanged);
    if (summary.withoutRegionColumn)
        lines << tr("  no region column: the TIKs and precincts are at the top of the territory tree, in no region "
                    "(TIKs of one name are one TIK)");
    for (const QString &header : summary.headersLeftOut)
        lines << tr("  column ignored (a precinct list keeps territory and addresses only): %1")
                     .arg(header);
    if (summary.rejected > 0)
        lines << tr("  rejected rows: %1").arg(format.count(summary.rejected));
    return lines;
}

} // namespace saylau
