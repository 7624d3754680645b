#include "ProtocolView.h"

#include "OverviewPane.h"
#include "ProtocolFiguresModel.h"
#include "RelationCheckModel.h"
#include "domain/SaylauError.h"
#include "navigator/TerritoryNames.h"
#include "storage/CampaignNotifier.h"
#include "storage/CampaignStore.h"
#include "storage/TerritorySearch.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace saylau {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // One line of text per row: a whole protocol fits on screen without scrolling.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

// One sentence of the summary in its colour: red for what breaks the form's arithmetic, orange for what only
// a comparison shows, green for what holds.
QString colouredSentence(const QString &text, QLatin1String colour)
{
    return QStringLiteral("<span style=\"color: %1\">%2</span>").arg(colour, text.toHtmlEscaped());
}

const QLatin1String errorColour("#b71c1c");
const QLatin1String differenceColour("#b25e00");
const QLatin1String fineColour("#1b5e20");

} // namespace

ProtocolView::ProtocolView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_address(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_relationsTitle(new QLabel(this))
    , m_figuresModel(new ProtocolFiguresModel(this))
    , m_relationModel(new RelationCheckModel(this))
    , m_overview(new OverviewPane(this))
{
    m_title->setObjectName(QStringLiteral("protocolTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("protocolSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    QFont bold = m_relationsTitle->font();
    bold.setBold(true);
    m_relationsTitle->setFont(bold);

    m_figuresView = makeTable(m_figuresModel, QStringLiteral("figuresView"), this);
    // A line's text as printed is the one thing never to cut short: on a narrow window it wraps instead.
    m_figuresView->setWordWrap(true);
    m_figuresView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_relationsView = makeTable(m_relationModel, QStringLiteral("relationsView"), this);

    auto *relationsPane = new QWidget(this);
    auto *relationsLayout = new QVBoxLayout(relationsPane);
    relationsLayout->setContentsMargins(0, 0, 0, 0);
    relationsLayout->addWidget(m_relationsTitle);
    relationsLayout->addWidget(m_relationsView);

    m_tables = new QSplitter(Qt::Vertical, this);
    m_tables->addWidget(m_figuresView);
    m_tables->addWidget(relationsPane);
    m_tables->setStretchFactor(0, 3);
    m_tables->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_address);
    layout->addWidget(m_summary);
    layout->addWidget(m_overview, 2);
    layout->addWidget(m_tables, 1);
    // Holds the labels at the top while the tables are hidden.
    layout->addStretch(0);

    connect(m_overview, &OverviewPane::precinctChosen, this, &ProtocolView::precinctChosen);
    retranslateUi();
    refresh();
}

void ProtocolView::setStatusIndex(const PrecinctStatusIndex *statuses)
{
    m_overview->setStatusIndex(statuses);
    refresh();
}

void ProtocolView::setCampaign(const CampaignStore *store, TotalsCache *totals)
{
    m_overview->setCampaign(store, totals);
    if (m_store)
        disconnect(&m_store->notifier(), nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        // What is shown here is read again when it changes, wherever the change was made.
        connect(&m_store->notifier(), &CampaignNotifier::protocolsChanged, this,
                [this](const QString &contestId, qint64 territoryId) {
                    if ((contestId.isEmpty() || contestId == m_contestId)
                        && (territoryId == 0 || territoryId == m_territoryId))
                        refresh();
                });
        connect(&m_store->notifier(), &CampaignNotifier::territoryChanged, this, &ProtocolView::refresh);
    }
    m_contestId.clear();
    m_territoryId = 0;
    refresh();
}

void ProtocolView::showTerritory(const QString &contestId, qint64 territoryId)
{
    m_contestId = contestId;
    m_territoryId = territoryId;
    refresh();
}

void ProtocolView::refresh()
{
    try {
        showCurrent();
    } catch (const SaylauError &error) {
        // Shown in place rather than in a message box: the user clicks through precincts, and one unreadable
        // protocol should not stop them.
        m_figuresModel->setProtocols({}, {});
        m_relationModel->setProtocols({}, {});
        m_summary->setText(colouredSentence(error.message(), errorColour));
        m_tables->hide();
        m_overview->hide();
    }
}

void ProtocolView::showCurrent()
{
    const std::optional<TerritoryNode> territory =
        m_store && m_territoryId != 0 ? m_store->territory(m_territoryId) : std::nullopt;
    if (!territory || m_contestId.isEmpty()) {
        m_title->setText(m_store ? tr("Choose a precinct in the navigator")
                                 : tr("No campaign is open: create one with File > New or open one with File > Open"));
        m_address->clear();
        m_address->hide();
        m_summary->clear();
        m_figuresModel->setProtocols({}, {});
        m_relationModel->setProtocols({}, {});
        m_tables->hide();
        m_overview->hide();
        return;
    }

    const Contest contest = m_store->contest(m_contestId);
    QList<Protocol> protocols = m_store->protocolsAt(m_territoryId, m_contestId);
    // Observer copies first, the official record last: the copy is the evidence, the official figure what it
    // is checked against.
    std::stable_sort(protocols.begin(), protocols.end(), [](const Protocol &a, const Protocol &b) {
        return std::pair(a.source == SourceKind::Official, a.copy) < std::pair(b.source == SourceKind::Official, b.copy);
    });
    m_relationModel->setProtocols(contest, protocols);
    m_figuresModel->setProtocols(contest, protocols);

    const bool isPrecinct = territory->level == TerritoryNode::Level::Precinct;
    // Numbers repeat across districts: a precinct's heading says which region and district it is in.
    m_title->setText(tr("%1 — %2").arg(isPrecinct ? TerritoryNames::withPlace(TerritorySearch(*m_store).lineage(m_territoryId))
                                                  : TerritoryNames::name(*territory),
                                       contest.displayName()));
    // Above the precincts, what they add up to; the protocols published for the node itself, if any, below.
    m_overview->setVisible(!isPrecinct);
    if (!isPrecinct)
        m_overview->showTerritory(m_contestId, m_territoryId);
    m_address->setText(territory->address);
    m_address->setVisible(!territory->address.isEmpty());

    // Empty tables say less than the sentence that explains them.
    m_tables->setVisible(!protocols.isEmpty());
    if (protocols.isEmpty()) {
        m_summary->setText(isPrecinct ? tr("No protocol of this contest has been entered or imported for this territory.")
                                      : QString());
    } else {
        const int errors = m_relationModel->violationCount(Severity::Error);
        const int warnings = m_relationModel->violationCount(Severity::Warning);
        QStringList sentences;
        if (errors > 0)
            sentences << colouredSentence(tr("%n control relation check(s) fail.", nullptr, errors), errorColour);
        if (warnings > 0)
            sentences << colouredSentence(tr("%n warning(s) from the control relations.", nullptr, warnings),
                                          differenceColour);
        if (errors == 0 && warnings == 0)
            sentences << colouredSentence(tr("All control relations that could be checked hold."), fineColour);
        if (const int differing = m_figuresModel->disagreementCount(); differing > 0)
            sentences << colouredSentence(tr("The sources differ on %n line(s), marked in the table.", nullptr, differing),
                                          differenceColour);
        m_summary->setText(sentences.join(QLatin1Char(' ')));
    }

    for (QTableView *view : {m_figuresView, m_relationsView})
        view->resizeColumnsToContents();
    // The label column takes what is left: the texts as printed on the paper form are long.
    m_figuresView->horizontalHeader()->setSectionResizeMode(ProtocolFiguresModel::LabelColumn, QHeaderView::Stretch);
    // The verdicts share what is left, side by side like the figures above them.
    for (int column = RelationCheckModel::FirstProtocolColumn; column < m_relationModel->columnCount(); ++column)
        m_relationsView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void ProtocolView::retranslateUi()
{
    m_relationsTitle->setText(tr("Control relations of the form"));
}

void ProtocolView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Numbers and verdicts are formatted for the language at display time: show them again.
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace saylau
