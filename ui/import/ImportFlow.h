#pragma once

#include "io/Importer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace saylau {

class CampaignStore;

// File > Import…, from the file to the summary: the options (ImportDialog), the column mapping with its
// preview (ColumnMappingDialog), the import itself under a progress dialog with Cancel, then the summary or
// the error. The import runs on the GUI thread, which the store's connection belongs to; the progress
// dialog keeps the window alive between the importer's progress calls. Cancel and a bad row both leave the
// campaign exactly as it was: the importer's transaction rolls back.
class ImportFlow
{
    Q_DECLARE_TR_FUNCTIONS(ImportFlow)

public:
    ImportFlow(CampaignStore &store, QWidget *parent);

    // Asks, imports and reports; contestId is offered first. True when the campaign changed.
    bool exec(const QString &contestId);
    // The contest the last import went into.
    QString contestId() const { return m_contestId; }

    // What an import did, for the summary box: rows new / replaced / unchanged / rejected, new territory,
    // columns kept as text.
    static QString summaryText(const Importer::Summary &summary, const Contest &contest,
                               const Importer::Options &options);

private:
    // Runs with progress and Cancel; nothing when cancelled. Throws SaylauError as Importer::run does.
    std::optional<Importer::Summary> run(Importer &importer, const QString &path);
    // Asks which of the campaign's regions a file without a region column is of; nothing when the user
    // declines.
    std::optional<QString> chooseRegion(const QStringList &regions, const QString &path);
    // Offers, after a refused row, to import the good rows and write the bad ones to a file; its path, or
    // nothing when the user declines.
    std::optional<QString> offerSkipBad(const QString &message, const QString &path, bool canSkip);

    CampaignStore &m_store;
    QWidget *m_parent;
    QString m_contestId;
};

} // namespace saylau
