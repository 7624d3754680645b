#include "DeskBenchmark.h"

#include "analysis/ChartSpec.h"
#include "charts/ChartsPane.h"
#include "cli/BenchAnalysisCommand.h"
#include "cli/ChildProcessTimer.h"
#include "cli/Median.h"
#include "domain/ProtocolKey.h"
#include "domain/SaylauError.h"
#include "entry/EntrySession.h"
#include "main/MainWindow.h"
#include "main/OpenCampaign.h"
#include "navigator/NavigatorPane.h"
#include "storage/CampaignNotifier.h"
#include "storage/CampaignStore.h"
#include "storage/ReferenceAnalysisQuery.h"

#include <QAbstractEventDispatcher>
#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QTableWidget>
#include <QTreeView>

namespace saylau {

namespace {

// Idle is when one pass of the event loop finds nothing to do: the deferred refreshes (zero timers), the
// models' reads and the repaints they asked for have all run.
void processUntilIdle()
{
    QElapsedTimer waited;
    waited.start();
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    do {
        QCoreApplication::sendPostedEvents();
        if (waited.elapsed() > 600'000)
            throw SaylauError(DeskBenchmark::tr("the program was still busy after 10 minutes"));
    } while (dispatcher->processEvents(QEventLoop::AllEvents));
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

QString tableText(const QTableWidget *table)
{
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column)
            cells.append(table->item(row, column) ? table->item(row, column)->text() : QString());
    }
    return cells.join(QLatin1Char('\t'));
}

} // namespace

DeskBenchmark::DeskBenchmark(LanguageManager &languages, const QString &campaignPath, const QString &sqlite3)
    : m_languages(languages)
    , m_path(campaignPath)
    , m_sqlite3(sqlite3)
{
    const auto store = CampaignStore::open(m_path, CampaignStore::Access::ReadOnly);
    m_contest = store->contests().constFirst();
    m_protocols = store->protocolCount(m_contest.id, std::nullopt);
    const SourceKind source = store->protocolCount(m_contest.id, SourceKind::Official) > 0 ? SourceKind::Official
                                                                                           : SourceKind::Observer;
    m_referenceSql = ReferenceAnalysisQuery::regionalSums(m_contest, source);
    for (const TerritoryNode &node : store->allTerritory()) {
        if (node.level == TerritoryNode::Level::Precinct && !store->protocolsAt(node.id, m_contest.id).isEmpty()) {
            m_precinctId = node.id;
            break;
        }
    }
    if (m_precinctId == 0)
        throw SaylauError(tr("%1 has no precinct with a protocol of %2 to save again").arg(m_path, m_contest.id));
}

void DeskBenchmark::run(int index)
{
    // Interleaved with the program's figures, so that a change in the machine's load touches both alike.
    m_reference.append(ChildProcessTimer::run(m_sqlite3, {QStringLiteral("-readonly"), m_path, m_referenceSql}, {0}).wall);

    MainWindow window(m_languages);
    window.show();
    processUntilIdle();

    QElapsedTimer timer;
    timer.start();
    if (!window.openCampaign(m_path))
        throw SaylauError(tr("the program did not open %1").arg(m_path));
    processUntilIdle();
    m_opening.append(seconds(timer));
    QTreeView *tree = window.findChild<NavigatorPane *>()->treeView();
    auto *overview = window.findChild<QTableWidget *>(QStringLiteral("overviewTable"));
    if (tree->model()->rowCount() == 0 || !tree->currentIndex().isValid() || !overview || overview->rowCount() == 0)
        throw SaylauError(tr("after opening, the navigator or the overview was empty"));

    // The overview shows the chosen territory: the whole country, so that the saved precinct counts in it.
    tree->setCurrentIndex(tree->model()->index(0, 0));
    processUntilIdle();
    CampaignStore &store = *window.findChild<OpenCampaign *>()->store();
    EntrySession session(store, QStringLiteral("saylau-desk-bench"));
    session.open(m_contest, ProtocolKey{m_contest.id, m_precinctId, SourceKind::Observer, {}});
    // Different figures in every run, so that every save changes the totals.
    const Protocol base = store.protocolsAt(m_precinctId, m_contest.id).constFirst();
    for (int slot = 0; slot < m_contest.slotCount(); ++slot)
        session.setFigure(slot, base.figures.value(slot).value_or(0) + index + 1);
    const QString before = tableText(overview);
    // What the entry window does on Ctrl+S (EntryWindow::save): the session saves, the store's notifier tells
    // every view.
    timer.restart();
    const Protocol saved = session.save();
    store.notifier().announceProtocolSaved(saved.contestId, saved.territoryId);
    processUntilIdle();
    m_save.append(seconds(timer));
    if (tableText(overview) == before)
        throw SaylauError(tr("the overview did not change after the save"));

    window.findChild<QAction *>(QStringLiteral("chartsAction"))->trigger();
    auto *charts = window.findChild<ChartsPane *>();
    processUntilIdle();
    auto *kinds = charts->findChild<QComboBox *>(QStringLiteral("chartKind"));
    for (int i = 0; i < kinds->count(); ++i) {
        timer.restart();
        if (kinds->currentIndex() == i)
            charts->refresh();
        else
            kinds->setCurrentIndex(i);
        processUntilIdle();
        m_charts[kinds->itemData(i).toString()].append(seconds(timer));
        // A kind the campaign cannot show (no observer copies, say) shows a message instead: timed all the
        // same, and said so.
        if (charts->slide(QSize(64, 36)).isNull())
            m_undrawn.insert(kinds->itemData(i).toString());
    }
}

void DeskBenchmark::print(QTextStream &out, const QString &input) const
{
    const double reference = median(m_reference);
    const auto figure = [&](const QString &what, const QList<double> &runs, const QString &goal,
                            const QString &note = {}) {
        const double value = median(runs);
        out << tr("  %1: %2 s (goal %3; %4x the shell)%5")
                   .arg(what)
                   .arg(value, 0, 'f', 3)
                   .arg(goal)
                   .arg(value / reference, 0, 'f', 2)
                   .arg(note)
            << Qt::endl;
    };
    out << tr("saylau-desk on %1: %2 protocols; wall time, median of %n run(s); load average %3", nullptr,
              int(m_opening.size()))
               .arg(input)
               .arg(m_protocols)
               .arg(BenchAnalysisCommand::loadAverage())
        << Qt::endl
        << tr("  sqlite3 shell, every line summed per region (whole process): %1 s").arg(reference, 0, 'f', 3)
        << Qt::endl
        << tr("    query: %1").arg(m_referenceSql) << Qt::endl;
    figure(tr("opening, until the navigator and the overview are filled"), m_opening, tr("< 1 s"));
    figure(tr("totals after a save, navigator and overview"), m_save, tr("< 0.1 s"));
    for (const ChartSpec::Kind kind : ChartSpec::allKinds()) {
        const QString name = ChartSpec::kindName(kind);
        if (!m_charts.contains(name))
            throw SaylauError(tr("the charts window offers no %1 chart").arg(name));
        figure(tr("chart %1 redrawn").arg(name), m_charts.value(name), tr("< 0.3 s"),
               m_undrawn.contains(name) ? tr(", a message instead of a chart") : QString());
    }
}

} // namespace saylau
