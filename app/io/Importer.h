#pragma once

#include "ColumnMapping.h"
#include "CsvReader.h"

#include "../domain/Contest.h"
#include "../domain/Figures.h"
#include "../domain/SourceKind.h"
#include "../domain/TerritoryNode.h"

#include <QCoreApplication>
#include <QByteArrayList>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace saylau {

class CampaignStore;

// Imports a results file (official CEC figures or observers' tallies) into one contest of a campaign:
// reads and maps it (RowPipeline: CsvReader and RowMapper on a worker thread), creates the territory nodes
// it names (TerritoryResolver: region -> TIK -> precinct) and saves one protocol per row (ImportWriter:
// SQLite's C API into a file, COPY into a server), all in one transaction. By default a bad row stops the
// import and the campaign is left exactly as it was; with a rejects file the bad rows are written there with
// their reasons and the rest is imported.
//
// A dialog drives it in steps: construct (reads the header and proposes a mapping), show mapping() and
// preview(), setMapping() after edits, then run() on a worker thread with a progress handler and a cancel
// flag. The store's connection belongs to the thread that opened it: open the CampaignStore on that worker.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    struct Options
    {
        QString contestId;
        SourceKind source = SourceKind::Official;
        // The level the file's rows are at: precincts, or official figures published per TIK or region.
        TerritoryNode::Level level = TerritoryNode::Level::Precinct;
        // Party columns not on the contest's ballot yet are added to it, in the file's column order.
        bool ballotFromFile = false;
        // Validate and report everything, then roll back.
        bool dryRun = false;
        // A column that maps to nothing is an error instead of being kept as text.
        bool strict = false;
        // When set, bad rows are written here with their reasons and the good rows are imported.
        QString rejectsPath;
        // Tells apart several observer copies of one precinct; empty for the official record.
        QString copy;
        // The file is a precinct list: its rows create the regions, TIKs and precincts they name and set the
        // precincts' addresses; no protocol is written. Its other columns (a list's voter count) start as
        // ignored: a list's figures are no protocol's.
        bool territoryOnly = false;
        // The region every row lies in, for a file without a region column (one region's file): the name of
        // one of the campaign's regions.
        QString region;
        // Who imports: named in the import record and in the history of every protocol whose figures the
        // file replaces. When empty, the history names the file ("import of FILE").
        QString operatorName;
    };

    struct Summary
    {
        qint64 rows = 0;       // data rows read
        qint64 imported = 0;   // protocols written (or that would be, on a dry run)
        qint64 replaced = 0;   // of those, protocols that existed with other figures and were replaced
        qint64 unchanged = 0;  // of those, protocols that existed with exactly these figures
        qint64 rejected = 0;   // rows written to the rejects file
        qint64 totalsRows = 0; // "Итого"/"Total" rows, skipped
        // Of those, rows with a TIK and no precinct whose counts are the sum of the TIK's precincts (TikSubtotals).
        qint64 tikSubtotalRows = 0;
        int regionsCreated = 0;
        int districtsCreated = 0;
        int precinctsCreated = 0;
        // A precinct list (Options::territoryOnly): the nodes the rows named that existed, and the existing
        // precincts whose address the list changed; regions and TIKs are matched by name, so never updated.
        int regionsUnchanged = 0;
        int districtsUnchanged = 0;
        int precinctsUpdated = 0;
        int precinctsUnchanged = 0;
        // A precinct list's columns other than territory and address (its voter count among them): not stored.
        QStringList headersLeftOut;
        // Of the rows imported, those with a TIK and no precinct: the votes the TIK counted itself, each its
        // own unit under the TIK (TerritoryNode::countedByCommission).
        qint64 commissionUnits = 0;
        // The file has no region column: its TIKs and precincts went to the top of the tree, in no region.
        bool withoutRegionColumn = false;
        QStringList unmappedHeaders; // kept as text with each protocol
        // The form's relations (errors by law) that broke on every imported row they could be checked on, with
        // the number of those rows: far more often a column mapped to the wrong line or party than a file of
        // bad protocols.
        struct BrokenRelation
        {
            QString formula;
            qint64 rows = 0;
        };
        QList<BrokenRelation> relationsBrokenEverywhere;
        QList<BallotEntry> ballotAdded;
        bool dryRun = false;
        bool cancelled = false;
    };

    // What a precinct list import did, one line per level, for the CLI and the import dialog alike.
    static QStringList precinctListReport(const Summary &summary);
    // The warnings that the mapping is probably wrong (Summary::relationsBrokenEverywhere), one line each, for
    // the CLI and the import dialog alike.
    static QStringList mappingWarnings(const Summary &summary);

    // One row as it will be stored, for the mapping dialog's preview.
    struct PreviewRow
    {
        qint64 line = 0;
        QStringList territory; // region, TIK, precinct, address as read
        Figures figures;       // by slot of contest() (with the file's ballot when ballotFromFile)
        QJsonObject extra;
        QString error;         // empty when the row would be imported
    };

    // Reads the file's header and proposes a mapping, starting from `saved` when given, else from the mapping
    // last used for a file of this shape from this source (the store keeps it). Throws SaylauError.
    Importer(CampaignStore &store, const QString &csvPath, Options options, const ColumnMapping *saved = nullptr);
    ~Importer();

    const Options &options() const { return m_options; }
    QStringList headers() const { return m_headers; }
    const ColumnMapping &mapping() const { return m_mapping; }
    void setMapping(const ColumnMapping &mapping);
    // True when the proposed mapping started from the one the campaign saved for this file's shape.
    bool usesStoredMapping() const { return m_usesStoredMapping; }
    // The contest as the import will see it: with the file's parties added when ballotFromFile is set.
    const Contest &contest() const { return m_contest; }
    QString encodingName() const { return m_encodingName; }
    QString delimiterName() const { return m_delimiterName; }

    // The first rows parsed and mapped, without touching the campaign.
    QList<PreviewRow> preview(int rowCount) const;
    // When the mapping gives no region and the campaign has regions (for which run() refuses, unless
    // Options::region names one), those regions' names as the navigator shows them, for the user to place the
    // file in one; else none.
    QStringList regionsToChooseFrom() const;

    // Called every few thousand rows with bytes read and the file's size.
    void setProgressHandler(std::function<void(qint64 done, qint64 total)> handler) { m_progress = std::move(handler); }
    // Polled while importing; when set, the import stops and the campaign is left as it was.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // Throws SaylauError naming file, line and column on the first bad row (unless a rejects file is set),
    // on a mapping that cannot work (no precinct column, a party not on the ballot), or on a storage failure.
    // A real (not dry) run also records the import and saves its mapping in the campaign, in the same
    // transaction as the figures.
    Summary run();

private:
    void prepareContest();
    void ignoreAllButTerritory();
    void checkMapping() const;

    CampaignStore &m_store;
    QString m_path;
    Options m_options;
    QStringList m_headers;
    ColumnMapping m_mapping;
    // The first data rows' raw cells, to tell which columns hold counts.
    QList<QByteArrayList> m_sample;
    Contest m_storedContest;
    Contest m_contest;
    CsvReader::Encoding m_encoding = CsvReader::Encoding::Utf8;
    QString m_encodingName;
    QString m_delimiterName;
    bool m_usesStoredMapping = false;
    std::function<void(qint64, qint64)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace saylau
