#include "OfficeKit.h"

#include "CampaignCopy.h"
#include "CampaignQuery.h"
#include "CampaignStore.h"
#include "ExchangeLedger.h"
#include "HistoryChain.h"
#include "OnlineBackup.h"
#include "SigningKey.h"
#include "SqliteHandle.h"
#include "SqliteStatement.h"

#include "../domain/SaylauError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace saylau {

void OfficeKit::keepOnly(CampaignStore &kit, const QSet<QByteArray> &scope)
{
    // The kit is a file whatever headquarters is: its own SQLite, with the scope as a JSON array.
    sqlite3 *db = SqliteHandle::of(kit.database());
    QJsonArray uids;
    for (const QByteArray &uid : scope)
        uids.append(QString::fromLatin1(uid));
    const QByteArray scopeJson = QJsonDocument(uids).toJson(QJsonDocument::Compact);
    // Deleting a node takes along what is keyed on it: protocols, their history, photos, drafts. secure_delete
    // (set by becomeOffice) overwrites them, so other regions' work is not left in the kit's free pages.
    const char *const statements[] = {
        "DELETE FROM territory WHERE uid IS NULL OR uid NOT IN (SELECT value FROM json_each(:scope))",
        "DELETE FROM exchange_revision WHERE territory_uid NOT IN (SELECT value FROM json_each(:scope))",
    };
    for (const char *sql : statements) {
        SqliteStatement statement(db, sql, tr("leaving out the other regions"));
        statement.bind(":scope", QByteArrayView(scopeJson)).run();
    }
    // Deletions stay: one of a node in the office's regions must keep reaching it if the node arrives again.
    SqliteStatement(db,
                    "DELETE FROM territory_history WHERE action <> 'delete' AND territory_id NOT IN (SELECT id FROM territory)",
                    tr("leaving out the other regions"))
        .run();
    // The history left is headquarters' without other regions' rows: the kit's own chain starts from it.
    HistoryChain::hashExisting(db);
}

void OfficeKit::issue(CampaignStore &headquarters, const QString &office, const QStringList &regions,
                      const QString &kitPath)
{
    if (office.trimmed().isEmpty())
        throw SaylauError(tr("an office needs a name (--office NAME)"));
    if (QFileInfo::exists(kitPath))
        throw SaylauError(tr("%1 already exists; choose another name for the kit").arg(kitPath));
    ExchangeLedger ledger(headquarters);
    {
        CampaignQuery region(headquarters, "SELECT 1 FROM territory WHERE level = 'region' AND code = :code",
                             tr("checking the regions"));
        for (const QString &code : regions) {
            region.bind(":code", code);
            if (!region.step())
                throw SaylauError(tr("%1 has no region with the code %2").arg(headquarters.path(), code));
            region.reset();
        }
    }
    if (ledger.peer(office) || office == ledger.siteName())
        throw SaylauError(tr("%1 has issued a kit to an office named %2 already").arg(headquarters.path(), office));

    qint64 through = 0;
    {
        CampaignStore::Transaction transaction(headquarters);
        ledger.becomeHeadquarters(QString::fromLatin1(defaultHeadquartersName));
        ledger.capture();
        transaction.commit();
        through = ledger.lastSeq();
    }
    const SigningKey officeKey = SigningKey::generate();
    ExchangeLedger::Peer hqPeer;
    hqPeer.name = ledger.siteName();
    hqPeer.role = ExchangeLedger::Role::Headquarters;
    hqPeer.publicKey = ledger.signingKey().publicKey();
    hqPeer.receivedThrough = through;

    // Made in a temporary folder beside the kit and moved into place only when it knows itself as the
    // office: headquarters' key must never be found under the kit's name.
    QTemporaryDir folder(QFileInfo(kitPath).absolutePath() + QStringLiteral("/.kit-XXXXXX"));
    if (!folder.isValid())
        throw SaylauError(tr("cannot write beside %1: %2").arg(kitPath, folder.errorString()));
    const QString made = folder.filePath(QStringLiteral("kit.saylau"));
    // The kit is a file: headquarters' own file copied whole, or a server campaign copied into one.
    if (headquarters.isServer())
        CampaignCopy::copy(headquarters, made);
    else
        OnlineBackup::copy(headquarters, made);
    {
        const std::unique_ptr<CampaignStore> kit = CampaignStore::open(made);
        // Headquarters' key and list of offices, overwritten below, must not stay readable in free pages.
        SqliteStatement(SqliteHandle::of(kit->database()), "PRAGMA secure_delete = ON", tr("preparing the office's file"))
            .step();
        ExchangeLedger kitLedger(*kit);
        CampaignStore::Transaction transaction(*kit);
        kitLedger.becomeOffice(office, officeKey, regions, hqPeer);
        if (!regions.isEmpty())
            keepOnly(*kit, kitLedger.scopeOf(regions));
        transaction.commit();
    }

    ExchangeLedger::Peer officePeer;
    officePeer.name = office;
    officePeer.role = ExchangeLedger::Role::Office;
    officePeer.publicKey = officeKey.publicKey();
    officePeer.regions = regions;
    officePeer.ackedThrough = through;
    CampaignStore::Transaction transaction(headquarters);
    ledger.addPeer(officePeer);
    if (QFileInfo::exists(kitPath) || !QFile::rename(made, kitPath))
        throw SaylauError(tr("cannot put the kit at %1").arg(kitPath));
    transaction.commit();
}

} // namespace saylau
