#pragma once

#include "../domain/ExchangeConflict.h"
#include "../domain/ProtocolKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace saylau {

class CampaignQuery;
class CampaignStore;
class SigningKey;

// What a campaign file knows about the exchange between headquarters and its offices (see README, "Offices and
// headquarters"): who this file is (its site name, role and signing key, in meta), the peers it exchanges with
// (exchange_peer), and the protocol revisions that travel (exchange_revision, exchange_parent).
//
// The writers of protocols, history, photos and territory know nothing of the exchange. capture() catches up
// with them when a package is made or merged: it names new rows with global uids and records every protocol
// whose content differs from the revision it shows as a new revision made from that one. Content is the figures
// and the other fields as stored; who saved and when are the revision's, not its content.
class ExchangeLedger
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeLedger)

public:
    enum class Role { Headquarters, Office };

    struct Peer
    {
        QString name;
        Role role = Role::Office;
        QByteArray publicKey;
        // Region codes an office may change; empty: all.
        QStringList regions;
        qint64 ackedThrough = 0;
        qint64 receivedThrough = 0;
    };

    // One travelling state of a protocol.
    struct Revision
    {
        QByteArray uid;
        QString contestId;
        QByteArray territoryUid;
        QString source;
        QString copy;
        QByteArray figures;
        QByteArray details;
        QByteArray savedAt;
        QByteArray savedBy;
        QByteArray origin;
    };

    // On the campaign's own connection, a file's or a server's alike (CampaignQuery, SqlDialect).
    explicit ExchangeLedger(CampaignStore &store);
    ~ExchangeLedger();
    ExchangeLedger(const ExchangeLedger &) = delete;
    ExchangeLedger &operator=(const ExchangeLedger &) = delete;

    static QString roleName(Role role);

    QString campaignUid() const;
    // This file's name in the exchange; empty until it has joined one (as headquarters or through a kit).
    QString siteName() const;
    Role role() const;
    // The regions this office's kit lets it change; empty for all.
    QStringList regions() const;
    // Throws SaylauError when the file has not joined an exchange.
    SigningKey signingKey() const;

    // Inside the caller's transaction. Makes this file headquarters with a new key and gives the campaign its
    // identity (which every kit copies and every package names), unless it has joined an exchange already (then
    // only checks that it is headquarters). A file that never exchanges has no identity: two files made alike
    // stay alike. Throws SaylauError.
    void becomeHeadquarters(const QString &name);
    // Inside the caller's transaction: this file is an office's kit. Forgets every peer and key it had and
    // knows only its headquarters.
    void becomeOffice(const QString &name, const SigningKey &key, const QStringList &regions, const Peer &headquarters);

    QList<Peer> peers() const;
    std::optional<Peer> peer(const QString &name) const;
    std::optional<Peer> peerWithKey(const QByteArray &publicKey) const;
    // Inside the caller's transaction. Refuses a name or key already known.
    void addPeer(const Peer &peer);
    // Raises (never lowers) what a peer has confirmed receiving from us and what we received from it.
    void recordReceipt(const QString &peerName, qint64 ackedThrough, qint64 receivedThrough);

    // Inside the caller's write transaction: global uids for new territory, history rows and photos, and a
    // revision for every protocol changed since it was last captured. On a server, first refuses a role that
    // may not write the exchange's tables (a coordinator's work, as importing is), saying so. Throws SaylauError.
    void capture();
    // The position the next outgoing row takes; rows up to lastSeq() exist.
    qint64 nextSeq();
    qint64 lastSeq() const;

    // The revisions of a protocol that no other revision was made from, the one its row shows first: the
    // latest saved, ties broken by uid, so that every file holding the same revisions shows the same one.
    QList<Revision> heads(const QString &contestId, QByteArrayView territoryUid, const QString &source,
                          const QString &copy) const;
    // Records a revision received or made here (parents: the revisions it was made from). Returns false,
    // changing nothing, when it is known already.
    bool addRevision(const Revision &revision, const QList<QByteArray> &parents);

    // Every protocol whose revisions disagree, in territory order.
    QList<ExchangeConflict> conflicts() const;
    // The precincts (territory ids) with at least one conflict, for the navigator.
    QSet<qint64> conflictedTerritories() const;
    // The region code above a territory node (by uid), or empty when it lies under no region or is unknown.
    QString regionOf(const QByteArray &territoryUid) const;

    // A node that a deletion from somewhere reached, kept here because protocols, photos or drafts lie at or
    // below it: listed beside the protocol conflicts until it is emptied and deleted again.
    struct RefusedDeletion
    {
        qint64 territoryId = 0;
        QString origin;
        QString changedBy;
        QDateTime changedAt;
    };

    // Inside the caller's write transaction, after a merge brought its rows: every node takes the latest
    // rename and the latest move recorded for it anywhere (by time, ties by uid), and every node a deletion
    // reached goes where nothing lies at or below it. Depends on the recorded changes and what the file holds
    // alone, so every file holding the same rows ends with the same tree. Returns the nodes it changed.
    QList<qint64> applyTerritoryChanges();
    QList<RefusedDeletion> refusedDeletions() const;

    // The uids of the territory an office with these regions holds: the regions with everything below them,
    // and the nodes above them up to the country, whose protocols (a national total) a coordinator compares
    // with. (No regions means the whole country: callers test for that first.)
    QSet<QByteArray> scopeOf(const QStringList &regionCodes) const;

    // The uid of a territory node by id, and back; empty / 0 when unknown.
    QByteArray territoryUid(qint64 territoryId) const;
    qint64 territoryId(QByteArrayView territoryUid) const;

    CampaignStore &store() const { return m_store; }

private:
    class Seq;

    void requireExchangeRights() const;
    QByteArray meta(const char *key) const;
    void setMeta(const char *key, QByteArrayView value);
    void captureTerritory(const QByteArray &site, Seq &seq);
    void captureRows(const char *table, const QByteArray &site, Seq &seq);
    void captureTerritoryChanges(const QByteArray &site, Seq &seq);
    void capturePhotos(const QByteArray &site, Seq &seq);
    void captureProtocols(const QByteArray &site, Seq &seq);
    bool insertRevision(const Revision &revision, const QList<QByteArray> &parents, Seq &seq);

    CampaignStore &m_store;
    // Kept for the many revisions of a capture or a merge.
    std::unique_ptr<CampaignQuery> m_insertRevision;
    std::unique_ptr<CampaignQuery> m_insertParent;
};

} // namespace saylau
