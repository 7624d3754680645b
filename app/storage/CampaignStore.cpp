#include "CampaignStore.h"

#include "CampaignLocation.h"
#include "CampaignNotifier.h"
#include "FiguresCodec.h"
#include "FiguresReader.h"
#include "Migrations.h"
#include "ProtocolWriter.h"
#include "SqlDialect.h"
#include "SqlStatement.h"
#include "TerritoryReader.h"

#include "FileBuiltAside.h"

#include "../domain/SaylauError.h"
#include "../domain/TerritoryIndex.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>

#include <sys/stat.h>

namespace saylau {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("saylau-store-%1").arg(++counter);
}

using S = SqlStatement;

// Roots have no parent: NULL in the table, 0 in TerritoryNode.
QVariant parentIdValue(qint64 parentId)
{
    return parentId > 0 ? QVariant(parentId) : QVariant(QMetaType(QMetaType::LongLong));
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Translations only ever add to the stored names, so a column that does not parse shows the names as stored.
QJsonObject storedTranslations(const QVariant &column)
{
    return QJsonDocument::fromJson(column.toString().toUtf8()).object();
}

} // namespace

CampaignStore::CampaignStore(const QString &path, const QString &connectionName, SqlDialect::Engine engine)
    : m_path(path)
    , m_connectionName(connectionName)
    , m_dialect(std::make_unique<SqlDialect>(engine))
    , m_notifier(std::make_unique<CampaignNotifier>())
{
}

CampaignStore::~CampaignStore()
{
    // Queries must go before their connection is removed.
    m_protocolWriter.reset();
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
    const CampaignLocation location = CampaignLocation::parse(path);
    if (location.isServer())
        return createOnServer(location, fill);
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        throw SaylauError(tr("%1 already exists; choose another name or open it").arg(path));
    // Built whole beside its final name and renamed into place: a kill at any moment leaves no half-made
    // campaign that a second `init` would refuse as existing.
    FileBuiltAside aside(path);
    {
        std::unique_ptr<CampaignStore> store = connect(aside.temporaryPath(), Connection::Writing, defaultWait);
        store->makeCampaign(path, fill);
        // Closing the only connection folds the write-ahead log into the file and deletes it: the one file
        // renamed below is then the whole campaign.
    }
    aside.place(FileBuiltAside::Placement::NeverReplace);
    return open(path);
}

void CampaignStore::makeCampaign(const QString &name, const std::function<void(CampaignStore &)> &fill)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    for (const QString &statement : m_dialect->markNewCampaignStatements()) {
        if (!query.exec(statement))
            throw SaylauError(tr("cannot create %1: %2").arg(name, query.lastError().text()));
    }
    configureConnection();
    Migrations::apply(db, *m_dialect, 0);
    if (fill)
        fill(*this);
}

std::unique_ptr<CampaignStore> CampaignStore::createOnServer(const CampaignLocation &location,
                                                            const std::function<void(CampaignStore &)> &fill)
{
    const QString name = location.toString();
    {
        std::unique_ptr<CampaignStore> store = connectServer(location, Access::ReadWrite, defaultWait);
        // A database with tables of its own is someone's: nothing is added to it, and a failed creation below
        // can take away everything it made without touching anything else.
        const QStringList present = store->m_dialect->schemaOutline(store->database());
        if (!present.isEmpty())
            // An outline line is "table NAME TABLE" (the type, the name, the table it belongs to): the name is said.
            throw SaylauError(tr("%1 is not an empty database (it holds %n table(s) or view(s), %2 among them); a "
                                 "campaign is created in an empty database of its own",
                                 nullptr, int(present.size()))
                                  .arg(name, present.constFirst().section(QLatin1Char(' '), 1, 1)));
        try {
            store->makeCampaign(name, fill);
        } catch (const SaylauError &) {
            store->discardServerSchema();
            throw;
        }
    }
    return open(name);
}

void CampaignStore::discardServerSchema()
{
    QSqlQuery query(database());
    // A half-made campaign goes whole; the database was empty before (see createOnServer). Every write of
    // the failed creation has ended (Transaction and Migrations roll back what they began).
    for (const QString &line : m_dialect->schemaOutline(database())) {
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.size() >= 2)
            query.exec(QStringLiteral("DROP %1 IF EXISTS %2 CASCADE").arg(parts.at(0).toUpper(), parts.at(1)));
    }
    query.exec(QStringLiteral("DROP TABLE IF EXISTS schema_version"));
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
    return SqlDialect::isBusy(error);
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
    if (const QString problem = SqlDialect::fileHeaderProblem(path, file.read(100)); !problem.isEmpty())
        throw SaylauError(problem);
    // SQLite writes its journal and write-ahead log beside the file: writing needs the folder too.
    return QFileInfo(path).isWritable() && QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

std::unique_ptr<CampaignStore> CampaignStore::connect(const QString &path, Connection connection,
                                                      std::chrono::seconds wait)
{
    std::unique_ptr<CampaignStore> store(new CampaignStore(path, nextConnectionName(), SqlDialect::Engine::SQLite));
    store->m_wait = wait;
    QSqlDatabase db = QSqlDatabase::addDatabase(store->m_dialect->driverName(), store->m_connectionName);
    // Waiting is set before the first statement: even reading the schema waits while an import holds the file.
    db.setConnectOptions(store->m_dialect->connectOptions(wait, connection == Connection::Reading));
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
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setQuery(logLeft ? QStringLiteral("mode=ro") : QStringLiteral("mode=ro&immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    }
    if (!db.open())
        throw SaylauError(tr("cannot open %1: %2").arg(path, db.lastError().text()));
    return store;
}

std::unique_ptr<CampaignStore> CampaignStore::connectServer(const CampaignLocation &location, Access access,
                                                            std::chrono::seconds wait)
{
    std::unique_ptr<CampaignStore> store(
        new CampaignStore(location.toString(), nextConnectionName(), SqlDialect::Engine::PostgreSQL));
    store->m_wait = wait;
    store->m_server = true;
    if (!QSqlDatabase::isDriverAvailable(store->m_dialect->driverName()))
        throw SaylauError(tr("cannot open %1: Qt's PostgreSQL driver (QPSQL) is not installed (Debian: "
                             "libqt6sql6-psql)")
                              .arg(store->m_path));
    QSqlDatabase db = QSqlDatabase::addDatabase(store->m_dialect->driverName(), store->m_connectionName);
    // No password is set here: libpq finds it in ~/.pgpass (or PGPASSFILE) or needs none (peer, certificates).
    db.setHostName(location.host());
    if (location.port() > 0)
        db.setPort(location.port());
    db.setDatabaseName(location.database());
    db.setUserName(location.user());
    QString options = store->m_dialect->connectOptions(wait, access == Access::ReadOnly);
    if (!location.serverOptions().isEmpty())
        options += QLatin1Char(';') + location.serverOptions();
    db.setConnectOptions(options);
    if (!db.open())
        throw SaylauError(tr("cannot connect to %1: %2").arg(store->m_path, db.lastError().text()));
    store->relayChanges();
    return store;
}

namespace {

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
            outline = SqlDialect(SqlDialect::Engine::SQLite).schemaOutline(db);
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
    // Reads only: a campaign refused here is left exactly as it was.
    QSqlError error;
    if (!m_dialect->hasCampaignMark(database(), &error)) {
        if (error.isValid())
            throw isBusy(error) ? failure({}, error)
                                : SaylauError(tr("%1 is damaged or not a database: %2").arg(m_path, error.text()));
        throw SaylauError(m_server ? tr("%1 holds no SaylauDesk campaign (create one there with saylau init-server "
                                        "or saylau copy)")
                                         .arg(m_path)
                                   : tr("%1 is an SQLite database, but not a SaylauDesk campaign").arg(m_path));
    }
    const int version = m_dialect->schemaVersion(database());
    if (version < 0)
        throw SaylauError(tr("reading the schema version of %1 failed").arg(m_path));
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
    const QString problem = wholeFileCheck ? m_dialect->integrityProblem(database(), &error) : QString();
    if (!problem.isEmpty()) {
        if (isBusy(error))
            throw failure({}, error);
        throw SaylauError(tr("%1 is damaged (integrity check: %2)").arg(m_path, problem));
    }
    // Our mark on a file without the tables our migrations make at its version: upgrading it would rewrite
    // someone else's data. What a user added for their own queries (a view, an index) is no reason to refuse.
    if (version == 0)
        throw SaylauError(tr("%1 is an unfinished SaylauDesk campaign (its creation was cut short); create it "
                             "again").arg(m_path));
    const QStringList present = m_dialect->schemaOutline(database());
    for (const QString &expected : expectedOutline(version)) {
        if (m_dialect->outlineCovers(expected) && !present.contains(expected))
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
    const CampaignLocation location = CampaignLocation::parse(path);
    // A server connection opened for reading refuses every write itself (see SqlDialect::connectOptions); what
    // a user may write there is the server's GRANTs' to say.
    const bool writable = location.isServer() ? access == Access::ReadWrite : inspectFile(path);
    if (!writable && access == Access::ReadWrite)
        throw SaylauError(tr("%1 is read-only (the file or its folder cannot be written); it can be read, but "
                             "nothing can be saved into it")
                              .arg(path));
    std::unique_ptr<CampaignStore> store =
        location.isServer() ? connectServer(location, access, wait)
                            : connect(path, writable ? Connection::Writing : Connection::Reading, wait);
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
        if (!query.exec(store->m_dialect->readOnlyStatement()))
            throw store->failure(tr("opening %1 for reading").arg(path), query.lastError());
    }
    return store;
}

void CampaignStore::relayChanges()
{
    QSqlDatabase db = database();
    const QString channel = m_dialect->changesChannel();
    // Other programs' announcements arrive through the driver's socket, heard in this thread's event loop; our
    // own come back too and are left out (they were emitted when made).
    if (!db.driver()->subscribeToNotification(channel))
        return;
    CampaignNotifier *notifier = m_notifier.get();
    QObject::connect(db.driver(), &QSqlDriver::notification, notifier,
                     [notifier, channel](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                         if (name == channel && source == QSqlDriver::OtherSource)
                             notifier->hear(payload.toString());
                     });
    const QString connectionName = m_connectionName;
    const QString statement = m_dialect->notifyStatement();
    // Best effort: a change saved is saved; a view elsewhere that misses the word refreshes at its next read.
    m_notifier->relayThrough([connectionName, statement](const QString &message) {
        QSqlQuery query(QSqlDatabase::database(connectionName, false));
        if (query.prepare(statement)) {
            query.bindValue(0, message);
            query.exec();
        }
    });
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
    for (const QString &statement : store.m_dialect->beginWriteStatements(store.m_exclusiveWrites)) {
        if (!begin.exec(statement)) {
            const QSqlError error = begin.lastError();
            store.database().rollback();
            throw store.failure(CampaignStore::tr("starting to write to %1").arg(store.m_path), error);
        }
    }
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
    m_active = true;
    QSqlQuery query(store.database());
    // Every multi-row statement of a bulk load keeps a journal of the pages it changes, to undo just itself on
    // a constraint error: some 50 MB for 100,000 precincts. SQLite decides where it goes (a temporary file or
    // memory) when the write transaction begins, so it is set here, before the import's transaction.
    query.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
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
    if (!m_active)
        return;
    QSqlQuery query(m_store.database());
    query.exec(QStringLiteral("PRAGMA temp_store = DEFAULT"));
    if (!m_switched)
        return;
    m_store.m_exclusiveWrites = false;
    for (const QString &statement : m_store.m_dialect->connectionSetup())
        query.exec(statement);
}

Election CampaignStore::election() const
{
    QSqlQuery query = S::prepare(database(), QStringLiteral("SELECT key, value FROM meta"));
    S::exec(query, tr("reading the election"));
    Election election;
    while (query.next()) {
        const QString key = query.value(QLatin1String("key")).toString();
        const QString value = query.value(QLatin1String("value")).toString();
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
        else if (key == QLatin1String("name_translations"))
            election.nameTranslations = LocalizedText::fromJson(storedTranslations(value), QStringLiteral("name"));
    }
    return election;
}

void CampaignStore::setElection(const Election &election)
{
    QJsonObject translations;
    election.nameTranslations.addTo(translations, QStringLiteral("name"));
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("name"), election.name},
        {QStringLiteral("date"), election.date.toString(Qt::ISODate)},
        {QStringLiteral("country"), election.country},
        {QStringLiteral("synthetic"), election.synthetic ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("notes"), election.notes},
        {QStringLiteral("name_translations"), compactJson(translations)},
    };
    std::optional<Transaction> transaction;
    if (!m_inTransaction)
        transaction.emplace(*this);
    QSqlQuery query = S::prepare(database(), QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) "
                                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto &[key, value] : values) {
        query.bindValue(QStringLiteral(":key"), key);
        query.bindValue(QStringLiteral(":value"), S::text(value));
        S::exec(query, tr("saving the election"));
    }
    if (transaction)
        transaction->commit();
}

QList<Contest> CampaignStore::contests() const
{
    QSqlQuery query = S::prepare(database(), QStringLiteral("SELECT id FROM contest ORDER BY position, id"));
    S::exec(query, tr("reading contests"));
    QStringList ids;
    while (query.next())
        ids.append(query.value(QLatin1String("id")).toString());
    QList<Contest> list;
    for (const QString &id : std::as_const(ids))
        list.append(contest(id));
    return list;
}

Contest CampaignStore::contest(const QString &id) const
{
    QSqlQuery query = S::prepare(database(), QStringLiteral("SELECT name, form, seats, translations FROM contest WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    S::exec(query, tr("reading contest %1").arg(id));
    if (!query.next())
        throw SaylauError(tr("%1 has no contest \"%2\"").arg(m_path, id));
    Contest contest;
    contest.id = id;
    contest.name = query.value(QLatin1String("name")).toString();
    QJsonParseError parseError;
    const QJsonDocument form = QJsonDocument::fromJson(query.value(QLatin1String("form")).toByteArray(), &parseError);
    if (!form.isObject())
        throw SaylauError(tr("contest %1: the stored form is damaged: %2").arg(id, parseError.errorString()));
    contest.form = ProtocolForm::fromJson(form.object());
    contest.seats = query.value(QLatin1String("seats")).toInt();
    contest.nameTranslations = LocalizedText::fromJson(storedTranslations(query.value(QLatin1String("translations"))),
                                                       QStringLiteral("name"));

    QSqlQuery ballot = S::prepare(database(), QStringLiteral("SELECT position, name, short_name, color, translations "
                                                           "FROM ballot_entry WHERE contest_id = :contest_id ORDER BY position"));
    ballot.bindValue(QStringLiteral(":contest_id"), id);
    S::exec(ballot, tr("reading the ballot of %1").arg(id));
    while (ballot.next()) {
        const QJsonObject translations = storedTranslations(ballot.value(QLatin1String("translations")));
        contest.ballot.append({ballot.value(QLatin1String("position")).toInt(), ballot.value(QLatin1String("name")).toString(),
                               ballot.value(QLatin1String("short_name")).toString(), ballot.value(QLatin1String("color")).toString(),
                               LocalizedText::fromJson(translations, QStringLiteral("name")),
                               LocalizedText::fromJson(translations, QStringLiteral("short"))});
    }
    return contest;
}

void CampaignStore::addContest(const Contest &contest)
{
    std::optional<Transaction> transaction;
    if (!m_inTransaction)
        transaction.emplace(*this);
    QSqlQuery query = S::prepare(database(), QStringLiteral("INSERT INTO contest (id, name, position, form, seats, translations) "
                                                          "VALUES (:id, :name, (SELECT COUNT(*) FROM contest), :form, :seats, :translations)"));
    query.bindValue(QStringLiteral(":id"), contest.id);
    query.bindValue(QStringLiteral(":name"), contest.name);
    query.bindValue(QStringLiteral(":form"),
                    QString::fromUtf8(QJsonDocument(contest.form.toJson()).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":seats"), contest.seats);
    QJsonObject translations;
    contest.nameTranslations.addTo(translations, QStringLiteral("name"));
    query.bindValue(QStringLiteral(":translations"), compactJson(translations));
    S::exec(query, tr("adding contest %1").arg(contest.id));
    setBallot(contest.id, contest.ballot);
    if (transaction)
        transaction->commit();
}

void CampaignStore::setBallot(const QString &contestId, const QList<BallotEntry> &ballot)
{
    std::optional<Transaction> transaction;
    if (!m_inTransaction)
        transaction.emplace(*this);
    QSqlQuery clear = S::prepare(database(), QStringLiteral("DELETE FROM ballot_entry WHERE contest_id = :contest_id"));
    clear.bindValue(QStringLiteral(":contest_id"), contestId);
    S::exec(clear, tr("replacing the ballot of %1").arg(contestId));
    QSqlQuery insert = S::prepare(database(), QStringLiteral("INSERT INTO ballot_entry (contest_id, position, name, short_name, "
                                                           "color, translations) VALUES (:contest_id, :position, :name, "
                                                           ":short_name, :color, :translations)"));
    for (const BallotEntry &entry : ballot) {
        insert.bindValue(QStringLiteral(":contest_id"), contestId);
        insert.bindValue(QStringLiteral(":position"), entry.position);
        insert.bindValue(QStringLiteral(":name"), entry.name);
        insert.bindValue(QStringLiteral(":short_name"), S::text(entry.shortName));
        insert.bindValue(QStringLiteral(":color"), S::text(entry.color));
        QJsonObject translations;
        entry.nameTranslations.addTo(translations, QStringLiteral("name"));
        entry.shortNameTranslations.addTo(translations, QStringLiteral("short"));
        insert.bindValue(QStringLiteral(":translations"), compactJson(translations));
        S::exec(insert, tr("saving ballot entry %1 of %2").arg(QString::number(entry.position), contestId));
    }
    if (transaction)
        transaction->commit();
    m_codecs.remove(contestId);
}

qint64 CampaignStore::addTerritory(const TerritoryNode &node)
{
    QSqlQuery query = S::prepare(database(), QStringLiteral("INSERT INTO territory (parent_id, level, code, name, address, "
                                                          "kind) VALUES (:parent_id, :level, :code, :name, :address, :kind) RETURNING id"));
    query.bindValue(QStringLiteral(":parent_id"), parentIdValue(node.parentId));
    query.bindValue(QStringLiteral(":level"), TerritoryNode::levelName(node.level));
    query.bindValue(QStringLiteral(":code"), S::text(node.code));
    query.bindValue(QStringLiteral(":name"), S::text(node.name));
    query.bindValue(QStringLiteral(":address"), S::text(node.address));
    query.bindValue(QStringLiteral(":kind"), S::text(TerritoryNode::kindName(node)));
    S::exec(query, tr("adding %1 %2").arg(TerritoryNode::levelName(node.level), node.name));
    if (!query.next())
        throw SaylauError(tr("adding %1 %2 returned no id").arg(TerritoryNode::levelName(node.level), node.name));
    return query.value(QLatin1String("id")).toLongLong();
}

namespace {

// The territory's columns in a query's result, found by name once per query: Qt's PostgreSQL driver builds the
// result's whole record again for every value read by name, which made reading the 98,055 nodes of the 2011
// campaign from a server take 1.8 s.
class TerritoryColumns
{
public:
    explicit TerritoryColumns(const QSqlQuery &query)
    {
        const QSqlRecord record = query.record();
        for (int i = 0; i < count; ++i)
            m_index[i] = record.indexOf(QLatin1String(names[i]));
    }

    TerritoryNode read(const QSqlQuery &query) const
    {
        TerritoryNode node;
        node.id = query.value(m_index[Id]).toLongLong();
        node.parentId = query.value(m_index[ParentId]).toLongLong();
        node.level = TerritoryNode::levelFromName(query.value(m_index[Level]).toString());
        node.code = query.value(m_index[Code]).toString();
        node.name = query.value(m_index[Name]).toString();
        node.address = query.value(m_index[Address]).toString();
        node.countedByCommission = query.value(m_index[Kind]).toString() == TerritoryNode::commissionKind();
        // Most nodes (every precinct) have no entry in the book: nothing to parse.
        const QVariant translations = query.value(m_index[Translations]);
        if (!translations.isNull())
            node.nameTranslations = LocalizedText::fromJson(storedTranslations(translations), QStringLiteral("name"));
        return node;
    }

private:
    enum Column { Id, ParentId, Level, Code, Name, Address, Kind, Translations, count };
    static constexpr const char *names[count] = {"id",   "parent_id", "level", "code",
                                                 "name", "address",   "kind",  "translations"};
    int m_index[count] = {};
};

// Conditions name the territory's columns as t.*: the book has a level and a name too.
const QString territoryColumns = QStringLiteral("SELECT t.id, t.parent_id, t.level, t.code, t.name, t.address, t.kind, "
                                                "n.translations FROM territory t LEFT JOIN territory_name n "
                                                "ON n.level = t.level AND n.name = t.name ");

} // namespace

std::optional<TerritoryNode> CampaignStore::territory(qint64 id) const
{
    QSqlQuery query = S::prepare(database(), territoryColumns + QStringLiteral("WHERE t.id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    S::exec(query, tr("reading the territory"));
    if (!query.next())
        return std::nullopt;
    return TerritoryColumns(query).read(query);
}

std::optional<TerritoryNode> CampaignStore::findTerritory(qint64 parentId, TerritoryNode::Level level,
                                                          const QString &code, const QString &name) const
{
    QSqlQuery query = S::prepare(database(), territoryColumns
                                               + QStringLiteral("WHERE t.parent_id %1 :parent_id AND t.level = :level AND "
                                                                "(CASE WHEN :code <> '' THEN t.code = :code ELSE t.name = :name END)")
                                                     .arg(m_dialect->nullSafeEquals()));
    query.bindValue(QStringLiteral(":parent_id"), parentIdValue(parentId));
    query.bindValue(QStringLiteral(":level"), TerritoryNode::levelName(level));
    query.bindValue(QStringLiteral(":code"), S::text(code));
    query.bindValue(QStringLiteral(":name"), S::text(name));
    S::exec(query, tr("looking up the territory"));
    if (!query.next())
        return std::nullopt;
    return TerritoryColumns(query).read(query);
}

QList<TerritoryNode> CampaignStore::territoryChildren(qint64 parentId) const
{
    QSqlQuery query = S::prepare(database(), territoryColumns
                                               + QStringLiteral("WHERE t.parent_id %1 :parent_id ORDER BY t.id").arg(m_dialect->nullSafeEquals()));
    query.bindValue(QStringLiteral(":parent_id"), parentIdValue(parentId));
    S::exec(query, tr("reading the territory"));
    const TerritoryColumns columns(query);
    QList<TerritoryNode> nodes;
    while (query.next())
        nodes.append(columns.read(query));
    return nodes;
}

namespace {

// Read in id order the nodes come parents first, since a node is added under one that exists; a node moved
// under one added after it does not (the summary, which totals each subtree into its parent walking the list
// backwards, lost such a precinct's figures). Those few wait until their parent is placed; the rest keep
// their order.
QList<TerritoryNode> parentsBeforeChildren(QList<TerritoryNode> nodes)
{
    if (std::all_of(nodes.cbegin(), nodes.cend(), [](const TerritoryNode &n) { return n.parentId < n.id; }))
        return nodes;
    QSet<qint64> ids;
    for (const TerritoryNode &node : std::as_const(nodes))
        ids.insert(node.id);
    QList<TerritoryNode> ordered;
    ordered.reserve(nodes.size());
    QSet<qint64> placed;
    std::vector<bool> done(size_t(nodes.size()), false);
    // Each pass places every node whose parent is placed (or is none); the tree has no cycle (the editor
    // refuses a move under a node's own subtree), so each pass places one at least until all are.
    for (bool progress = true; progress && ordered.size() < nodes.size();) {
        progress = false;
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            const TerritoryNode &node = nodes.at(i);
            if (done[size_t(i)] || (node.parentId != 0 && ids.contains(node.parentId) && !placed.contains(node.parentId)))
                continue;
            ordered.append(node);
            placed.insert(node.id);
            done[size_t(i)] = true;
            progress = true;
        }
    }
    // Nodes that could not be placed (a cycle, which no editor makes) keep their order at the end rather than
    // leave the list.
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (!done[size_t(i)])
            ordered.append(nodes.at(i));
    }
    return ordered;
}

} // namespace

QList<TerritoryNode> CampaignStore::allTerritory() const
{
    if (m_dialect->engine() == SqlDialect::Engine::SQLite)
        return parentsBeforeChildren(TerritoryReader::readAll(database()));
    QSqlQuery query = S::prepare(database(), territoryColumns + QStringLiteral("ORDER BY t.id"));
    query.setForwardOnly(true);
    S::exec(query, tr("reading the territory"));
    const TerritoryColumns columns(query);
    QList<TerritoryNode> nodes;
    while (query.next())
        nodes.append(columns.read(query));
    return parentsBeforeChildren(std::move(nodes));
}

void CampaignStore::setTerritoryTranslations(TerritoryNode::Level level, const QString &name,
                                             const LocalizedText &translations)
{
    const QString levelName = TerritoryNode::levelName(level);
    if (translations.isEmpty()) {
        QSqlQuery remove = S::prepare(database(), QStringLiteral("DELETE FROM territory_name WHERE level = :level AND name = :name"));
        remove.bindValue(QStringLiteral(":level"), levelName);
        remove.bindValue(QStringLiteral(":name"), name);
        S::exec(remove, tr("removing the translations of %1").arg(name));
        return;
    }
    QJsonObject stored;
    translations.addTo(stored, QStringLiteral("name"));
    QSqlQuery upsert = S::prepare(database(), QStringLiteral("INSERT INTO territory_name (level, name, translations) "
                                                           "VALUES (:level, :name, :translations) ON CONFLICT (level, name) "
                                                           "DO UPDATE SET translations = excluded.translations"));
    upsert.bindValue(QStringLiteral(":level"), levelName);
    upsert.bindValue(QStringLiteral(":name"), name);
    upsert.bindValue(QStringLiteral(":translations"), compactJson(stored));
    S::exec(upsert, tr("saving the translations of %1").arg(name));
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
    if (!m_protocolWriter)
        m_protocolWriter = std::make_unique<ProtocolWriter>(*this);
    return m_protocolWriter->write(protocol, ProtocolWriter::Origin::Program, protocol.enteredBy);
}

namespace {

const QString protocolColumns = QStringLiteral(
    "SELECT id, contest_id, territory_id, source, copy, figures, extra, observer_name, observer_contact,"
    " received_at, received_how, remarks, entered_by, updated_at, revision FROM protocol ");

} // namespace

Protocol CampaignStore::protocolFromQuery(const QSqlQuery &query) const
{
    Protocol p;
    p.id = query.value(QLatin1String("id")).toLongLong();
    p.contestId = query.value(QLatin1String("contest_id")).toString();
    p.territoryId = query.value(QLatin1String("territory_id")).toLongLong();
    p.source = sourceKindFromName(query.value(QLatin1String("source")).toString()).value_or(SourceKind::Observer);
    p.copy = query.value(QLatin1String("copy")).toString();
    p.figures = storedFigures(codec(p.contestId), query.value(QLatin1String("figures")).toByteArray(), p.id);
    const QByteArray extra = query.value(QLatin1String("extra")).toByteArray();
    if (extra.size() > 2)
        p.extra = QJsonDocument::fromJson(extra).object();
    p.observerName = query.value(QLatin1String("observer_name")).toString();
    p.observerContact = query.value(QLatin1String("observer_contact")).toString();
    p.receivedAt = S::dateTimeFromText(query.value(QLatin1String("received_at")).toString());
    p.receivedHow = query.value(QLatin1String("received_how")).toString();
    p.remarks = query.value(QLatin1String("remarks")).toString();
    p.enteredBy = query.value(QLatin1String("entered_by")).toString();
    p.updatedAt = S::dateTimeFromText(query.value(QLatin1String("updated_at")).toString());
    p.revision = query.value(QLatin1String("revision")).toInt();
    return p;
}

Figures CampaignStore::storedFigures(const FiguresCodec &codec, QByteArrayView json, qint64 protocolId) const
{
    Figures figures;
    readStoredFigures(codec, json, protocolId, figures);
    return figures;
}

void CampaignStore::readStoredFigures(const FiguresCodec &codec, QByteArrayView json, qint64 protocolId,
                                      Figures &figures) const
{
    try {
        codec.decodeInto(json, figures);
    } catch (const SaylauError &error) {
        // Rare enough to look the protocol up only now.
        QSqlQuery query = S::prepare(database(), QStringLiteral("SELECT territory_id, contest_id, source, copy"
                                                              " FROM protocol WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), protocolId);
        if (!query.exec() || !query.next())
            throw;
        const qint64 territoryId = query.value(QLatin1String("territory_id")).toLongLong();
        QList<TerritoryNode> line;
        for (std::optional<TerritoryNode> node = territory(territoryId); node;
             node = node->parentId ? territory(node->parentId) : std::nullopt)
            line.prepend(*node);
        const QString place = TerritoryIndex(line).path(territoryId);
        const QString contestId = query.value(QLatin1String("contest_id")).toString();
        const QString source = query.value(QLatin1String("source")).toString();
        const QString copy = query.value(QLatin1String("copy")).toString();
        throw SaylauError(copy.isEmpty()
                              ? tr("%1, contest %2, %3: %4").arg(place, contestId, source, error.message())
                              : tr("%1, contest %2, %3 copy %4: %5").arg(place, contestId, source, copy, error.message()));
    }
}

std::optional<Protocol> CampaignStore::protocol(qint64 id) const
{
    QSqlQuery query = S::prepare(database(), protocolColumns + QStringLiteral("WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    S::exec(query, tr("reading the protocol"));
    if (!query.next())
        return std::nullopt;
    return protocolFromQuery(query);
}

QList<Protocol> CampaignStore::protocolsAt(qint64 territoryId, const QString &contestId) const
{
    QSqlQuery query = S::prepare(database(), protocolColumns
                                               + QStringLiteral("WHERE territory_id = :territory_id AND contest_id = :contest_id "
                                                                "ORDER BY source, copy"));
    query.bindValue(QStringLiteral(":territory_id"), territoryId);
    query.bindValue(QStringLiteral(":contest_id"), contestId);
    S::exec(query, tr("reading protocols"));
    QList<Protocol> list;
    while (query.next())
        list.append(protocolFromQuery(query));
    return list;
}

void CampaignStore::forEachProtocol(const QString &contestId, std::optional<SourceKind> source,
                                    const std::function<void(const Protocol &)> &visit) const
{
    QSqlQuery query = S::prepare(database(), protocolColumns
                                               + QStringLiteral("WHERE contest_id = :contest_id AND (:source = '' OR source = :source) "
                                                                "ORDER BY territory_id, source, copy"));
    m_dialect->streamRows(query);
    query.bindValue(QStringLiteral(":contest_id"), contestId);
    query.bindValue(QStringLiteral(":source"), S::text(source ? sourceKindName(*source) : QString()));
    S::exec(query, tr("reading protocols"));
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
    QSqlQuery query = S::prepare(database(), QStringLiteral("SELECT COUNT(*) AS protocols FROM protocol WHERE contest_id = :contest_id "
                                                          "AND (:source = '' OR source = :source)"));
    query.bindValue(QStringLiteral(":contest_id"), contestId);
    query.bindValue(QStringLiteral(":source"), S::text(source ? sourceKindName(*source) : QString()));
    S::exec(query, tr("counting protocols"));
    return query.next() ? query.value(QLatin1String("protocols")).toInt() : 0;
}

qint64 CampaignStore::otherConnectionsChanges() const
{
    if (m_dialect->engine() != SqlDialect::Engine::SQLite)
        return 0;
    QSqlQuery query = S::prepare(database(), QStringLiteral("PRAGMA data_version"));
    S::exec(query, tr("reading the file's change counter"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 CampaignStore::recordImport(const ImportRecord &record)
{
    QSqlQuery query = S::prepare(database(), QStringLiteral(
        "INSERT INTO import_run (id, contest_id, source, file_name, file_sha256, imported_at, imported_by, rows_new,"
        " rows_replaced, rows_unchanged, rows_rejected, mapping) VALUES (:id, :contest_id, :source, :file_name,"
        " :file_sha256, :imported_at, :imported_by, :rows_new, :rows_replaced, :rows_unchanged, :rows_rejected,"
        " :mapping)"
        " RETURNING id"));
    // NULL numbers the run as the next one.
    query.bindValue(QStringLiteral(":id"), record.id > 0 ? QVariant(record.id) : QVariant(QMetaType(QMetaType::LongLong)));
    query.bindValue(QStringLiteral(":contest_id"), record.contestId);
    query.bindValue(QStringLiteral(":source"), sourceKindName(record.source));
    query.bindValue(QStringLiteral(":file_name"), S::text(record.fileName));
    query.bindValue(QStringLiteral(":file_sha256"), S::text(record.fileSha256));
    query.bindValue(QStringLiteral(":imported_at"),
                    S::dateTimeText(record.importedAt.isValid() ? record.importedAt : QDateTime::currentDateTimeUtc()));
    query.bindValue(QStringLiteral(":imported_by"), S::text(record.importedBy));
    query.bindValue(QStringLiteral(":rows_new"), record.rowsNew);
    query.bindValue(QStringLiteral(":rows_replaced"), record.rowsReplaced);
    query.bindValue(QStringLiteral(":rows_unchanged"), record.rowsUnchanged);
    query.bindValue(QStringLiteral(":rows_rejected"), record.rowsRejected);
    query.bindValue(QStringLiteral(":mapping"), S::text(record.mapping));
    S::exec(query, tr("recording the import"));
    if (!query.next())
        throw SaylauError(tr("recording the import returned no id"));
    return query.value(QLatin1String("id")).toLongLong();
}

QList<ImportRecord> CampaignStore::imports(const QString &contestId) const
{
    QSqlQuery query = S::prepare(database(), QStringLiteral(
        "SELECT id, contest_id, source, file_name, file_sha256, imported_at, imported_by, rows_new, rows_replaced,"
        " rows_unchanged, rows_rejected, mapping FROM import_run WHERE contest_id = :contest_id ORDER BY id DESC"));
    query.bindValue(QStringLiteral(":contest_id"), contestId);
    S::exec(query, tr("reading the import history"));
    QList<ImportRecord> list;
    while (query.next()) {
        ImportRecord r;
        r.id = query.value(QLatin1String("id")).toLongLong();
        r.contestId = query.value(QLatin1String("contest_id")).toString();
        r.source = sourceKindFromName(query.value(QLatin1String("source")).toString()).value_or(SourceKind::Official);
        r.fileName = query.value(QLatin1String("file_name")).toString();
        r.fileSha256 = query.value(QLatin1String("file_sha256")).toString();
        r.importedAt = S::dateTimeFromText(query.value(QLatin1String("imported_at")).toString());
        r.importedBy = query.value(QLatin1String("imported_by")).toString();
        r.rowsNew = query.value(QLatin1String("rows_new")).toInt();
        r.rowsReplaced = query.value(QLatin1String("rows_replaced")).toInt();
        r.rowsUnchanged = query.value(QLatin1String("rows_unchanged")).toInt();
        r.rowsRejected = query.value(QLatin1String("rows_rejected")).toInt();
        r.mapping = query.value(QLatin1String("mapping")).toString();
        list.append(r);
    }
    return list;
}

void CampaignStore::saveMapping(const QString &contestId, SourceKind source, const QString &headerSignature,
                                const QString &mappingJson)
{
    QSqlQuery query = S::prepare(database(), QStringLiteral(
        "INSERT INTO saved_mapping (contest_id, source, header_signature, mapping, saved_at)"
        " VALUES (:contest_id, :source, :header_signature, :mapping, :saved_at)"
        " ON CONFLICT (contest_id, source, header_signature) DO UPDATE SET mapping = excluded.mapping,"
        " saved_at = excluded.saved_at"));
    query.bindValue(QStringLiteral(":contest_id"), contestId);
    query.bindValue(QStringLiteral(":source"), sourceKindName(source));
    query.bindValue(QStringLiteral(":header_signature"), S::text(headerSignature));
    query.bindValue(QStringLiteral(":mapping"), S::text(mappingJson));
    query.bindValue(QStringLiteral(":saved_at"), S::dateTimeText(QDateTime::currentDateTimeUtc()));
    S::exec(query, tr("saving the column mapping"));
}

std::optional<QString> CampaignStore::savedMapping(const QString &contestId, SourceKind source,
                                                   const QString &headerSignature) const
{
    QSqlQuery query = S::prepare(database(), QStringLiteral(
        "SELECT mapping FROM saved_mapping WHERE contest_id = :contest_id AND source = :source"
        " AND header_signature = :header_signature"));
    query.bindValue(QStringLiteral(":contest_id"), contestId);
    query.bindValue(QStringLiteral(":source"), sourceKindName(source));
    query.bindValue(QStringLiteral(":header_signature"), S::text(headerSignature));
    S::exec(query, tr("reading the saved column mapping"));
    if (!query.next())
        return std::nullopt;
    return query.value(QLatin1String("mapping")).toString();
}

} // namespace saylau
