#include "NavigatorPane.h"

#include "TerritoryTreeModel.h"
#include "analysis/TotalsCache.h"
#include "domain/SaylauError.h"
#include "PrecinctChoiceDialog.h"
#include "PrecinctStatusTracker.h"
#include "common/ErrorPresenter.h"
#include "storage/CampaignNotifier.h"
#include "storage/CampaignStore.h"
#include "storage/TerritorySearch.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTreeView>
#include <QVBoxLayout>

namespace saylau {

NavigatorPane::NavigatorPane(QWidget *parent)
    : QWidget(parent)
    , m_contestLabel(new QLabel(this))
    , m_contest(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_legend(new QLabel(this))
{
    m_legend->setWordWrap(true);
    m_legend->hide();
    m_search->setObjectName(QStringLiteral("precinctSearch"));
    m_search->setClearButtonEnabled(true);
    m_contest->setObjectName(QStringLiteral("contestBox"));
    m_contest->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_contestLabel->setBuddy(m_contest);
    m_tree->setObjectName(QStringLiteral("territoryView"));
    // Every row is one line of text: lets the view skip measuring 100,000 rows.
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_contestLabel);
    layout->addWidget(m_contest);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_legend);

    connect(m_contest, &QComboBox::currentIndexChanged, this, &NavigatorPane::contestChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findPrecinct(m_search->text()); });
    // A mark of a missing number stands for that number only.
    connect(m_search, &QLineEdit::textEdited, this, [this] { markMissing({}); });
    retranslateUi();
}

NavigatorPane::~NavigatorPane() = default;

void NavigatorPane::setCampaign(const CampaignStore *store, TotalsCache *totals)
{
    QList<Contest> contests;
    TerritoryTreeModel *model = nullptr;
    std::unique_ptr<TotalsCache> ownTotals = store && !totals ? std::make_unique<TotalsCache>(*store) : nullptr;
    if (ownTotals)
        totals = ownTotals.get();
    // A campaign whose tree cannot be read is said so, and the navigator shows nothing rather than the old one.
    ErrorPresenter::attempt(this, [&] {
        if (!store)
            return;
        contests = store->contests();
        model = new TerritoryTreeModel(*totals, contests.isEmpty() ? QString() : contests.constFirst().id, this);
    });

    {
        // The new model already counts for the first contest.
        const QSignalBlocker blocker(m_contest);
        m_contest->clear();
        for (const Contest &contest : std::as_const(contests))
            m_contest->addItem(contest.displayName(), contest.id);
    }

    if (m_store)
        disconnect(&m_store->notifier(), nullptr, this, nullptr);
    m_store = store;
    // The previous model, with the sums it counts from, goes in installModel().
    std::swap(m_ownTotals, ownTotals);
    m_totals = store ? totals : nullptr;
    if (m_store) {
        connect(&m_store->notifier(), &CampaignNotifier::protocolsChanged, this, &NavigatorPane::protocolsChanged);
        connect(&m_store->notifier(), &CampaignNotifier::territoryChanged, this, &NavigatorPane::reloadTerritory);
    }
    installModel(model);
    if (m_model)
        restore();
    if (m_tracker && m_tracker->contestId() != currentContestId())
        ErrorPresenter::attempt(this, [this] { m_tracker->setContest(currentContestId()); });
    emitCurrentChanged();
}

void NavigatorPane::installModel(TerritoryTreeModel *model)
{
    QItemSelectionModel *oldSelection = m_tree->selectionModel();
    m_tree->setModel(model);
    delete oldSelection;
    delete m_model;
    m_model = model;
    if (!m_model)
        return;
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &NavigatorPane::emitCurrentChanged);
    // Queued: the failure comes from inside the view's layout, where a message box's event loop must not run.
    connect(
        m_model, &TerritoryTreeModel::readFailed, this,
        [this](const QString &message) { ErrorPresenter::show(this, message); }, Qt::QueuedConnection);
    // Names are read whole ("Западно-Казахстанская область", not "Западно-Казахст…"): the name column takes
    // what its names need and the last column the rest; a pane narrower than that scrolls sideways.
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(TerritoryTreeModel::NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TerritoryTreeModel::PrecinctsColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TerritoryTreeModel::ReportedColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TerritoryTreeModel::StatusColumn, QHeaderView::ResizeToContents);
    m_model->setStatusIndex(m_statuses);
    m_tree->setColumnHidden(TerritoryTreeModel::StatusColumn, !m_statuses);
    for (const int column : std::as_const(m_hiddenColumns))
        m_tree->setColumnHidden(column, true);
    // The country alone is no use to look at: open it on its regions.
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (m_model->rowCount() == 1)
        m_tree->expand(m_model->index(0, 0));
}

void NavigatorPane::hideColumn(int column)
{
    m_hiddenColumns.insert(column);
    m_tree->setColumnHidden(column, true);
}

void NavigatorPane::reloadTerritory()
{
    if (!m_store)
        return;
    // The number marked missing may have just been added (New Precinct, offered for it).
    if (!m_missingNumber.isEmpty()) {
        ErrorPresenter::attempt(this, [&] {
            if (!TerritorySearch(*m_store).precinctsNumbered(m_missingNumber).isEmpty())
                markMissing({});
        });
    }
    // The tree is read again; the person stays where they were, or at the nearest node still there.
    QList<qint64> way;
    for (QModelIndex index = m_tree->currentIndex(); index.isValid(); index = index.parent())
        way << index.data(TerritoryTreeModel::TerritoryIdRole).toLongLong();
    const QString contestId = currentContestId();
    ErrorPresenter::attempt(this, [&] {
        {
            // Nothing is chosen while the model is swapped: the views keep showing the place until it is back.
            const QSignalBlocker blocker(this);
            installModel(new TerritoryTreeModel(*m_totals, contestId, this));
            for (const qint64 id : std::as_const(way)) {
                if (select(contestId, id))
                    break;
            }
        }
        // Where the person still stands on the same node (another was added or renamed), nothing is reopened:
        // a form being typed stays as it is.
        if (way.isEmpty() || currentTerritoryId() != way.constFirst())
            emitCurrentChanged();
    });
}

void NavigatorPane::protocolsChanged(const QString &contestId, qint64 territoryId)
{
    if (!m_model || !(contestId.isEmpty() || contestId == currentContestId()))
        return;
    ErrorPresenter::attempt(this, [&] {
        if (contestId.isEmpty() || territoryId == 0)
            m_model->setContest(currentContestId());
        else
            m_model->protocolsChanged(territoryId);
    });
}

bool NavigatorPane::select(const QString &contestId, qint64 territoryId)
{
    const int contestIndex = m_contest->findData(contestId);
    if (!m_model || contestIndex < 0)
        return false;
    m_contest->setCurrentIndex(contestIndex);
    const QModelIndex index = m_model->revealTerritory(territoryId);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void NavigatorPane::setStatusTracker(PrecinctStatusTracker *tracker)
{
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = tracker;
    m_statuses = tracker ? &tracker->index() : nullptr;
    if (m_tracker) {
        connect(m_tracker, &PrecinctStatusTracker::statusesChanged, this, &NavigatorPane::statusesChanged);
        connect(m_tracker, &PrecinctStatusTracker::failed, this,
                [this](const QString &message) { ErrorPresenter::show(this, message); });
        if (m_tracker->contestId() != currentContestId())
            ErrorPresenter::attempt(this, [this] { m_tracker->setContest(currentContestId()); });
    }
    m_legend->setVisible(m_statuses);
    if (!m_model)
        return;
    m_model->setStatusIndex(m_statuses);
    m_tree->setColumnHidden(TerritoryTreeModel::StatusColumn, !m_statuses);
}

void NavigatorPane::statusesChanged(qint64 precinctId)
{
    if (!m_model)
        return;
    if (precinctId == 0)
        m_model->setStatusIndex(m_statuses);
    else
        ErrorPresenter::attempt(this, [&] { m_model->statusChanged(precinctId); });
}

void NavigatorPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool NavigatorPane::findPrecinct(const QString &number)
{
    if (!m_store || number.trimmed().isEmpty())
        return false;
    QList<TerritoryNode> precincts;
    if (!ErrorPresenter::attempt(this, [&] { precincts = TerritorySearch(*m_store).precinctsNumbered(number); }))
        return false;
    qint64 chosen = precincts.size() == 1 ? precincts.constFirst().id : 0;
    if (precincts.size() > 1) {
        ErrorPresenter::attempt(this, [&] {
            PrecinctChoiceDialog dialog(*m_store, precincts, this);
            dialog.exec();
            chosen = dialog.chosenId();
        });
    }
    bool found = false;
    if (chosen)
        ErrorPresenter::attempt(this, [&] { found = select(currentContestId(), chosen); });
    // Told in place, without a dialog to dismiss: the next number can be typed straight away.
    const bool missing = precincts.isEmpty();
    markMissing(missing ? number.trimmed() : QString());
    if (missing)
        emit precinctNotFound(number.trimmed());
    return found;
}

void NavigatorPane::markMissing(const QString &number)
{
    m_missingNumber = number;
    m_search->setStyleSheet(number.isEmpty() ? QString() : QStringLiteral("QLineEdit { background: #fde2e1; }"));
    m_search->setToolTip(number.isEmpty() ? QString() : tr("There is no precinct No. %1").arg(number));
}

namespace {

const QString lastFileKey = QStringLiteral("navigator/lastFile");
const QString lastContestKey = QStringLiteral("navigator/lastContest");
const QString lastTerritoryKey = QStringLiteral("navigator/lastTerritory");

} // namespace

void NavigatorPane::remember()
{
    if (!m_store)
        return;
    QSettings settings;
    settings.setValue(lastFileKey, m_store->path());
    settings.setValue(lastContestKey, currentContestId());
    settings.setValue(lastTerritoryKey, currentTerritoryId());
}

void NavigatorPane::restore()
{
    // Back where the user left this file: a coordinator works through one campaign for days.
    const QSettings settings;
    if (settings.value(lastFileKey).toString() != m_store->path())
        return;
    try {
        select(settings.value(lastContestKey).toString(), settings.value(lastTerritoryKey).toLongLong());
    } catch (const SaylauError &) {
        // Only a convenience: a place that cannot be read again is simply not restored.
    }
}

QString NavigatorPane::currentContestId() const
{
    return m_contest->currentData().toString();
}

qint64 NavigatorPane::currentTerritoryId() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!m_model || !current.isValid())
        return 0;
    return m_model->data(current, TerritoryTreeModel::TerritoryIdRole).toLongLong();
}

void NavigatorPane::contestChanged()
{
    ErrorPresenter::attempt(this, [this] {
        if (m_model)
            m_model->setContest(currentContestId());
        if (m_tracker)
            m_tracker->setContest(currentContestId());
    });
    emitCurrentChanged();
}

void NavigatorPane::emitCurrentChanged()
{
    remember();
    emit currentChanged(currentContestId(), currentTerritoryId());
}

void NavigatorPane::retranslateUi()
{
    m_contestLabel->setText(tr("&Contest:"));
    m_search->setPlaceholderText(tr("Go to precinct No."));
    m_legend->setText(TerritoryTreeModel::statusLegend());
    if (m_model)
        m_model->retranslate();
}

void NavigatorPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

int NavigatorPane::columnsWidth() const
{
    const QMargins margins = contentsMargins() + (layout() ? layout()->contentsMargins() : QMargins());
    return m_tree->header()->length() + m_tree->verticalScrollBar()->sizeHint().width() + 2 * m_tree->frameWidth()
        + margins.left() + margins.right();
}

} // namespace saylau
