#include "OverviewPane.h"

#include "OverviewChart.h"

#include "analysis/Aggregator.h"
#include "analysis/NumberFormat.h"
#include "analysis/OverviewFigures.h"
#include "analysis/PrecinctStatusIndex.h"
#include "analysis/TotalsCache.h"
#include "charts/DeferredRefresh.h"
#include "domain/SaylauError.h"
#include "common/ErrorPresenter.h"
#include "navigator/PrecinctChoiceDialog.h"
#include "navigator/TerritoryNames.h"
#include "navigator/TerritoryTreeModel.h"
#include "storage/CampaignNotifier.h"
#include "storage/CampaignStore.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace saylau {

namespace {

enum Column { LabelColumn, ObserverCount, ObserverShare, OfficialCount, OfficialShare, ColumnCount };

// The link of the verified count, beside the links that name statuses by number.
const QString verifiedTarget = QStringLiteral("verified");

} // namespace

OverviewPane::OverviewPane(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_bases(new QLabel(this))
    , m_chart(new OverviewChart(this))
{
    m_bases->setObjectName(QStringLiteral("overviewShareBases"));
    m_bases->setWordWrap(true);
    m_bases->setTextFormat(Qt::PlainText);
    setObjectName(QStringLiteral("overviewPane"));
    m_progress->setObjectName(QStringLiteral("overviewProgress"));
    m_progress->setWordWrap(true);
    // Rich text for the links only: every word in it is ours, every number formatted by NumberFormat.
    m_progress->setTextFormat(Qt::RichText);
    m_progress->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_progress, &QLabel::linkActivated, this,
            [this](const QString &statuses) { ErrorPresenter::attempt(this, [&] { openPrecinctList(statuses); }); });
    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // One line of text per row: the whole table and the chart under it fit a 768 px screen.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    for (int column = ObserverCount; column < ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_chart);
    layout->addWidget(m_bases);
    m_followStore = new DeferredRefresh(this, [this] {
        // Run from the event loop, where no one would catch: a campaign that cannot be read is said in place.
        try {
            fill();
        } catch (const SaylauError &error) {
            m_table->setRowCount(0);
            m_progress->setText(error.message().toHtmlEscaped());
        }
    });
    retranslateHeader();
}

OverviewPane::~OverviewPane() = default;

void OverviewPane::retranslateHeader()
{
    m_table->setHorizontalHeaderLabels({QString(), tr("Observer copies"), tr("%"), tr("Official figures"), tr("%")});
    m_chart->setToolTip(tr("Each party's share: observer copies (solid) over official figures (pale)."));
}

void OverviewPane::setCampaign(const CampaignStore *store, TotalsCache *totals)
{
    if (m_store)
        disconnect(&m_store->notifier(), nullptr, this, nullptr);
    m_store = store;
    m_ownTotals = store && !totals ? std::make_unique<TotalsCache>(*store) : nullptr;
    m_totals = totals ? totals : m_ownTotals.get();
    m_followStore->request();
    if (m_store) {
        connect(&m_store->notifier(), &CampaignNotifier::protocolsChanged, m_followStore, &DeferredRefresh::request);
        connect(&m_store->notifier(), &CampaignNotifier::territoryChanged, m_followStore, &DeferredRefresh::request);
    }
}

void OverviewPane::setStatusIndex(const PrecinctStatusIndex *statuses)
{
    m_statuses = statuses;
}

void OverviewPane::showTerritory(const QString &contestId, qint64 territoryId)
{
    m_contestId = contestId;
    m_territoryId = territoryId;
    fill();
}

void OverviewPane::fill()
{
    m_table->setRowCount(0);
    m_progress->clear();
    m_bases->clear();
    m_chart->setBars({});
    if (!m_store || m_contestId.isEmpty() || m_territoryId == 0)
        return;
    // The observers' lines are made before the official sums are asked for, which may drop the first.
    const Aggregator &observerSums = m_totals->aggregator(m_contestId, SourceKind::Observer);
    const Contest contest = observerSums.contest();
    const QList<OverviewFigures::Line> observer = OverviewFigures::lines(contest, observerSums.totals(m_territoryId));
    const QList<OverviewFigures::Line> official =
        OverviewFigures::lines(contest, m_totals->aggregator(m_contestId, SourceKind::Official).totals(m_territoryId));
    m_bases->setText(OverviewFigures::shareBases());
    // Shares to one decimal, as the commissions publish them; counts whole.
    const NumberFormat format(locale(), 1);
    m_table->setRowCount(int(observer.size()));
    const auto cell = [this](int row, int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        if (column != LabelColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    };
    for (int row = 0; row < observer.size(); ++row) {
        cell(row, LabelColumn, observer.at(row).label);
        for (const auto &[lines, countColumn] : {std::pair(&observer, int(ObserverCount)), std::pair(&official, int(OfficialCount))}) {
            const OverviewFigures::Line &line = lines->at(row);
            cell(row, countColumn, line.count ? format.count(*line.count) : QString());
            cell(row, countColumn + 1, line.share.isDefined() ? format.percent(line.share) : QString());
        }
    }

    // The parties are the last lines, in ballot order.
    QList<OverviewChart::Bar> bars;
    const qsizetype firstParty = observer.size() - contest.ballot.size();
    for (qsizetype i = 0; i < contest.ballot.size(); ++i)
        bars.append({observer.at(firstParty + i).label, QColor::fromString(contest.ballot.at(i).color),
                     observer.at(firstParty + i).share, official.at(firstParty + i).share});
    m_chart->setBars(bars);

    if (!m_statuses)
        return;
    const PrecinctStatusIndex::Counts counts = m_statuses->counts(m_territoryId);
    int expected = 0;
    for (int count : counts)
        expected += count;
    const auto count = [&counts](PrecinctStatus status) { return counts[size_t(status)]; };
    const int differing = count(PrecinctStatus::DiffersFromOfficial) + count(PrecinctStatus::DiffersOnDoubtfulCopy);
    // Each count but the first is a link to the precincts it counts (the first is the navigator's tree).
    const auto linkTo = [&format](int number, const QString &target) {
        return number == 0 ? format.count(number)
                           : QStringLiteral("<a href=\"%1\">%2</a>").arg(target, format.count(number));
    };
    const auto link = [&linkTo](int number, std::initializer_list<PrecinctStatus> statuses) {
        QStringList codes;
        for (const PrecinctStatus status : statuses)
            codes << QString::number(int(status));
        return linkTo(number, codes.join(QLatin1Char(',')));
    };
    m_progress->setText(
        tr("Entry: %1 precincts; %2 entered, %3 verified, %4 with control relation errors, %5 not entered yet. "
           "Differing from the official figures: %6 (on doubtful copies: %7).")
            .arg(format.count(expected),
                 link(expected - count(PrecinctStatus::NotEntered),
                      {PrecinctStatus::Entered, PrecinctStatus::Verified, PrecinctStatus::DiffersOnDoubtfulCopy,
                       PrecinctStatus::DiffersFromOfficial, PrecinctStatus::RelationError}),
                 // Verified whatever else the precinct is marked with (a confirmed protocol that fails a
                 // relation is marked as a relation error): the count agrees with the stored status.
                 linkTo(m_statuses->verifiedCount(m_territoryId), verifiedTarget),
                 link(count(PrecinctStatus::RelationError), {PrecinctStatus::RelationError}),
                 link(count(PrecinctStatus::NotEntered), {PrecinctStatus::NotEntered}),
                 link(differing, {PrecinctStatus::DiffersFromOfficial, PrecinctStatus::DiffersOnDoubtfulCopy}),
                 link(count(PrecinctStatus::DiffersOnDoubtfulCopy), {PrecinctStatus::DiffersOnDoubtfulCopy})));
}

void OverviewPane::openPrecinctList(const QString &statuses)
{
    if (!m_store || !m_statuses)
        return;
    QList<qint64> precincts;
    if (statuses == verifiedTarget) {
        precincts = m_statuses->verifiedPrecincts(m_territoryId);
    } else {
        for (const QString &code : statuses.split(QLatin1Char(','), Qt::SkipEmptyParts))
            precincts += m_statuses->precincts(m_territoryId, PrecinctStatus(code.toInt()));
    }
    const std::optional<TerritoryNode> place = m_store->territory(m_territoryId);
    const QString title = place ? TerritoryNames::name(*place) : QString();
    PrecinctChoiceDialog dialog(*m_store, precincts, title,
                                tr("%n precinct(s). Choose one to see its protocols:", nullptr, int(precincts.size())),
                                this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenId())
        emit precinctChosen(m_contestId, dialog.chosenId());
}

} // namespace saylau
