#pragma once

#include "ExchangeLedger.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace saylau {

class AttachmentStream;
class CampaignStore;

// Merges exchange packages into a campaign, a file or a server alike (`saylau merge`, File → Receive packages…). Every package is checked
// first (signature by a known peer, every byte as signed, this campaign, addressed here); one refused refuses
// them all and nothing changes. The merge itself is one transaction. It is a union: rows are named by global
// uids, a row already present is skipped, and each protocol then shows the head of its revisions chosen by a
// rule of the revisions alone, so merging again changes nothing and any order gives the same campaign.
class PackageMerger
{
    Q_DECLARE_TR_FUNCTIONS(PackageMerger)

public:
    // What one package brought, as the summary per office shows it.
    struct Summary
    {
        QString path;
        QString sender;
        int newProtocols = 0;
        int updated = 0;
        int unchanged = 0;
        int conflicts = 0;
        int photos = 0;
        int history = 0;
        int territory = 0;
        int territoryChanges = 0;
        // What the package held that its sender may not change, left out, one line each.
        QStringList setAside;
        // Nodes it deleted that this file keeps, because protocols, photos or drafts lie there (counted among
        // the conflicts; `saylau conflicts` lists them).
        QStringList keptDespiteDeletion;
    };

    explicit PackageMerger(CampaignStore &store);

    // Checks them all, then merges them all in one transaction. Throws SaylauError, changing nothing.
    QList<Summary> merge(const QStringList &paths);

private:
    struct Package;
    // Copies the package at path to copy while checking it, and returns its sender; the merge then reads the
    // copy, the very bytes that were checked. Throws SaylauError saying which check failed.
    QString verify(const QString &path, const QString &copy) const;
    void mergeRows(Package &package, AttachmentStream &photos);
    void mergeTerritory(Package &package);
    void mergeHistory(Package &package);

    CampaignStore &m_store;
    ExchangeLedger m_ledger;
};

} // namespace saylau
