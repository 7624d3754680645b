#include "ChartsPane.h"

#include "ChartCanvas.h"
#include "DeferredRefresh.h"
#include "SaveFileChooser.h"
#include "analysis/ContestSources.h"
#include "analysis/ForensicsReport.h"
#include "analysis/TotalsCache.h"
#include "domain/SaylauError.h"
#include "common/ErrorPresenter.h"
#include "render/ChartRenderer.h"
#include "render/ReportExport.h"
#include "storage/CampaignNotifier.h"
#include "storage/CampaignStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QColorDialog>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace saylau {

namespace {

const QString organisationKey = QStringLiteral("charts/organisation");
const QString logoKey = QStringLiteral("charts/logo");
const QString colorsKey = QStringLiteral("charts/partyColors");

} // namespace

ChartsPane::ChartsPane(QWidget *parent)
    : QWidget(parent)
    , m_contest(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_sortParty(new QComboBox(this))
    , m_shareBase(new QComboBox(this))
    , m_fineBin(new QComboBox(this))
    , m_spoiled(new QCheckBox(this))
    , m_organisation(new QLineEdit(this))
    , m_canvas(new ChartCanvas(this))
    , m_pngButton(new QPushButton(this))
    , m_png4kButton(new QPushButton(this))
    , m_svgButton(new QPushButton(this))
    , m_pdfButton(new QPushButton(this))
    , m_copyButton(new QPushButton(this))
    , m_colorsButton(new QPushButton(this))
    , m_logoButton(new QPushButton(this))
    , m_reportButton(new QPushButton(this))
    , m_reportForensics(new QCheckBox(this))
{
    // fillParties() draws again too, with the parties an import may have added.
    m_followStore = new DeferredRefresh(this, [this] { fillParties(); });
    setObjectName(QStringLiteral("chartsPane"));
    m_contest->setObjectName(QStringLiteral("chartContest"));
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_source->setObjectName(QStringLiteral("chartSource"));
    m_sortParty->setObjectName(QStringLiteral("chartSortParty"));
    m_shareBase->setObjectName(QStringLiteral("chartShareBase"));
    m_spoiled->setObjectName(QStringLiteral("chartSpoiled"));
    m_reportForensics->setObjectName(QStringLiteral("chartReportForensics"));
    m_spoiled->setChecked(true);
    const QSettings settings;
    m_organisation->setText(settings.value(organisationKey).toString());
    m_logoPath = settings.value(logoKey).toString();
    const QVariantMap colors = settings.value(colorsKey).toMap();
    for (auto it = colors.cbegin(); it != colors.cend(); ++it)
        m_colors.insert(it.key(), it.value().toString());

    // Items carry their machine value as data, so retranslating only changes the text.
    for (ChartSpec::Kind kind : ChartSpec::allKinds())
        m_kind->addItem(QString(), ChartSpec::kindName(kind));
    for (const char *source : {"observer", "official", "both"})
        m_source->addItem(QString(), QString::fromLatin1(source));
    m_shareBase->addItem(QString(), SummaryReport::shareBaseName(SummaryReport::ShareBase::Cast));
    m_shareBase->addItem(QString(), SummaryReport::shareBaseName(SummaryReport::ShareBase::Valid));
    m_fineBin->setObjectName(QStringLiteral("chartFineBin"));
    for (int tenths : {1, 5, 10})
        m_fineBin->addItem(QString(), tenths);

    m_controls = new QFormLayout;
    // Labels made here, texts set by retranslateUi(): an empty text would make QFormLayout add no label.
    for (QWidget *field : std::initializer_list<QWidget *>{m_contest, m_kind, m_source, m_sortParty, m_shareBase, m_fineBin})
        m_controls->addRow(new QLabel(this), field);
    m_controls->addRow(m_spoiled);
    m_controls->addRow(new QLabel(this), m_organisation);
    m_controls->addRow(m_colorsButton);
    m_controls->addRow(m_logoButton);
    m_colorsButton->setMenu(new QMenu(m_colorsButton));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_pngButton, m_png4kButton, m_svgButton, m_pdfButton, m_copyButton})
        buttons->addWidget(button);
    buttons->addSpacing(12);
    buttons->addWidget(m_reportButton);
    buttons->addWidget(m_reportForensics);
    buttons->addStretch();
    auto *side = new QVBoxLayout;
    side->addLayout(m_controls);
    side->addSpacing(12);
    side->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(side);
    layout->addWidget(m_canvas, 1);

    for (QComboBox *box : {m_kind, m_source, m_sortParty, m_shareBase, m_fineBin})
        connect(box, &QComboBox::currentIndexChanged, this, &ChartsPane::refresh);
    connect(m_contest, &QComboBox::currentIndexChanged, this, [this] {
        chooseSourcesOfContest();
        fillParties();
    });
    connect(m_spoiled, &QCheckBox::toggled, this, &ChartsPane::refresh);
    connect(m_organisation, &QLineEdit::editingFinished, this, [this] {
        QSettings().setValue(organisationKey, m_organisation->text().trimmed());
        refresh();
    });
    connect(m_logoButton, &QPushButton::clicked, this, &ChartsPane::chooseLogo);
    connect(m_pngButton, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("png"), ChartRenderer::fullHd()); });
    connect(m_png4kButton, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("png"), ChartRenderer::ultraHd()); });
    connect(m_svgButton, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("svg"), ChartRenderer::fullHd()); });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("pdf"), ChartRenderer::fullHd()); });
    connect(m_copyButton, &QPushButton::clicked, this, &ChartsPane::copyToClipboard);
    connect(m_reportButton, &QPushButton::clicked, this, [this] {
        const QString path = SaveFileChooser::ask(
            this, tr("Export summary report"), QDir::home().filePath(contestId() + QStringLiteral("-report.pdf")),
            tr("PDF with charts (*.pdf);;Spreadsheet (*.xlsx);;CSV (*.csv)"));
        if (!path.isEmpty())
            exportReport(path);
    });
    retranslateUi();
}

ChartsPane::~ChartsPane() = default;

void ChartsPane::retranslateUi()
{
    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_controls->labelForField(field)))
            l->setText(text);
    };
    label(m_contest, tr("Contest:"));
    label(m_kind, tr("Chart:"));
    label(m_source, tr("Figures:"));
    label(m_sortParty, ChartSpec::isForensic(options().kind) ? tr("Leader:") : tr("Sort regions by:"));
    label(m_shareBase, tr("Shares of:"));
    label(m_organisation, tr("Organisation:"));
    m_kind->setItemText(0, tr("Party shares by region"));
    m_kind->setItemText(1, tr("Turnout by region"));
    m_kind->setItemText(2, tr("Party shares, observed and official"));
    m_kind->setItemText(3, tr("Turnout across precincts"));
    m_kind->setItemText(4, tr("Forensics: turnout in fine bins (the saw)"));
    m_kind->setItemText(5, tr("Forensics: turnout and the leader's share, per precinct"));
    m_kind->setItemText(6, tr("Forensics: fingerprint (turnout × leader's share)"));
    m_kind->setItemText(7, tr("Forensics: votes by turnout"));
    label(m_fineBin, tr("Bins:"));
    m_fineBin->setItemText(0, tr("0.1 percentage point"));
    m_fineBin->setItemText(1, tr("0.5 percentage point"));
    m_fineBin->setItemText(2, tr("1 percentage point"));
    m_kind->setItemText(8, tr("Forensics: fingerprint of each region (small multiples)"));
    m_kind->setItemText(9, tr("Sample estimate and official result"));
    m_source->setItemText(0, tr("Observed"));
    m_source->setItemText(1, tr("Official"));
    m_source->setItemText(2, tr("Observed and official"));
    m_shareBase->setItemText(0, tr("ballots cast (spoiled included)"));
    m_shareBase->setItemText(1, tr("valid votes"));
    m_spoiled->setText(tr("Show spoiled ballots"));
    m_organisation->setPlaceholderText(tr("Name shown at the foot of the chart"));
    m_pngButton->setText(tr("Export PNG 1920×1080…"));
    m_png4kButton->setText(tr("Export PNG 3840×2160…"));
    m_svgButton->setText(tr("Export SVG…"));
    m_pdfButton->setText(tr("Export PDF…"));
    m_copyButton->setText(tr("Copy to clipboard"));
    m_colorsButton->setText(tr("Party colours"));
    m_reportButton->setText(tr("Export summary report…"));
    m_reportForensics->setText(tr("With a Forensics page"));
    m_reportForensics->setToolTip(tr("The integer-percentage test and the excess-votes estimate, as saylau forensics "
                                     "computes them; not in the CSV file."));
    m_logoButton->setText(m_logoPath.isEmpty() ? tr("Logo…") : tr("Logo: %1").arg(QFileInfo(m_logoPath).fileName()));
    fillParties();
}

void ChartsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChartsPane::setCampaign(CampaignStore *store, TotalsCache *totals)
{
    if (m_store)
        disconnect(&m_store->notifier(), nullptr, this, nullptr);
    m_store = store;
    m_ownTotals = store && !totals ? std::make_unique<TotalsCache>(*store) : nullptr;
    m_totals = totals ? totals : m_ownTotals.get();
    if (m_store) {
        // Saved, confirmed and imported protocols, and changes to the tree, show in the chart on screen.
        connect(&m_store->notifier(), &CampaignNotifier::protocolsChanged, this,
                [this](const QString &changed) {
                    if (changed.isEmpty() || changed == contestId())
                        m_followStore->request();
                });
        connect(&m_store->notifier(), &CampaignNotifier::territoryChanged, m_followStore, &DeferredRefresh::request);
    }
    {
        const QSignalBlocker blocker(m_contest);
        m_contest->clear();
        if (m_store) {
            for (const Contest &contest : m_store->contests())
                m_contest->addItem(contest.displayName(), contest.id);
        }
    }
    chooseSourcesOfContest();
    fillParties();
}

void ChartsPane::chooseSourcesOfContest()
{
    if (!m_store || contestId().isEmpty())
        return;
    try {
        const QList<SourceKind> available = ContestSources(*m_store, m_store->contest(contestId())).available();
        if (available.isEmpty())
            return;
        const QString source = available.size() > 1 ? QStringLiteral("both") : sourceKindName(available.constFirst());
        const QSignalBlocker blocker(m_source);
        m_source->setCurrentIndex(m_source->findData(source));
    } catch (const SaylauError &) {
        // The contest vanished under us: refresh() says so.
    }
}

void ChartsPane::fillParties()
{
    {
        const QSignalBlocker blocker(m_sortParty);
        const QString chosen = m_sortParty->currentData().toString();
        m_sortParty->clear();
        m_sortParty->addItem(tr("the leading party"), QString());
        if (m_store && !contestId().isEmpty()) {
            try {
                for (const BallotEntry &entry : m_store->contest(contestId()).ballot)
                    m_sortParty->addItem(entry.displayShortName(), Contest::partyKey(entry.position));
            } catch (const SaylauError &) {
                // The contest vanished under us: refresh() says so.
            }
        }
        m_sortParty->setCurrentIndex(qMax(0, m_sortParty->findData(chosen)));
    }
    QMenu *colors = m_colorsButton->menu();
    colors->clear();
    for (int i = 1; i < m_sortParty->count(); ++i) {
        const QString party = m_sortParty->itemData(i).toString();
        colors->addAction(party, this, [this, party] { chooseColor(party); });
    }
    colors->addSeparator();
    colors->addAction(tr("Ballot colours"), this, [this] {
        m_colors.clear();
        QSettings().remove(colorsKey);
        refresh();
    });
    refresh();
}

QString ChartsPane::contestId() const
{
    return m_contest->currentData().toString();
}

ChartDataBuilder::Options ChartsPane::options() const
{
    ChartDataBuilder::Options options;
    options.kind = ChartSpec::kindFromName(m_kind->currentData().toString()).value_or(ChartSpec::Kind::Shares);
    const QString source = m_source->currentData().toString();
    options.sources = source == QLatin1String("both") ? QList<SourceKind>{SourceKind::Observer, SourceKind::Official}
                                                      : QList<SourceKind>{sourceKindFromName(source).value_or(SourceKind::Observer)};
    options.sortParty = m_sortParty->currentData().toString();
    options.shareBase = SummaryReport::shareBaseFromName(m_shareBase->currentData().toString())
                            .value_or(SummaryReport::defaultShareBase);
    options.showSpoiled = m_spoiled->isChecked();
    options.organisation = m_organisation->text().trimmed();
    options.logoPath = m_logoPath;
    options.partyColors = m_colors;
    options.fineBinTenths = m_fineBin->currentData().toInt();
    return options;
}

void ChartsPane::refresh()
{
    const QString kind = m_kind->currentData().toString();
    const bool forensic = ChartSpec::isForensic(options().kind);
    // The forensic charts plot one party's share: the leader, or the party chosen in the same box.
    m_sortParty->setEnabled(forensic || kind == ChartSpec::kindName(ChartSpec::Kind::SharesByRegion));
    if (auto *l = qobject_cast<QLabel *>(m_controls->labelForField(m_sortParty)))
        l->setText(forensic ? tr("Leader:") : tr("Sort regions by:"));
    m_fineBin->setEnabled(kind == ChartSpec::kindName(ChartSpec::Kind::TurnoutHistogramFine));
    // Forensic charts show shares of the ballots in the boxes by definition (s = L/B).
    m_shareBase->setEnabled(!forensic);
    // Only the whole-contest shares show spoiled ballots; by region they are left to the report.
    m_spoiled->setEnabled(kind == ChartSpec::kindName(ChartSpec::Kind::Shares));
    m_spec.reset();
    if (!m_store || contestId().isEmpty()) {
        m_canvas->setMessage(tr("Open a campaign to draw its charts."));
    } else {
        try {
            const QString why = ContestSources(*m_store, m_store->contest(contestId())).whyNotShown(options().sources);
            if (why.isEmpty()) {
                m_spec = ChartDataBuilder::build(*m_totals, contestId(), options());
                m_canvas->setRenderer(ChartRenderer(*m_spec));
            } else {
                m_canvas->setMessage(why);
            }
        } catch (const SaylauError &error) {
            m_canvas->setMessage(error.message());
        }
    }
    for (QPushButton *button : {m_pngButton, m_png4kButton, m_svgButton, m_pdfButton, m_copyButton, m_reportButton})
        button->setEnabled(m_spec.has_value());
}

QImage ChartsPane::slide(const QSize &size) const
{
    return m_spec ? ChartRenderer(*m_spec).image(size) : QImage();
}

void ChartsPane::copyToClipboard()
{
    const QImage image = slide(ChartRenderer::fullHd());
    if (!image.isNull())
        QApplication::clipboard()->setImage(image);
}

void ChartsPane::exportTo(const QString &path, const QSize &size)
{
    if (!m_spec)
        return;
    ErrorPresenter::attempt(this, tr("Export"), [&] { ChartRenderer(*m_spec).save(path, size); });
}

void ChartsPane::chooseColor(const QString &party)
{
    QString current = m_colors.value(party);
    if (current.isEmpty() && m_spec) {
        for (const ChartSpec::Series &series : m_spec->series)
            if (series.name == party)
                current = series.color;
    }
    const QColor color = QColorDialog::getColor(QColor(current), this, tr("Colour of %1").arg(party));
    if (!color.isValid())
        return;
    m_colors.insert(party, color.name());
    QVariantMap saved;
    for (auto it = m_colors.cbegin(); it != m_colors.cend(); ++it)
        saved.insert(it.key(), it.value());
    QSettings().setValue(colorsKey, saved);
    refresh();
}

void ChartsPane::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Organisation's logo"), QFileInfo(m_logoPath).absolutePath(),
                                                      tr("Images (*.png *.jpg *.jpeg *.svg);;All files (*)"));
    // Cancelling removes the logo: the only way back to a chart without one.
    m_logoPath = path;
    QSettings().setValue(logoKey, m_logoPath);
    retranslateUi();
}

void ChartsPane::exportReport(const QString &path)
{
    if (!m_store || contestId().isEmpty())
        return;
    const ChartDataBuilder::Options chart = options();
    SummaryReport::Options options;
    options.sources = chart.sources;
    options.shareBase = chart.shareBase;
    options.by = TerritoryNode::Level::Region;
    ErrorPresenter::attempt(this, tr("Export"), [&] {
        const SummaryReport report = SummaryReport::fromStore(*m_store, contestId(), options);
        SummaryReportWriter writer(report);
        if (m_reportForensics->isChecked()) {
            // A second or two on a country's precincts.
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
            writer.setForensics(ForensicsReport::forSummary(*m_store, m_store->contest(contestId()), options.sources));
        }
        ReportExport::save(*m_store, writer, path, chart);
    });
}

void ChartsPane::exportDialog(const QString &suffix, const QSize &size)
{
    const QString name = QStringLiteral("%1-%2.%3").arg(contestId(), m_kind->currentData().toString(), suffix);
    const QString path = SaveFileChooser::ask(this, tr("Export chart"), QDir::home().filePath(name),
                                              tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!path.isEmpty())
        exportTo(path, size);
}

} // namespace saylau
