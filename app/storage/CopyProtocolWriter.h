#pragma once

#include "FiguresCodec.h"
#include "ImportWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <deque>
#include <limits>
#include <memory>
#include <vector>

struct pg_conn;
struct pg_result;

namespace saylau {

class CampaignStore;
class HistoryChain;

// The write path of an import into a campaign on a server (see ImportWriter): rows go to the server with
// COPY ... FROM STDIN through libpq, which Qt's QPSQL driver cannot send. It is the server's fast load, what
// `psql \copy` uses: one statement for thousands of rows, no statement per row to parse, bind and answer.
//
// The rows travel on the Qt driver's own connection (PostgresHandle), not on a second libpq connection opened
// from the same CampaignLocation: so they belong to the import's one transaction, under the campaign's write
// lock, with the ballot, the mapping and the import record written through Qt; a bad row or a failure rolls
// all of it back. (A second connection would be a second transaction, committed apart, and would wait forever
// for the write lock its own import holds.)
//
// Queued rows are sent a few megabytes at a time, so that a million-row file is not held in memory whole, and
// without waiting: the server loads one COPY while the next rows are read and mapped (libpq's non-blocking
// mode), which hides the client's time behind the server's. Any other statement (the writer's own, or Qt's
// after flush()) first waits for the COPYs in flight.
//
// New nodes take their ids from the territory's sequence, a block at a time (a coordinator may advance it, not
// set it). The rules are BulkProtocolWriter's: a new protocol gets revision 1
// with no history row; a protocol that exists with the same figures and extra is left as it is; one that
// exists with others is replaced (its revision the next, unchecked, 'entered'), and leaves a history row
// linked into the HistoryChain, naming the import run. A first import of a contest (nothing to replace) and
// the rows of precincts the file creates are all plain inserts, sent by COPY into the protocol table; only the
// rows of precincts that existed are looked up, a few thousand per query, and replaced a few thousand per
// UPDATE. Their history rows go by COPY too: a statement per row made re-importing 95,000 changed protocols
// take 21 s.
class CopyProtocolWriter : public ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(CopyProtocolWriter)

public:
    // Call inside a CampaignStore::Transaction on a server campaign. Throws SaylauError.
    CopyProtocolWriter(CampaignStore &store, const Contest &contest, SourceKind source, const QString &copy,
                       const QString &origin, const QString &savedBy);
    ~CopyProtocolWriter() override;

    qint64 addTerritory(qint64 parentId, TerritoryNode::Level level, QByteArrayView code, QByteArrayView name,
                        QByteArrayView address, bool countedByCommission = false) override;
    void saveProtocol(qint64 territoryId, const Figures &figures, QByteArrayView extraJson) override;
    void flush() override;
    qint64 unchanged() const override { return m_unchanged; }
    qint64 importRunId() override;
    // Writes the history rows of the replaced protocols, by COPY: they name the run, which the server requires
    // to exist by then (its foreign keys are checked at each statement, not at commit).
    void finishRun() override;

private:
    // A protocol for a precinct that existed before the import: new, replaced or unchanged, as the stored one
    // says.
    struct Candidate
    {
        qint64 territoryId;
        QByteArray figures;
        QByteArray extra;
    };
    using Result = std::unique_ptr<pg_result, void (*)(pg_result *)>;

    void queueProtocol(qint64 territoryId, QByteArrayView figures, QByteArrayView extra, int revision);
    void queueHistory(qint64 protocolId, int revision, QByteArrayView changes, QByteArrayView figures);
    void sendQueued();
    void resolveCandidates();
    // Sends the replacements of the last batch resolved, if any.
    void queueReplacement();
    // The stored figures of a protocol being replaced, or the store's message naming it.
    Figures decodeStored(QByteArrayView figures, qint64 protocolId);
    // Queues a COPY of ROWS (taken, ROWS left empty), or a statement with its parameters, started at once if
    // none is in flight.
    void queueCopy(const char *sql, QByteArray &rows, const QString &what);
    void queueStatement(const char *sql, std::vector<QByteArray> parameters, const QString &what);
    // Moves the queued statements on: the one in flight sent further, and once answered the next started. With
    // WAIT, until all are answered, the connection back in blocking mode for any other statement. Throws
    // SaylauError with the server's word on a statement it refused.
    void advancePending(bool wait);
    void startPending();
    // Hands libpq the in-flight COPY's next rows while it can send them, and the COPY's end after the last;
    // true when all is handed over.
    bool feedCopy();
    bool pendingAnswered();
    void sendRest();
    void finishPending();
    Result exec(const QByteArray &sql, const std::vector<QByteArray> &parameters, const QString &what);
    [[noreturn]] void fail(const pg_result *result, const QString &what) const;

    CampaignStore &m_store;
    pg_conn *m_connection = nullptr;
    // What ends every protocol row of the COPY: the columns all rows share.
    QByteArray m_protocolTail;
    // Ids taken from the territory's sequence and not used yet, the next one last.
    std::vector<qint64> m_ids;
    int m_idBlock;
    // Territory ids from here on are this import's new nodes: no protocol can be stored there yet.
    qint64 m_firstNewTerritory = std::numeric_limits<qint64>::max();
    // Whether the contest had protocols of this source and copy before: if not, nothing can be replaced.
    bool m_mayReplace = false;
    qint64 m_unchanged = 0;
    qint64 m_importRunId = 0;
    // Rows in COPY's text format, waiting to be sent.
    QByteArray m_territoryRows;
    QByteArray m_protocolRows;
    // A COPY and its rows, or a statement and its parameters.
    struct PendingStatement
    {
        const char *sql;
        QByteArray rows;
        std::vector<QByteArray> parameters;
        QString what;
        // Bytes of a COPY's rows handed to libpq, and whether its end was (a statement has no more to hand).
        qsizetype sent = 0;
        bool ended = false;
    };
    // COPYs and replacements sent or waiting to be, in order; the first is in flight when m_inFlight. The
    // server works on one while the file's next rows are read and mapped, or the next batch's changes worked
    // out: the client's time hides behind the server's.
    std::deque<PendingStatement> m_pending;
    qsizetype m_sendBytes;
    bool m_inFlight = false;
    int m_rowsSinceAdvance = 0;
    std::vector<Candidate> m_candidates;
    // The parameters of the last batch's replacement, sent once the next batch's stored protocols are read.
    std::vector<QByteArray> m_replacement;
    // Made at the first replacement: a first import writes no history and reads nothing of it.
    std::unique_ptr<HistoryChain> m_history;
    // The history rows of the replaced protocols, linked into the chain as they were found, in COPY's text
    // format: sent once the run they name is recorded.
    QByteArray m_historyRows;
    QByteArray m_figures;
};

} // namespace saylau
