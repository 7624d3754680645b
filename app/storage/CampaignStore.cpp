#include "CampaignStore.h"

#include "CampaignNotifier.h"
#include "FiguresCodec.h"
#include "FiguresReader.h"
#include "Migrations.h"
#include "SqlDialect.h"

#include "FileBuiltAside.h"

#include "../analysis/TerritoryIndex.h"
#include "../domain/SaylauError.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>

#include <atomic>
#include <cerrno>
#include <cstring>

#include <sys/stat.h>

namespace saylau {

namespace {

constexpr int applicationId = CampaignStore::applicationId;

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("saylau-store-%1").arg(++counter);
}

void execOrThrow(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        throw SaylauError(CampaignStore::tr("%1 failed: %2").arg(what, query.lastError().text()));
}

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw SaylauError(CampaignStore::tr("cannot prepare a statement: %1").arg(query.lastError().text()));
    return query;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

// Roots have no parent: NULL in the table, 0 in TerritoryNode.
QVariant parentIdValue(qint64 parentId)
{
    return parentId > 0 ? QVariant(parentId) : QVariant(QMetaType(QMetaType::LongLong));
}

QString dateTimeText(const QDateTime &value)
{
    return text(value.isValid() ? value.toString(Qt::ISODate) : QString());
}

} // namespace

CampaignStore::CampaignStore(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
    , m_dialect(std::make_unique<SqlDialect>(SqlDialect::Engine::SQLite))
    , m_notifier(std::make_unique<CampaignNotifier>())
{
}

CampaignStore::~CampaignStore()
{
    // Queries must go before their connection is removed.
    m_saveProtocol.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int CampaignStore::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

QSqlDatabase CampaignStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int CampaignStore::schemaVersion() const
{
    return m_dialect->schemaVersion(database());
}

std::unique_ptr<CampaignStore> CampaignStore::create(const QString &path,
                                                    const std::function<void(CampaignStore &)> &fill)
{
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        throw SaylauError(tr("%1 already exists; choose another name or open it").arg(path));
    // Built whole beside its final name and renamed into place: a kill at any moment leaves no half-made
    // campaign that a second `init` would refuse as existing.
    FileBuiltAside aside(path);
    {
        std::unique_ptr<CampaignStore> store = connect(aside.temporaryPath(), Connection::Writing, defaultWait);
        QSqlDatabase db = store->database();
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)))
            throw SaylauError(tr("cannot create %1: %2").arg(path, query.lastError().text()));
        store->configureConnection();
        Migrations::apply(db, *store->m_dialect, 0);
        if (fill)
            fill(*store);
        // Closing the only connection folds the write-ahead log into the file and deletes it: the one file
        // renamed below is then the whole campaign.
    }
    aside.place(FileBuiltAside::Placement::NeverReplace);
    return open(path);
}

QString CampaignStore::busyMessage(const QString &path, std::chrono::seconds waited)
{
    return tr("%1: another program is writing to this campaign (an import or a save) and did not finish within "
              "%n second(s); nothing was changed. Try again when it has finished.",
              nullptr, int(waited.count()))
        .arg(path);
}

bool CampaignStore::isBusy(const QSqlError &error)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with or without an extended code in the upper bits.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 5 || code == 6;
}

SaylauError CampaignStore::failure(const QString &what, const QSqlError &error) const
{
    if (isBusy(error))
        return SaylauError(busyMessage(m_path, m_wait));
    return SaylauError(tr("%1 failed: %2").arg(what, error.text()));
}

bool CampaignStore::inspectFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat status;
    if (::stat(name.constData(), &status) != 0) {
        if (errno == ENOENT)
            throw SaylauError(tr("%1: no such file").arg(path));
        throw SaylauError(tr("%1: cannot read the file: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
    }
    // A named pipe would block the read below (and SQLite) for ever; a folder or a device is no campaign either.
    if (!S_ISREG(status.st_mode))
        throw SaylauError(tr("%1 is not a regular file (a folder, a named pipe or a device); a campaign is a file")
                              .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SaylauError(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)) || header.size() < 100)
        throw SaylauError(tr("%1 is not a SaylauDesk database (not an SQLite file, or its header is damaged)").arg(path));
    // The application id stands in the file header (bytes 68-71, big-endian): another program's database is
    // refused before SQLite itself opens it.
    if (qFromBigEndian<qint32>(header.constData() + 68) != applicationId)
        throw SaylauError(tr("%1 is an SQLite database, but not a SaylauDesk campaign").arg(path));
    // SQLite writes its journal and write-ahead log beside the file: writing needs the folder too.
    return QFileInfo(path).isWritable() && QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

std::unique_ptr<CampaignStore> CampaignStore::connect(const QString &path, Connection connection,
                                                      std::chrono::seconds wait)
{
    std::unique_ptr<CampaignStore> store(new CampaignStore(path, nextConnectionName()));
    store->m_wait = wait;
    QSqlDatabase db = QSqlDatabase::addDatabase(store->m_dialect->driverName(), store->m_connectionName);
    // Waiting is set before the first statement: even reading the schema waits while an import holds the file.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1")
                          .arg(std::chrono::duration_cast<std::chrono::milliseconds>(wait).count());
    if (connection == Connection::Writing) {
        db.setDatabaseName(path);
    } else {
        // A folder we cannot write holds no write-ahead log of ours, and SQLite cannot make the index of one
        // there: the file is read as it stands. A log someone left there is read through, not ignored.
        const bool logLeft = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
        if (QFileInfo(path + QStringLiteral("-journal")).size() > 0)
            throw SaylauError(tr("%1 is read-only and a write to it was cut short; open it once where it can be "
                                 "written, so that the write is undone")
                                  .arg(path));
        options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setQuery(logLeft ? QStringLiteral("mode=ro") : QStringLiteral("mode=ro&immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    }
    db.setConnectOptions(options);
    if (!db.open())
        throw SaylauError(tr("cannot open %1: %2").arg(path, db.lastError().text()));
    return store;
}

namespace {

// The tables, indexes and views of a schema with every table's columns, one line each ("column protocol
// figures TEXT 1  0"), sorted: what a campaign must hold, whatever order its objects were made in.
QStringList schemaOutline(const QSqlDatabase &db)
{
    QStringList outline;
    QSqlQuery objects(db);
    if (!objects.exec(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")))
        return {QStringLiteral("unreadable: ") + objects.lastError().text()};
    QStringList tables;
    while (objects.next()) {
        outline.append(QStringList{objects.value(0).toString(), objects.value(1).toString(), objects.value(2).toString()}
                           .join(QLatin1Char(' ')));
        if (objects.value(0).toString() == QLatin1String("table"))
            tables.append(objects.value(1).toString());
    }
    QSqlQuery columns(db);
    if (!columns.prepare(QStringLiteral("SELECT name, type, \"notnull\", coalesce(dflt_value, ''), pk"
                                        " FROM pragma_table_info(?)")))
        return {QStringLiteral("unreadable: ") + columns.lastError().text()};
    for (const QString &table : std::as_const(tables)) {
        columns.bindValue(0, table);
        if (!columns.exec())
            return {QStringLiteral("unreadable: ") + columns.lastError().text()};
        while (columns.next()) {
            QStringList column{QStringLiteral("column"), table};
            for (int i = 0; i < 5; ++i)
                column.append(columns.value(i).toString());
            outline.append(column.join(QLatin1Char(' ')));
        }
    }
    outline.sort();
    return outline;
}

// The outline the migrations make at a version, built once per version in a database in memory.
QStringList expectedOutline(int version)
{
    static QMutex mutex;
    static QHash<int, QStringList> outlines;
    const QMutexLocker locker(&mutex);
    if (const auto it = outlines.constFind(version); it != outlines.cend())
        return *it;
    const QString name = nextConnectionName();
    QStringList outline;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            Migrations::apply(db, SqlDialect(SqlDialect::Engine::SQLite), 0, version);
            outline = schemaOutline(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    outlines.insert(version, outline);
    return outline;
}

} // namespace

int CampaignStore::verifyCampaign(Access access) const
{
    // Reads only: a file refused here is left exactly as it was.
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        throw isBusy(query.lastError()) ? failure({}, query.lastError())
                                        : SaylauError(tr("%1 is damaged or not a database: %2")
                                                          .arg(m_path, query.lastError().text()));
    if (query.value(0).toInt() != applicationId)
        throw SaylauError(tr("%1 is an SQLite database, but not a SaylauDesk campaign").arg(m_path));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        throw failure(tr("reading the schema version of %1").arg(m_path), query.lastError());
    const int version = query.value(0).toInt();
    if (version > Migrations::latestVersion())
        throw SaylauError(tr("%1 was written by a newer SaylauDesk (schema %2; this version reads up to %3). "
                             "Update SaylauDesk to open it.")
                              .arg(m_path)
                              .arg(version)
                              .arg(Migrations::latestVersion()));
    // The structural check reads every page of the file: a third of what a report of 100,000 precincts
    // costs. It guards what writes: a file that will be written to (or upgraded) is checked whole first, so
    // that nothing is added to a damaged one. A reading command of a current file skips it; SQLite still
    // refuses each damaged page it reads ("database disk image is malformed"), and nothing is written.
    const bool wholeFileCheck = access == Access::ReadWrite || version < Migrations::latestVersion();
    if (wholeFileCheck
        && (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
            || query.value(0).toString() != QLatin1String("ok"))) {
        if (isBusy(query.lastError()))
            throw failure({}, query.lastError());
        throw SaylauError(tr("%1 is damaged (integrity check: %2)")
                              .arg(m_path, query.lastError().isValid() ? query.lastError().text()
                                                                      : query.value(0).toString()));
    }
    // Our mark on a file without the tables our migrations make at its version: upgrading it would rewrite
    // someone else's data. What a user added for their own queries (a view, an index) is no reason to refuse.
    if (version == 0)
        throw SaylauError(tr("%1 is an unfinished SaylauDesk campaign (its creation was cut short); create it "
                             "again").arg(m_path));
    const QStringList present = schemaOutline(database());
    for (const QString &expected : expectedOutline(version)) {
        if (!present.contains(expected))
            throw SaylauError(tr("%1 carries SaylauDesk's mark, but its tables are not those of a SaylauDesk "
                                 "campaign at schema %2 (missing: %3); it was not opened and is left as it was")
                                  .arg(m_path)
                                  .arg(version)
                                  .arg(expected));
    }
    return version;
}

std::unique_ptr<CampaignStore> CampaignStore::open(const QString &path, Access access, std::chrono::seconds wait)
{
    const bool writable = inspectFile(path);
    if (!writable && access == Access::ReadWrite)
        throw SaylauError(tr("%1 is read-only (the file or its folder cannot be written); it can be read, but "
                             "nothing can be saved into it")
                              .arg(path));
    std::unique_ptr<CampaignStore> store = connect(path, writable ? Connection::Writing : Connection::Reading, wait);
    const int version = store->verifyCampaign(access);
    if (version < Migrations::latestVersion() && !writable)
        throw SaylauError(tr("%1 is read-only and was written by an older SaylauDesk (schema %2); it must be "
                             "upgraded once where it can be written")
                              .arg(path)
                              .arg(version));
    if (access == Access::ReadWrite)
        store->configureConnection();
    if (version < Migrations::latestVersion()) {
        QSqlDatabase db = store->database();
        Migrations::apply(db, *store->m_dialect, version);
    }
    if (access == Access::ReadOnly && writable) {
        // A reading command writes nothing, not even the journal mode: every write is refused on this connection.
        QSqlQuery query(store->database());
        if (!query.exec(QStringLiteral("PRAGMA query_only = ON")))
            throw store->failure(tr("opening %1 for reading").arg(path), query.lastError());
    }
    return store;
}

void CampaignStore::configureConnection()
{
    QSqlQuery query(database());
    for (const QString &statement : m_dialect->connectionSetup()) {
        if (!query.exec(statement))
            throw failure(tr("setting up %1 (%2)").arg(m_path, statement), query.lastError());
    }
}

CampaignStore::Transaction::Transaction(CampaignStore &store)
    : m_store(store)
{
    if (store.m_inTransaction)
        throw SaylauError(CampaignStore::tr("internal error: nested transaction"));
    // The write lock is taken at the start, waiting for another writer to finish: a transaction that read
    // first and asked for the lock later could find the file changed under it and fail at once. During a bulk
    // load in a rollback journal no one may even read until the commit (see BulkLoadScope).
    QSqlQuery begin(store.database());
    if (!begin.exec(store.m_dialect->beginWriteStatement(store.m_exclusiveWrites)))
        throw store.failure(CampaignStore::tr("starting to write to %1").arg(store.m_path), begin.lastError());
    store.m_inTransaction = true;
}

CampaignStore::Transaction::~Transaction()
{
    if (!m_done)
        m_store.database().rollback();
    m_store.m_inTransaction = false;
}

void CampaignStore::Transaction::commit()
{
    if (!m_store.database().commit())
        throw m_store.failure(CampaignStore::tr("saving to %1").arg(m_store.m_path), m_store.database().lastError());
    m_done = true;
}

CampaignStore::BulkLoadScope::BulkLoadScope(CampaignStore &store)
    : m_store(store)
{
    if (store.m_dialect->engine() != SqlDialect::Engine::SQLite || store.m_inTransaction)
        return;
    QSqlQuery query(store.database());
    // Leaving WAL needs the file to ourselves: SQLite checks that under an exclusive lock of its own and
    // answers with the mode it keeps (or "locked") when another connection has the file open.
    m_switched = query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && query.next()
                 && query.value(0).toString() == QLatin1String("delete");
    if (!m_switched)
        return;
    query.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    // Between that check and the import's first statement another program may open the file (and put it back
    // in WAL, where the import still runs correctly, only slower). The import's transaction then takes the
    // exclusive lock at once, before reading anything, so that "ours alone" holds until its commit: no other
    // connection can read a page of the rollback journal's half-written file.
    store.m_exclusiveWrites = true;
}

CampaignStore::BulkLoadScope::~BulkLoadScope()
{
    if (!m_switched)
        return;
    m_store.m_exclusiveWrites = false;
    QSqlQuery query(m_store.database());
    for (const QString &statement : m_store.m_dialect->connectionSetup())
        query.exec(statement);
}

Election CampaignStore::election() const
{
    QSqlQuery query = prepared(database(), QStringLiteral("SELECT key, value FROM meta"));
    execOrThrow(query, tr("reading the election"));
    Election election;
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == QLatin1String("name"))
            election.name = value;
        else if (key == QLatin1String("date"))
            election.date = QDate::fromString(value, Qt::ISODate);
        else if (key == QLatin1String("country"))
            election.country = value;
        else if (key == QLatin1String("synthetic"))
            election.synthetic = value == QLatin1String("1");
        else if (key == QLatin1String("notes"))
            election.notes = value;
    }
    return election;
}

void CampaignStore::setElection(const Election &election)
{
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("name"), election.name},
        {QStringLiteral("date"), election.date.toString(Qt::ISODate)},
        {QStringLiteral("country"), election.country},
        {QStringLiteral("synthetic"), election.synthetic ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("notes"), election.notes},
    };
    std::optional<Transaction> transaction;
    if (!m_inTransaction)
        transaction.emplace(*this);
    QSqlQuery query = prepared(database(), QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto &[key, value] : values) {
        query.bindValue(0, key);
        query.bindValue(1, text(value));
        execOrThrow(query, tr("saving the election"));
    }
    if (transaction)
        transaction->commit();
}

QList<Contest> CampaignStore::contests() const
{
    QSqlQuery query = prepared(database(), QStringLiteral("SELECT id FROM contest ORDER BY position, id"));
    execOrThrow(query, tr("reading contests"));
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    QList<Contest> list;
    for (const QString &id : std::as_const(ids))
        list.append(contest(id));
    return list;
}

Contest CampaignStore::contest(const QString &id) const
{
    QSqlQuery query = prepared(database(), QStringLiteral("SELECT name, form, seats FROM contest WHERE id = ?"));
    query.bindValue(0, id);
    execOrThrow(query, tr("reading contest %1").arg(id));
    if (!query.next())
        throw SaylauError(tr("%1 has no contest \"%2\"").arg(m_path, id));
    Contest contest;
    contest.id = id;
    contest.name = query.value(0).toString();
    QJsonParseError parseError;
    const QJsonDocument form = QJsonDocument::fromJson(query.value(1).toByteArray(), &parseError);
    if (!form.isObject())
        throw SaylauError(tr("contest %1: the stored form is damaged: %2").arg(id, parseError.errorString()));
    contest.form = ProtocolForm::fromJson(form.object());
    contest.seats = query.value(2).toInt();

    QSqlQuery ballot = prepared(database(), QStringLiteral("SELECT position, name, short_name, color FROM ballot_entry "
                                                           "WHERE contest_id = ? ORDER BY position"));
    ballot.bindValue(0, id);
    execOrThrow(ballot, tr("reading the ballot of %1").arg(id));
    while (ballot.next())
        contest.ballot.append({ballot.value(0).toInt(), ballot.value(1).toString(), ballot.value(2).toString(),
                               ballot.value(3).toString()});
    return contest;
}

void CampaignStore::addContest(const Contest &contest)
{
    std::optional<Transaction> transaction;
    if (!m_inTransaction)
        transaction.emplace(*this);
    QSqlQuery query = prepared(database(), QStringLiteral("INSERT INTO contest (id, name, position, form, seats) "
                                                          "VALUES (?, ?, (SELECT COUNT(*) FROM contest), ?, ?)"));
    query.bindValue(0, contest.id);
    query.bindValue(1, contest.name);
    query.bindValue(2, QString::fromUtf8(QJsonDocument(contest.form.toJson()).toJson(QJsonDocument::Compact)));
    query.bindValue(3, contest.seats);
    execOrThrow(query, tr("adding contest %1").arg(contest.id));
    setBallot(contest.id, contest.ballot);
    if (transaction)
        transaction->commit();
}

void CampaignStore::setBallot(const QString &contestId, const QList<BallotEntry> &ballot)
{
    std::optional<Transaction> transaction;
    if (!m_inTransaction)
        transaction.emplace(*this);
    QSqlQuery clear = prepared(database(), QStringLiteral("DELETE FROM ballot_entry WHERE contest_id = ?"));
    clear.bindValue(0, contestId);
    execOrThrow(clear, tr("replacing the ballot of %1").arg(contestId));
    QSqlQuery insert = prepared(database(), QStringLiteral("INSERT INTO ballot_entry (contest_id, position, name, "
                                                           "short_name, color) VALUES (?, ?, ?, ?, ?)"));
    for (const BallotEntry &entry : ballot) {
        insert.bindValue(0, contestId);
        insert.bindValue(1, entry.position);
        insert.bindValue(2, entry.name);
        insert.bindValue(3, text(entry.shortName));
        insert.bindValue(4, text(entry.color));
        execOrThrow(insert, tr("saving ballot entry %1 of %2").arg(QString::number(entry.position), contestId));
    }
    if (transaction)
        transaction->commit();
    m_codecs.remove(contestId);
}

qint64 CampaignStore::addTerritory(const TerritoryNode &node)
{
    QSqlQuery query = prepared(database(), QStringLiteral("INSERT INTO territory (parent_id, level, code, name, address, "
                                                          "kind) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    query.bindValue(0, parentIdValue(node.parentId));
    query.bindValue(1, TerritoryNode::levelName(node.level));
    query.bindValue(2, text(node.code));
    query.bindValue(3, text(node.name));
    query.bindValue(4, text(node.address));
    query.bindValue(5, text(TerritoryNode::kindName(node)));
    execOrThrow(query, tr("adding %1 %2").arg(TerritoryNode::levelName(node.level), node.name));
    if (!query.next())
        throw SaylauError(tr("adding %1 %2 returned no id").arg(TerritoryNode::levelName(node.level), node.name));
    return query.value(0).toLongLong();
}

namespace {

TerritoryNode territoryFromQuery(const QSqlQuery &query)
{
    TerritoryNode node;
    node.id = query.value(0).toLongLong();
    node.parentId = query.value(1).toLongLong();
    node.level = TerritoryNode::levelFromName(query.value(2).toString());
    node.code = query.value(3).toString();
    node.name = query.value(4).toString();
    node.address = query.value(5).toString();
    node.countedByCommission = query.value(6).toString() == TerritoryNode::commissionKind();
    return node;
}

const QString territoryColumns = QStringLiteral("SELECT id, parent_id, level, code, name, address, kind FROM territory ");

} // namespace

std::optional<TerritoryNode> CampaignStore::territory(qint64 id) const
{
    QSqlQuery query = prepared(database(), territoryColumns + QStringLiteral("WHERE id = ?"));
    query.bindValue(0, id);
    execOrThrow(query, tr("reading the territory"));
    if (!query.next())
        return std::nullopt;
    return territoryFromQuery(query);
}

std::optional<TerritoryNode> CampaignStore::findTerritory(qint64 parentId, TerritoryNode::Level level,
                                                          const QString &code, const QString &name) const
{
    QSqlQuery query = prepared(database(), territoryColumns
                                               + QStringLiteral("WHERE parent_id %1 ? AND level = ? AND "
                                                                "(CASE WHEN ? <> '' THEN code = ? ELSE name = ? END)")
                                                     .arg(m_dialect->nullSafeEquals()));
    query.bindValue(0, parentIdValue(parentId));
    query.bindValue(1, TerritoryNode::levelName(level));
    query.bindValue(2, text(code));
    query.bindValue(3, text(code));
    query.bindValue(4, text(name));
    execOrThrow(query, tr("looking up the territory"));
    if (!query.next())
        return std::nullopt;
    return territoryFromQuery(query);
}

QList<TerritoryNode> CampaignStore::territoryChildren(qint64 parentId) const
{
    QSqlQuery query = prepared(database(), territoryColumns
                                               + QStringLiteral("WHERE parent_id %1 ? ORDER BY id").arg(m_dialect->nullSafeEquals()));
    query.bindValue(0, parentIdValue(parentId));
    execOrThrow(query, tr("reading the territory"));
    QList<TerritoryNode> nodes;
    while (query.next())
        nodes.append(territoryFromQuery(query));
    return nodes;
}

QList<TerritoryNode> CampaignStore::allTerritory() const
{
    // Ids grow as nodes are added and a parent is always added before its children.
    QSqlQuery query = prepared(database(), territoryColumns + QStringLiteral("ORDER BY id"));
    query.setForwardOnly(true);
    execOrThrow(query, tr("reading the territory"));
    QList<TerritoryNode> nodes;
    while (query.next())
        nodes.append(territoryFromQuery(query));
    return nodes;
}

const FiguresCodec &CampaignStore::codec(const QString &contestId) const
{
    auto it = m_codecs.find(contestId);
    if (it == m_codecs.end())
        it = m_codecs.insert(contestId, std::make_shared<FiguresCodec>(contest(contestId)));
    return **it;
}

qint64 CampaignStore::saveProtocol(const Protocol &protocol)
{
    if (!m_saveProtocol) {
        m_saveProtocol = std::make_unique<QSqlQuery>(prepared(
            database(),
            QStringLiteral(
                "INSERT INTO protocol (contest_id, territory_id, source, copy, figures, extra, observer_name,"
                " observer_contact, received_at, received_how, remarks, entered_by, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (contest_id, territory_id, source, copy) DO UPDATE SET"
                " figures = excluded.figures, extra = excluded.extra, observer_name = excluded.observer_name,"
                " observer_contact = excluded.observer_contact, received_at = excluded.received_at,"
                " received_how = excluded.received_how, remarks = excluded.remarks,"
                " entered_by = excluded.entered_by, updated_at = excluded.updated_at,"
                " revision = protocol.revision + 1"
                " RETURNING id")));
    }
    QSqlQuery &query = *m_saveProtocol;
    query.bindValue(0, protocol.contestId);
    query.bindValue(1, protocol.territoryId);
    query.bindValue(2, sourceKindName(protocol.source));
    query.bindValue(3, text(protocol.copy));
    query.bindValue(4, QString::fromUtf8(codec(protocol.contestId).encode(protocol.figures)));
    query.bindValue(5, protocol.extra.isEmpty()
                           ? QStringLiteral("{}")
                           : QString::fromUtf8(QJsonDocument(protocol.extra).toJson(QJsonDocument::Compact)));
    query.bindValue(6, text(protocol.observerName));
    query.bindValue(7, text(protocol.observerContact));
    query.bindValue(8, dateTimeText(protocol.receivedAt));
    query.bindValue(9, text(protocol.receivedHow));
    query.bindValue(10, text(protocol.remarks));
    query.bindValue(11, text(protocol.enteredBy));
    query.bindValue(12, dateTimeText(protocol.updatedAt.isValid() ? protocol.updatedAt
                                                                   : QDateTime::currentDateTimeUtc()));
    execOrThrow(query, tr("saving the protocol"));
    if (!query.next())
        throw SaylauError(tr("saving the protocol returned no id"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

namespace {

const QString protocolColumns = QStringLiteral(
    "SELECT id, contest_id, territory_id, source, copy, figures, extra, observer_name, observer_contact,"
    " received_at, received_how, remarks, entered_by, updated_at, revision FROM protocol ");

} // namespace

Protocol CampaignStore::protocolFromQuery(const QSqlQuery &query) const
{
    Protocol p;
    p.id = query.value(0).toLongLong();
    p.contestId = query.value(1).toString();
    p.territoryId = query.value(2).toLongLong();
    p.source = sourceKindFromName(query.value(3).toString()).value_or(SourceKind::Observer);
    p.copy = query.value(4).toString();
    p.figures = storedFigures(codec(p.contestId), query.value(5).toByteArray(), p.id);
    const QByteArray extra = query.value(6).toByteArray();
    if (extra.size() > 2)
        p.extra = QJsonDocument::fromJson(extra).object();
    p.observerName = query.value(7).toString();
    p.observerContact = query.value(8).toString();
    p.receivedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODate);
    p.receivedHow = query.value(10).toString();
    p.remarks = query.value(11).toString();
    p.enteredBy = query.value(12).toString();
    p.updatedAt = QDateTime::fromString(query.value(13).toString(), Qt::ISODate);
    p.revision = query.value(14).toInt();
    return p;
}

Figures CampaignStore::storedFigures(const FiguresCodec &codec, QByteArrayView json, qint64 protocolId) const
{
    try {
        return codec.decode(json);
    } catch (const SaylauError &error) {
        // Rare enough to look the protocol up only now.
        QSqlQuery query = prepared(database(), QStringLiteral("SELECT territory_id, contest_id, source, copy"
                                                              " FROM protocol WHERE id = ?"));
        query.bindValue(0, protocolId);
        if (!query.exec() || !query.next())
            throw;
        QList<TerritoryNode> line;
        for (std::optional<TerritoryNode> node = territory(query.value(0).toLongLong()); node;
             node = node->parentId ? territory(node->parentId) : std::nullopt)
            line.prepend(*node);
        const QString place = TerritoryIndex(line).path(query.value(0).toLongLong());
        const QString copy = query.value(3).toString();
        throw SaylauError(copy.isEmpty()
                              ? tr("%1, contest %2, %3: %4")
                                    .arg(place, query.value(1).toString(), query.value(2).toString(), error.message())
                              : tr("%1, contest %2, %3 copy %4: %5")
                                    .arg(place, query.value(1).toString(), query.value(2).toString(), copy,
                                         error.message()));
    }
}

std::optional<Protocol> CampaignStore::protocol(qint64 id) const
{
    QSqlQuery query = prepared(database(), protocolColumns + QStringLiteral("WHERE id = ?"));
    query.bindValue(0, id);
    execOrThrow(query, tr("reading the protocol"));
    if (!query.next())
        return std::nullopt;
    return protocolFromQuery(query);
}

QList<Protocol> CampaignStore::protocolsAt(qint64 territoryId, const QString &contestId) const
{
    QSqlQuery query = prepared(database(), protocolColumns
                                               + QStringLiteral("WHERE territory_id = ? AND contest_id = ? "
                                                                "ORDER BY source, copy"));
    query.bindValue(0, territoryId);
    query.bindValue(1, contestId);
    execOrThrow(query, tr("reading protocols"));
    QList<Protocol> list;
    while (query.next())
        list.append(protocolFromQuery(query));
    return list;
}

void CampaignStore::forEachProtocol(const QString &contestId, std::optional<SourceKind> source,
                                    const std::function<void(const Protocol &)> &visit) const
{
    QSqlQuery query = prepared(database(), protocolColumns
                                               + QStringLiteral("WHERE contest_id = ? AND (? = '' OR source = ?) "
                                                                "ORDER BY territory_id, source, copy"));
    query.setForwardOnly(true);
    const QString sourceName = text(source ? sourceKindName(*source) : QString());
    query.bindValue(0, contestId);
    query.bindValue(1, sourceName);
    query.bindValue(2, sourceName);
    execOrThrow(query, tr("reading protocols"));
    while (query.next())
        visit(protocolFromQuery(query));
}

void CampaignStore::forEachFigures(const QString &contestId, std::optional<SourceKind> source,
                                   const std::function<void(FiguresRow &)> &visit) const
{
    FiguresReader(*this, contest(contestId)).run(source, visit);
}

int CampaignStore::protocolCount(const QString &contestId, std::optional<SourceKind> source) const
{
    QSqlQuery query = prepared(database(), QStringLiteral("SELECT COUNT(*) FROM protocol WHERE contest_id = ? "
                                                          "AND (? = '' OR source = ?)"));
    const QString sourceName = text(source ? sourceKindName(*source) : QString());
    query.bindValue(0, contestId);
    query.bindValue(1, sourceName);
    query.bindValue(2, sourceName);
    execOrThrow(query, tr("counting protocols"));
    return query.next() ? query.value(0).toInt() : 0;
}

namespace {

// The parent of every node above the precincts: a few thousand rows however many precincts there are, enough
// to roll precinct counts up the tree in memory.
QHash<qint64, qint64> parentsAbovePrecincts(const QSqlDatabase &db)
{
    QSqlQuery query = prepared(db, QStringLiteral("SELECT id, coalesce(parent_id, 0) FROM territory"
                                                  " WHERE level <> 'precinct'"));
    query.setForwardOnly(true);
    execOrThrow(query, CampaignStore::tr("reading the territory"));
    QHash<qint64, qint64> parentOf;
    while (query.next())
        parentOf.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    return parentOf;
}

void addToNodeAndAncestors(QHash<qint64, int> &counts, const QHash<qint64, qint64> &parentOf, qint64 node, int count)
{
    for (; node != 0; node = parentOf.value(node))
        counts[node] += count;
}

} // namespace

QHash<qint64, int> CampaignStore::precinctCountsByTerritory() const
{
    const QHash<qint64, qint64> parentOf = parentsAbovePrecincts(database());
    // The units of votes a TIK counted itself are no precincts: they are summed, not counted here.
    QSqlQuery query = prepared(database(), QStringLiteral("SELECT parent_id, count(*) FROM territory"
                                                          " WHERE level = 'precinct' AND kind = '' GROUP BY parent_id"));
    query.setForwardOnly(true);
    execOrThrow(query, tr("counting precincts"));
    QHash<qint64, int> counts;
    while (query.next())
        addToNodeAndAncestors(counts, parentOf, query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}

QHash<qint64, int> CampaignStore::reportedPrecinctCounts(const QString &contestId) const
{
    const QHash<qint64, qint64> parentOf = parentsAbovePrecincts(database());
    QSqlQuery query = prepared(database(), QStringLiteral("SELECT DISTINCT t.id, coalesce(t.parent_id, 0), t.kind"
                                                          " FROM protocol p JOIN territory t ON t.id = p.territory_id"
                                                          " WHERE p.contest_id = ? AND t.level = 'precinct'"));
    query.bindValue(0, contestId);
    query.setForwardOnly(true);
    execOrThrow(query, tr("counting the precincts with protocols"));
    QHash<qint64, int> counts;
    while (query.next()) {
        counts.insert(query.value(0).toLongLong(), 1);
        // A unit a TIK counted itself has its protocol, but adds no precinct to the nodes above.
        if (query.value(2).toString().isEmpty())
            addToNodeAndAncestors(counts, parentOf, query.value(1).toLongLong(), 1);
    }
    return counts;
}

qint64 CampaignStore::recordImport(const ImportRecord &record)
{
    QSqlQuery query = prepared(database(), QStringLiteral(
        "INSERT INTO import_run (id, contest_id, source, file_name, file_sha256, imported_at, imported_by, rows_new,"
        " rows_replaced, rows_unchanged, rows_rejected, mapping) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " RETURNING id"));
    // NULL numbers the run as the next one.
    query.bindValue(0, record.id > 0 ? QVariant(record.id) : QVariant(QMetaType(QMetaType::LongLong)));
    query.bindValue(1, record.contestId);
    query.bindValue(2, sourceKindName(record.source));
    query.bindValue(3, text(record.fileName));
    query.bindValue(4, text(record.fileSha256));
    query.bindValue(5, dateTimeText(record.importedAt.isValid() ? record.importedAt : QDateTime::currentDateTimeUtc()));
    query.bindValue(6, text(record.importedBy));
    query.bindValue(7, record.rowsNew);
    query.bindValue(8, record.rowsReplaced);
    query.bindValue(9, record.rowsUnchanged);
    query.bindValue(10, record.rowsRejected);
    query.bindValue(11, text(record.mapping));
    execOrThrow(query, tr("recording the import"));
    if (!query.next())
        throw SaylauError(tr("recording the import returned no id"));
    return query.value(0).toLongLong();
}

QList<ImportRecord> CampaignStore::imports(const QString &contestId) const
{
    QSqlQuery query = prepared(database(), QStringLiteral(
        "SELECT id, contest_id, source, file_name, file_sha256, imported_at, imported_by, rows_new, rows_replaced,"
        " rows_unchanged, rows_rejected, mapping FROM import_run WHERE contest_id = ? ORDER BY id DESC"));
    query.bindValue(0, contestId);
    execOrThrow(query, tr("reading the import history"));
    QList<ImportRecord> list;
    while (query.next()) {
        ImportRecord r;
        r.id = query.value(0).toLongLong();
        r.contestId = query.value(1).toString();
        r.source = sourceKindFromName(query.value(2).toString()).value_or(SourceKind::Official);
        r.fileName = query.value(3).toString();
        r.fileSha256 = query.value(4).toString();
        r.importedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODate);
        r.importedBy = query.value(6).toString();
        r.rowsNew = query.value(7).toInt();
        r.rowsReplaced = query.value(8).toInt();
        r.rowsUnchanged = query.value(9).toInt();
        r.rowsRejected = query.value(10).toInt();
        r.mapping = query.value(11).toString();
        list.append(r);
    }
    return list;
}

void CampaignStore::saveMapping(const QString &contestId, SourceKind source, const QString &headerSignature,
                                const QString &mappingJson)
{
    QSqlQuery query = prepared(database(), QStringLiteral(
        "INSERT INTO saved_mapping (contest_id, source, header_signature, mapping, saved_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (contest_id, source, header_signature) DO UPDATE SET mapping = excluded.mapping,"
        " saved_at = excluded.saved_at"));
    query.bindValue(0, contestId);
    query.bindValue(1, sourceKindName(source));
    query.bindValue(2, text(headerSignature));
    query.bindValue(3, text(mappingJson));
    query.bindValue(4, dateTimeText(QDateTime::currentDateTimeUtc()));
    execOrThrow(query, tr("saving the column mapping"));
}

std::optional<QString> CampaignStore::savedMapping(const QString &contestId, SourceKind source,
                                                   const QString &headerSignature) const
{
    QSqlQuery query = prepared(database(), QStringLiteral(
        "SELECT mapping FROM saved_mapping WHERE contest_id = ? AND source = ? AND header_signature = ?"));
    query.bindValue(0, contestId);
    query.bindValue(1, sourceKindName(source));
    query.bindValue(2, text(headerSignature));
    execOrThrow(query, tr("reading the saved column mapping"));
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

} // namespace saylau
