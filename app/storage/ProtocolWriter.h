#pragma once

#include "../domain/Contest.h"
#include "../domain/EntryStatus.h"
#include "../domain/Protocol.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace saylau {

class CampaignStore;
class FiguresCodec;

// The one writer of the protocol table, and the rules every write of a protocol obeys, whoever writes it: a
// person's typed save or verification (entry/EntryStore), a program's save (CampaignStore::saveProtocol: the
// demo, published results, generated observer copies) and an import (BulkProtocolWriter, which keeps its own
// fast SQLite statements but asks these rules for every value they decide).
//
// The rules:
// - revision: 1 for a new protocol, the stored one + 1 for every write that changes it;
// - conflict: a person's save names the revision it started from; a stored protocol that has moved on since
//   refuses the save (SaveConflict) and nothing is written, so a newer save is never overwritten unseen.
//   A program or an import replaces what is stored, and the history keeps what it replaced;
// - history: every write that replaces a stored protocol appends a row (who, when, the revision it made,
//   each changed field, the figures it left) through the HistoryChain, unless it changes nothing (see
//   revisesUnchanged); a new protocol gets one when a person
//   typed it (an import's new protocols are recorded by their import run, which keeps a first import of
//   100,000 precincts as lean as a plain insert);
// - status: a person's save stamps 'entered' with the relation errors it counted, a verification
//   'verified', a save that keeps a verified protocol's figures keeps it verified; any other write leaves
//   figures no person checked: 'entered' and unchecked (NULL);
// - timestamps: updated_at and the history row's saved_at are the same instant, in the one stored time
//   format (SqlStatement::dateTimeText).
class ProtocolWriter
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolWriter)

public:
    enum class Origin {
        // An operator typed it (entry/EntryStore::save).
        Typed,
        // An operator reconciled two blind entries (entry/EntryStore::verify).
        Verified,
        // A program made it (CampaignStore::saveProtocol).
        Program,
        // A file was imported (BulkProtocolWriter).
        Import,
    };

    // What a write needs to know of the stored protocol it replaces (nothing, for a new one).
    struct Stored
    {
        int revision = 0;
        // The stamp the last write left, when it still holds (see EntryStore::status).
        std::optional<EntryStatus> status;
    };

    explicit ProtocolWriter(CampaignStore &store);
    ~ProtocolWriter();
    ProtocolWriter(const ProtocolWriter &) = delete;
    ProtocolWriter &operator=(const ProtocolWriter &) = delete;

    // Writes protocol by these rules, inside the caller's CampaignStore::Transaction (or in one of its own).
    // For Typed and Verified, protocol.revision is the revision the typing started from (0: a new protocol)
    // and relationErrors what the form's relations counted. savedBy is who the protocol and its history name.
    // Returns the protocol's id. Throws SaveConflict, writing nothing; SaylauError on other failures.
    qint64 write(const Protocol &protocol, Origin origin, const QString &savedBy,
                 std::optional<int> relationErrors = std::nullopt);

    // The rules, shared with BulkProtocolWriter.
    // Throws SaveConflict when a person's save started from another revision than the stored one.
    static void checkBase(Origin origin, int basedOn, const std::optional<Stored> &stored, const QString &storedBy,
                          const QDateTime &storedAt);
    static int revisionAfter(const std::optional<Stored> &stored) { return stored ? stored->revision + 1 : 1; }
    static EntryStatus statusAfter(Origin origin, const std::optional<Stored> &stored, bool sameFigures);
    static constexpr bool personWrites(Origin origin) { return origin == Origin::Typed || origin == Origin::Verified; }
    // Whether a new protocol gets a history row.
    static constexpr bool recordsCreation(Origin origin) { return personWrites(origin); }
    // Whether a write that leaves every field as stored still makes a revision: a verification does (it
    // changes the status, and the history says who confirmed); a typed save, a program's or an import's
    // changes nothing (a Ctrl+S on unchanged figures is no event worth a revision and an empty history row).
    static constexpr bool revisesUnchanged(Origin origin) { return origin == Origin::Verified; }
    static QByteArray historyAction(Origin origin);
    // The changes column of the history row an import leaves on a protocol it replaces (see HistoryChanges):
    // each figure, then the unmapped cells and the origin, kept as the text they were.
    static QByteArray importChanges(const Contest &contest, const Figures &storedFigures, const Figures &figures,
                                    QByteArrayView storedExtra, QByteArrayView extra, QByteArrayView storedOrigin,
                                    QByteArrayView origin);
    // The SQL condition (on protocol o) that the stamp in entry_status and relation_errors was left by the last
    // write: files from before this writer let programs bump the revision without a history row, and the
    // figures were unchecked again then.
    static QString stampHoldsCondition();

private:
    const Contest &contest(const QString &contestId);
    const FiguresCodec &codec(const QString &contestId);

    QSqlQuery &prepared(std::unique_ptr<QSqlQuery> &query, const QString &sql);

    CampaignStore &m_store;
    // Prepared once: a program saves thousands of protocols in one transaction through them.
    std::unique_ptr<QSqlQuery> m_find;
    std::unique_ptr<QSqlQuery> m_update;
    std::unique_ptr<QSqlQuery> m_insert;
    QHash<QString, Contest> m_contests;
    QHash<QString, std::shared_ptr<FiguresCodec>> m_codecs;
};

} // namespace saylau
