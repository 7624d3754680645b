#include "ImportFlow.h"

#include "ColumnMappingDialog.h"
#include "ImportDialog.h"
#include "RegionChoiceDialog.h"

#include "analysis/NumberFormat.h"
#include "domain/SaylauError.h"
#include "common/ErrorPresenter.h"
#include "storage/CampaignNotifier.h"
#include "storage/CampaignStore.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>

#include <atomic>
#include <memory>

namespace saylau {

namespace {

// The progress bar's resolution: the importer reports bytes, which overflow an int on large files.
constexpr int progressSteps = 1000;

} // namespace

ImportFlow::ImportFlow(CampaignStore &store, QWidget *parent)
    : m_store(store)
    , m_parent(parent)
{
}

bool ImportFlow::exec(const QString &contestId)
{
    QString path;
    Importer::Options options;
    QList<Contest> contests;
    if (!ErrorPresenter::attempt(m_parent, tr("Import Results"), [&] { contests = m_store.contests(); }))
        return false;
    {
        ImportDialog dialog(contests, contestId, m_parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        path = dialog.filePath();
        options = dialog.options();
    }
    m_contestId = options.contestId;

    std::unique_ptr<Importer> importer;
    if (!ErrorPresenter::attempt(m_parent, tr("Import Results"),
                                 [&] { importer = std::make_unique<Importer>(m_store, path, options); }))
        return false;
    {
        ColumnMappingDialog dialog(*importer, m_parent);
        dialog.setWindowTitle(tr("Column Mapping — %1").arg(QFileInfo(path).fileName()));
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    // The same file and the same confirmed mapping again, with options changed after the mapping was shown.
    const auto reopen = [&] {
        const ColumnMapping mapping = importer->mapping();
        return ErrorPresenter::attempt(m_parent, tr("Import Results"), [&] {
            importer = std::make_unique<Importer>(m_store, path, options, &mapping);
            importer->setMapping(mapping);
        });
    };
    if (const QStringList regions = importer->regionsToChooseFrom(); !regions.isEmpty()) {
        const std::optional<QString> region = chooseRegion(regions, path);
        if (!region)
            return false;
        options.region = *region;
        if (!reopen())
            return false;
    }

    for (;;) {
        try {
            const std::optional<Importer::Summary> summary = run(*importer, path);
            if (!summary) {
                QMessageBox::information(m_parent, tr("Import Results"),
                                         tr("The import was cancelled. The campaign is as it was before."));
                return false;
            }
            // An import may add territory as well as figures: every open view reads both again.
            m_store.notifier().announceTerritoryChanged(0);
            if (!options.territoryOnly)
                m_store.notifier().announceProtocolsImported(m_contestId);
            QMessageBox box(QMessageBox::Information, tr("Import Results"),
                            summaryText(*summary, importer->contest(), importer->options()), QMessageBox::Ok,
                            m_parent);
            box.setObjectName(QStringLiteral("importSummaryBox"));
            box.setTextFormat(Qt::PlainText);
            box.exec();
            return true;
        } catch (const SaylauError &error) {
            const auto rejectsPath = offerSkipBad(error.message(), path, options.rejectsPath.isEmpty());
            if (!rejectsPath)
                return false;
            // Again, now setting the bad rows aside.
            options.rejectsPath = *rejectsPath;
            if (!reopen())
                return false;
        }
    }
}

std::optional<Importer::Summary> ImportFlow::run(Importer &importer, const QString &path)
{
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, progressSteps,
                             m_parent);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(tr("Import Results"));
    // Window-modal: the campaign's windows take no input while its transaction is open.
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumWidth(420);

    std::atomic_bool cancel = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancel] { cancel = true; });
    importer.setCancelFlag(&cancel);
    importer.setProgressHandler([&progress, &cancel](qint64 done, qint64 total) {
        if (cancel)
            return;
        // After the last row the importer still writes and commits; say so rather than sit at 100%.
        if (done >= total)
            progress.setLabelText(tr("Writing to the campaign file…"));
        progress.setValue(total > 0 ? int(done * (progressSteps - 1) / total) : progressSteps - 1);
        // What keeps the windows drawn and lets Cancel be clicked. QProgressDialog::setValue() does it too,
        // but only once the dialog has shown itself through setValue(), not after show().
        QApplication::processEvents();
    });
    const auto detach = qScopeGuard([&importer] {
        importer.setProgressHandler({});
        importer.setCancelFlag(nullptr);
    });
    progress.show();
    QApplication::processEvents();
    if (cancel)
        return std::nullopt;

    QApplication::setOverrideCursor(Qt::BusyCursor);
    const auto cursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    const Importer::Summary summary = importer.run();
    if (summary.cancelled)
        return std::nullopt;
    return summary;
}

std::optional<QString> ImportFlow::chooseRegion(const QStringList &regions, const QString &path)
{
    RegionChoiceDialog dialog(QFileInfo(path).fileName(), regions, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.region();
}

std::optional<QString> ImportFlow::offerSkipBad(const QString &message, const QString &path, bool canSkip)
{
    QMessageBox box(QMessageBox::Warning, tr("Import Failed"),
                    tr("Nothing was imported: the campaign is as it was before.\n\n%1").arg(message),
                    QMessageBox::Close, m_parent);
    box.setObjectName(QStringLiteral("importErrorBox"));
    box.setTextFormat(Qt::PlainText);
    QPushButton *skip = nullptr;
    if (canSkip)
        skip = box.addButton(tr("Import the &Good Rows…"), QMessageBox::AcceptRole);
    box.exec();
    if (!skip || box.clickedButton() != skip)
        return std::nullopt;
    const QString rejects = QFileDialog::getSaveFileName(m_parent, tr("Rejected Rows"),
                                                         ImportDialog::suggestedRejectsPath(path),
                                                         tr("CSV files (*.csv);;All files (*)"));
    if (rejects.isEmpty())
        return std::nullopt;
    return rejects;
}

QString ImportFlow::summaryText(const Importer::Summary &summary, const Contest &contest,
                                const Importer::Options &options)
{
    if (options.territoryOnly)
        return Importer::precinctListReport(summary).join(QLatin1Char('\n'));
    const NumberFormat format;
    const QString source = options.source == SourceKind::Official ? tr("official figures") : tr("observer copies");
    QStringList lines;
    lines << tr("%1 rows of %2 imported into %3.").arg(format.count(summary.imported), source, contest.displayName());
    lines << QString();
    lines << tr("New: %1").arg(format.count(summary.imported - summary.replaced - summary.unchanged));
    lines << tr("Replaced (the figures differed): %1").arg(format.count(summary.replaced));
    lines << tr("Unchanged (the same figures): %1").arg(format.count(summary.unchanged));
    lines << tr("Rejected: %1").arg(format.count(summary.rejected));
    if (summary.totalsRows > 0)
        lines << tr("Totals rows skipped: %1").arg(format.count(summary.totalsRows));
    if (summary.tikSubtotalRows > 0)
        lines << tr("Of these, TIK subtotal rows (a TIK and no precinct, counts equal to the sum of the TIK's "
                    "precincts): %1")
                     .arg(format.count(summary.tikSubtotalRows));
    lines << tr("New territory: %Ln region(s)", nullptr, summary.regionsCreated) + QStringLiteral(", ")
                 + tr("%Ln TIK(s)", nullptr, summary.districtsCreated) + QStringLiteral(", ")
                 + tr("%Ln precinct(s)", nullptr, summary.precinctsCreated);
    if (!options.region.isEmpty())
        lines << tr("No region column: the TIKs and precincts are in the region %1, as chosen.").arg(options.region);
    if (summary.withoutRegionColumn)
        lines << tr("No region column: the TIKs and precincts are at the top of the territory tree, in no region "
                    "(TIKs of one name are one TIK).");
    if (summary.commissionUnits > 0)
        lines << tr("Units counted by a TIK itself (rows with a TIK and no precinct): %1")
                     .arg(format.count(summary.commissionUnits));
    for (const BallotEntry &entry : summary.ballotAdded)
        lines << tr("Added to the ballot: %1. %2").arg(entry.position).arg(entry.name);
    if (!summary.unmappedHeaders.isEmpty()) {
        QStringList headers;
        for (const QString &header : summary.unmappedHeaders)
            headers << header.simplified();
        lines << tr("Columns kept as text (they map to nothing): %1").arg(headers.join(QStringLiteral(", ")));
    }
    if (summary.rejected > 0)
        lines << tr("The rejected rows and the reasons are in %1").arg(QDir::toNativeSeparators(options.rejectsPath));
    lines << Importer::mappingWarnings(summary);
    return lines.join(QLatin1Char('\n'));
}

} // namespace saylau
