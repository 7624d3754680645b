#pragma once

#include "../domain/Contest.h"
#include "../domain/Election.h"
#include "../domain/ImportRecord.h"
#include "../domain/Protocol.h"
#include "../domain/SourceKind.h"
#include "../domain/TerritoryNode.h"

#include "SqlDialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace saylau {

class CampaignLocation;
class CampaignNotifier;
class FiguresCodec;
class ProtocolWriter;
class SaylauError;

// The campaign: one SQLite file per election, or one database on a PostgreSQL server (see CampaignLocation;
// every PATH below may be a server address, and SqlDialect holds what differs between the engines). The only class outside storage/ that callers see;
// SQL stays in here and its helpers. Every multi-row write runs in one transaction (see Transaction), so an
// interrupted write leaves the file as it was.
class CampaignStore
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)

public:
    // PRAGMA application_id of every SaylauDesk file ("SAYL"): tells our files from any other SQLite database.
    static constexpr int applicationId = SqlDialect::applicationId;

    // Reading commands open a file read-only: nothing they do can write to it, and a file in a folder that
    // cannot be written (a read-only share, a CD) opens as it stands. Writing needs the file and its folder.
    enum class Access { ReadWrite, ReadOnly };
    // How long a write (or an open) waits for another program's write to the same file to finish before it
    // gives up saying so: an import of a million precincts takes a few seconds.
    static constexpr std::chrono::seconds defaultWait{30};

    // Creates a new campaign file, built whole under a temporary name beside it (fill, when given, adds what
    // the new file starts with) and renamed into place, so that no half-made file is ever seen under the
    // name. Refuses a path that already exists. Throws SaylauError.
    static std::unique_ptr<CampaignStore> create(const QString &path,
                                                 const std::function<void(CampaignStore &)> &fill = {});
    // Opens an existing campaign file, upgrading an older schema. Refuses, unchanged, a file that is missing,
    // not a regular file, not SQLite, corrupt, not a SaylauDesk database (by its mark or its tables), or
    // written by a newer version; ReadWrite refuses a read-only file. Throws SaylauError.
    static std::unique_ptr<CampaignStore> open(const QString &path, Access access = Access::ReadWrite,
                                               std::chrono::seconds wait = defaultWait);

    // "Another program is writing to FILE": what every give-up after waiting says, here and in storage/'s
    // other writers.
    static QString busyMessage(const QString &path, std::chrono::seconds waited);
    // Whether an SQL error is SQLite's "busy" or "locked", i.e. another connection holds the lock.
    static bool isBusy(const QSqlError &error);
    std::chrono::seconds wait() const { return m_wait; }

    ~CampaignStore();
    CampaignStore(const CampaignStore &) = delete;
    CampaignStore &operator=(const CampaignStore &) = delete;

    // The file path or the server address (see CampaignLocation::toString).
    QString path() const { return m_path; }
    bool isServer() const { return m_server; }
    // Where writers announce what they changed and views hear it (see CampaignNotifier). One per open file.
    CampaignNotifier &notifier() const { return *m_notifier; }
    int schemaVersion() const;
    static int currentSchemaVersion();

    bool inTransaction() const { return m_inTransaction; }
    // RAII transaction: rolls back unless commit() was called. Nested use is an error.
    class Transaction
    {
    public:
        explicit Transaction(CampaignStore &store);
        ~Transaction();
        void commit();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

    private:
        CampaignStore &m_store;
        bool m_done = false;
    };

    // Around a whole-file import: where this is the only connection to the file, writes go through a
    // rollback journal for the duration (new pages are written once instead of once to the WAL and again
    // to the file, which keeps a 1,000,000-precinct import linear), with full sync; back to WAL after.
    // Where another connection has the file open the journal stays as it is. Either way the statements' own
    // journals (to undo one statement) stay in memory. Not inside a Transaction.
    class BulkLoadScope
    {
    public:
        explicit BulkLoadScope(CampaignStore &store);
        ~BulkLoadScope();
        BulkLoadScope(const BulkLoadScope &) = delete;
        BulkLoadScope &operator=(const BulkLoadScope &) = delete;

    private:
        CampaignStore &m_store;
        bool m_active = false;
        bool m_switched = false;
    };

    Election election() const;
    void setElection(const Election &election);

    QList<Contest> contests() const;
    // Throws SaylauError when there is no such contest.
    Contest contest(const QString &id) const;
    void addContest(const Contest &contest);
    void setBallot(const QString &contestId, const QList<BallotEntry> &ballot);

    qint64 addTerritory(const TerritoryNode &node);
    std::optional<TerritoryNode> territory(qint64 id) const;
    // The child of parentId (0: a root) with this level and code (or name, when the code is empty).
    std::optional<TerritoryNode> findTerritory(qint64 parentId, TerritoryNode::Level level, const QString &code,
                                               const QString &name) const;
    QList<TerritoryNode> territoryChildren(qint64 parentId) const;
    // The whole tree in one read, parents before children: what aggregation and the navigator start from.
    QList<TerritoryNode> allTerritory() const;
    // The book of territory names in other languages (TerritoryNode::nameTranslations), by level and stored
    // name: every node of that level and name shows them, whenever and however it was added. Empty
    // translations take the name out of the book.
    void setTerritoryTranslations(TerritoryNode::Level level, const QString &name, const LocalizedText &translations);

    // Inserts, or replaces the fields of the protocol with the same (contest, territory, source, copy), as a
    // program's write through the ProtocolWriter (a replaced protocol's old figures stay in its history).
    // Returns the protocol's id. Call inside a Transaction for many rows.
    qint64 saveProtocol(const Protocol &protocol);
    std::optional<Protocol> protocol(qint64 id) const;
    QList<Protocol> protocolsAt(qint64 territoryId, const QString &contestId) const;
    // Streams every protocol of a contest (of one source, or all), in territory order, without holding them
    // all in memory.
    void forEachProtocol(const QString &contestId, std::optional<SourceKind> source,
                         const std::function<void(const Protocol &)> &visit) const;
    int protocolCount(const QString &contestId, std::optional<SourceKind> source) const;

    // Bulk read for whole-contest analyses (the comparison of observer copies with official figures): only
    // what the arithmetic needs, none of the text columns forEachProtocol decodes, so 100,000 protocols
    // stream in a fraction of the time.
    struct FiguresRow
    {
        qint64 protocolId = 0;
        qint64 territoryId = 0;
        SourceKind source = SourceKind::Observer;
        QString copy;
        Figures figures;
    };
    // Every protocol of one contest and source (no source: both, in territory, source and copy order), in
    // territory order. The visitor may move the figures out.
    void forEachFigures(const QString &contestId, std::optional<SourceKind> source,
                        const std::function<void(FiguresRow &)> &visit) const;

    // A number that moves whenever another connection commits to the campaign file (SQLite's data_version):
    // a cache of what was read sees that another program wrote, though nothing was announced here. On a server
    // it stays 0: there other programs' changes are announced (CampaignNotifier).
    qint64 otherConnectionsChanges() const;

    // Import history (see ImportRecord), newest first. record.id 0 takes the next id; another (see
    // BulkProtocolWriter::importRunId) is kept. Returns the id.
    qint64 recordImport(const ImportRecord &record);
    QList<ImportRecord> imports(const QString &contestId) const;
    // Column mappings confirmed by a user, per contest, source and header shape (JSON text).
    void saveMapping(const QString &contestId, SourceKind source, const QString &headerSignature,
                     const QString &mappingJson);
    std::optional<QString> savedMapping(const QString &contestId, SourceKind source,
                                        const QString &headerSignature) const;

    // The figures of a stored protocol. Damaged ones are refused naming the protocol: region / district /
    // precinct, contest, source (and copy). For storage/'s readers.
    Figures storedFigures(const FiguresCodec &codec, QByteArrayView json, qint64 protocolId) const;
    // The same into figures the caller reuses.
    void readStoredFigures(const FiguresCodec &codec, QByteArrayView json, qint64 protocolId, Figures &figures) const;

    // For the other classes of storage/ only (importers' bulk paths, migrations).
    QSqlDatabase database() const;
    const SqlDialect &dialect() const { return *m_dialect; }

private:
    enum class Connection { Writing, Reading };

    CampaignStore(const QString &path, const QString &connectionName, SqlDialect::Engine engine);
    // The checks that need no SQLite: exists, a regular file, SQLite's header with our application id.
    // Returns whether the file and its folder can be written. Throws SaylauError.
    static bool inspectFile(const QString &path);
    static std::unique_ptr<CampaignStore> connect(const QString &path, Connection connection,
                                                  std::chrono::seconds wait);
    static std::unique_ptr<CampaignStore> connectServer(const CampaignLocation &location, Access access,
                                                        std::chrono::seconds wait);
    static std::unique_ptr<CampaignStore> createOnServer(const CampaignLocation &location,
                                                         const std::function<void(CampaignStore &)> &fill);
    // Marks the new database, runs every migration and fill, on this (the only) connection. Throws.
    void makeCampaign(const QString &name, const std::function<void(CampaignStore &)> &fill);
    // Sends this campaign's announcements to the other programs connected to it and hears theirs (a server).
    void relayChanges();
    // Drops what a failed createOnServer made.
    void discardServerSchema();
    // Reads (never writes) the mark, version, integrity (see there for when) and tables; returns the schema
    // version. Throws.
    int verifyCampaign(Access access) const;
    SaylauError failure(const QString &what, const QSqlError &error) const;
    void configureConnection();
    const FiguresCodec &codec(const QString &contestId) const;
    Protocol protocolFromQuery(const QSqlQuery &query) const;

    QString m_path;
    QString m_connectionName;
    bool m_server = false;
    std::unique_ptr<SqlDialect> m_dialect;
    std::chrono::seconds m_wait = defaultWait;
    std::unique_ptr<CampaignNotifier> m_notifier;
    bool m_inTransaction = false;
    // Set by BulkLoadScope while the connection writes through a rollback journal.
    bool m_exclusiveWrites = false;
    // Kept for its prepared statements: a program saves thousands of protocols through it.
    std::unique_ptr<ProtocolWriter> m_protocolWriter;
    mutable QHash<QString, std::shared_ptr<FiguresCodec>> m_codecs;
};

} // namespace saylau
