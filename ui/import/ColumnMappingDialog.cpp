#include "ColumnMappingDialog.h"

#include "ImportPreviewModel.h"

#include "domain/SaylauError.h"
#include "io/Importer.h"
#include "common/WindowPlacement.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace saylau {

namespace {

// Enough rows to see the shape of the data and a bad cell or two, few enough to read the file's start only.
constexpr int previewRows = 20;

QString elided(const QString &text, int length)
{
    const QString flat = text.simplified();
    return flat.size() > length ? flat.left(length - 1) + QChar(0x2026) : flat;
}

} // namespace

ColumnMappingDialog::ColumnMappingDialog(Importer &importer, QWidget *parent)
    : QDialog(parent)
    , m_importer(importer)
    , m_unmapped(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_preview(new ImportPreviewModel(this))
    , m_previewView(new QTableView(this))
    , m_previewCaption(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Column Mapping"));
    m_unmapped->setObjectName(QStringLiteral("unmappedLabel"));
    m_unmapped->setWordWrap(true);
    m_unmapped->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("mappingProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #a11d1d; }"));
    m_previewView->setObjectName(QStringLiteral("importPreviewView"));
    m_previewView->setModel(m_preview);
    m_previewView->setAlternatingRowColors(true);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->verticalHeader()->hide();
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 8);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    const ColumnMapping &mapping = importer.mapping();
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    QString introText = tr("The file is %1, %2-separated, with %n column(s). Choose what each column becomes.",
                           nullptr, int(mapping.columns.size()))
                            .arg(importer.encodingName(), importer.delimiterName());
    if (importer.usesStoredMapping())
        introText += QLatin1Char(' ') + tr("The mapping confirmed last time for files of this shape from this source "
                                           "is applied.");
    intro->setText(introText);

    // One row per column of the file: a results file has tens of columns, not thousands, so plain widgets do.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->addWidget(new QLabel(tr("<b>#</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Column of the file</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Stored as</b>"), this), 0, 2);
    grid->addWidget(new QLabel(tr("<b>Match</b>"), this), 0, 3);
    const QList<std::pair<ColumnMapping::Target, QString>> choices = ColumnMapping::choices(importer.contest());
    for (int i = 0; i < mapping.columns.size(); ++i) {
        const ColumnMapping::Column &column = mapping.columns.at(i);
        auto *number = new QLabel(QString::number(i + 1), this);
        auto *header = new QLabel(elided(column.header, 70), this);
        header->setTextFormat(Qt::PlainText);
        header->setToolTip(column.header);
        auto *target = new QComboBox(this);
        target->setObjectName(QStringLiteral("mappingBox_%1").arg(i));
        target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        target->setMinimumContentsLength(36);
        for (const auto &[choice, label] : choices)
            target->addItem(label, choice.toText());
        // A party the file names that is not on the ballot (yet) is still what the column says.
        if (target->findData(column.target.toText()) < 0)
            target->addItem(mapping.describe(i, importer.contest()), column.target.toText());
        // A column of counts that nothing takes starts with no choice: keeping it as text must be chosen.
        target->setPlaceholderText(tr("holds counts: choose"));
        const bool undecided = mapping.countColumnsKeptAsText().contains(i);
        target->setCurrentIndex(undecided ? -1 : target->findData(column.target.toText()));
        header->setBuddy(target);
        auto *match = new QLabel(this);
        grid->addWidget(number, i + 1, 0, Qt::AlignRight);
        grid->addWidget(header, i + 1, 1);
        grid->addWidget(target, i + 1, 2);
        grid->addWidget(match, i + 1, 3);
        m_targets.append(target);
        m_matches.append(match);
        connect(target, &QComboBox::currentIndexChanged, this, [this, i] { targetChosen(i); });
    }
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 3);
    auto *gridHost = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridHost);
    gridLayout->addLayout(grid);
    gridLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(gridHost);

    auto *previewHost = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewHost);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewCaption);
    previewLayout->addWidget(m_previewView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(previewHost);
    splitter->setSizes({400, 360});
    previewHost->setMinimumHeight(120);
    scroll->setMinimumHeight(120);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_unmapped);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    // A 1366×768 laptop shows it whole, the buttons included: the two halves share what height there is.
    WindowPlacement::fit(this, QSize(1180, 820));
}

void ColumnMappingDialog::targetChosen(int column)
{
    ColumnMapping mapping = m_importer.mapping();
    // The user decided: no longer a guess, and a column of counts kept as text is kept so on purpose.
    mapping.choose(column, ColumnMapping::Target::fromText(m_targets.at(column)->currentData().toString()),
                   m_importer.contest());
    m_importer.setMapping(mapping);
    refresh();
}

void ColumnMappingDialog::refresh()
{
    const ColumnMapping &mapping = m_importer.mapping();
    QStringList problems;
    QHash<QString, int> firstOfTarget;
    // A precinct list stores no counts, so a column of them kept as text loses nothing (as Importer holds).
    const QList<int> undecided =
        m_importer.options().territoryOnly ? QList<int>() : mapping.countColumnsKeptAsText();
    for (int i = 0; i < mapping.columns.size(); ++i) {
        const ColumnMapping::Column &column = mapping.columns.at(i);
        const ColumnMapping::Kind kind = column.target.kind;
        const bool guess = column.confidence < 1.0 && kind != ColumnMapping::Kind::Extra
                           && kind != ColumnMapping::Kind::Ignore;
        m_matches.at(i)->setText(guess ? tr("%1%").arg(qRound(column.confidence * 100)) : QString());
        m_matches.at(i)->setToolTip(guess ? tr("A guess from the column's label: check it") : QString());
        m_matches.at(i)->setStyleSheet(guess && column.confidence < 0.8 ? QStringLiteral("QLabel { color: #a15c00; }")
                                                                         : QString());
        if (undecided.contains(i))
            problems << tr("Column %1 holds counts but would be kept as text, losing its votes: go back and take the "
                           "ballot list from the file, or choose what it is (\"kept as text\" too, on purpose).")
                            .arg(i + 1);
        if (kind == ColumnMapping::Kind::Extra || kind == ColumnMapping::Kind::Ignore)
            continue;
        if (kind == ColumnMapping::Kind::Party
            && m_importer.contest().slotOf(Contest::partyKey(column.target.position)) < 0)
            problems << tr("Column %1 is a party the ballot does not have: go back and take the ballot list from the "
                           "file, or store the column otherwise.")
                            .arg(i + 1);
        const QString key = column.target.toText();
        if (const int other = firstOfTarget.value(key, -1); other >= 0)
            problems << tr("Columns %1 and %2 are both stored as %3.")
                            .arg(other + 1)
                            .arg(i + 1)
                            .arg(mapping.describe(i, m_importer.contest()));
        else
            firstOfTarget.insert(key, i);
    }

    // The column that says where each row goes, at the level the rows are at.
    const TerritoryNode::Level level = m_importer.options().level;
    const ColumnMapping::Kind key = level == TerritoryNode::Level::Region     ? ColumnMapping::Kind::Region
                                    : level == TerritoryNode::Level::District ? ColumnMapping::Kind::District
                                                                              : ColumnMapping::Kind::Precinct;
    if (mapping.columnOf(key) < 0) {
        const QComboBox *choices = m_targets.constFirst();
        problems << tr("No column is stored as \"%1\": the rows would have nowhere to go.")
                        .arg(choices->itemText(choices->findData(ColumnMapping::Target{key, {}, 0}.toText())));
    }

    // Columns of counts nobody chose for are a problem above, not text kept on purpose.
    QStringList unmapped;
    for (int i : mapping.columnsOf(ColumnMapping::Kind::Extra)) {
        if (!undecided.contains(i))
            unmapped << mapping.columns.at(i).header;
    }
    QStringList names;
    for (const QString &header : std::as_const(unmapped))
        names << elided(header, 40);
    if (unmapped.isEmpty())
        m_unmapped->setText(tr("Every column is mapped."));
    else if (m_importer.options().strict)
        problems << tr("Strict import: map these columns or set them to \"ignored\": %1")
                        .arg(names.join(QStringLiteral(", ")));
    else
        m_unmapped->setText(tr("Mapped to nothing, kept as text with each record: %1").arg(names.join(QStringLiteral(", "))));
    m_unmapped->setVisible(unmapped.isEmpty() || !m_importer.options().strict);

    try {
        m_preview->setPreview(m_importer.preview(previewRows), mapping, m_importer.contest());
    } catch (const SaylauError &error) {
        m_preview->setPreview({}, mapping, m_importer.contest());
        problems << error.message();
    }
    m_previewView->clearSpans();
    int refused = 0;
    for (int row = 0; row < m_preview->rowCount(); ++row) {
        if (m_preview->isRefused(row) && m_preview->columnCount() > 2) {
            m_previewView->setSpan(row, 1, 1, m_preview->columnCount() - 1);
            ++refused;
        }
    }
    m_previewView->resizeColumnsToContents();
    m_previewCaption->setText(refused == 0 ? tr("<b>The first rows as they will be stored</b>")
                                           : tr("<b>The first rows as they will be stored</b> (%n of them would be "
                                                "refused: see the rejected rows option or correct the file)",
                                                nullptr, refused));
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace saylau
