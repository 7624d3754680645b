#pragma once

#include <QCoreApplication>
#include <QString>

namespace saylau {

class CampaignStore;

// Makes an exchange package from a campaign (`saylau pack`, File → Send to headquarters…): everything the
// recipient has not confirmed having (or everything), signed with the campaign's key. An office sends only
// what it made itself; headquarters sends everything it holds, its offices' work included, so that every file
// comes to hold the same campaign.
class PackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(PackageWriter)

public:
    struct Contents
    {
        QString recipient;
        int protocols = 0;
        int history = 0;
        int photos = 0;
        qint64 photoBytes = 0;
        // New nodes (it also carries those its rows name, with their ancestors), and renames, moves and
        // deletions of nodes.
        int territory = 0;
        int territoryChanges = 0;
    };

    explicit PackageWriter(CampaignStore &store);

    // The peer a package goes to when none is named: an office's headquarters. Throws SaylauError for
    // headquarters, which must name the office.
    QString defaultRecipient() const;
    // Writes the package to path (built aside and renamed into place, never half a file under the name).
    // Records the campaign's new rows first (see ExchangeLedger::capture). Throws SaylauError.
    Contents write(const QString &path, const QString &recipient, bool everything);

private:
    CampaignStore &m_store;
};

} // namespace saylau
