#include "ImportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace saylau {

namespace {

const QString folderKey = QStringLiteral("import/lastFolder");

// The level box's entry for a precinct list: no level of figures, so no TerritoryNode::Level.
constexpr int precinctListEntry = -1;

// A row holding a layout gets no buddy from QFormLayout; without one the "&" would show as it is.
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ImportDialog::ImportDialog(const QList<Contest> &contests, const QString &contestId, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_contest(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_copy(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_ballotFromFile(new QCheckBox(tr("Take the &ballot list from the file (parties or candidates in column order)"),
                                     this))
    , m_strict(new QCheckBox(tr("&Strict: a column that maps to nothing is an error"), this))
    , m_skipBad(new QCheckBox(tr("Import the good rows, &write the rejected ones with reasons to:"), this))
    , m_rejectsPath(new QLineEdit(this))
    , m_rejectsBrowse(new QPushButton(tr("B&rowse…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Results"));
    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_contest->setObjectName(QStringLiteral("importContestBox"));
    m_source->setObjectName(QStringLiteral("importSourceBox"));
    m_copy->setObjectName(QStringLiteral("importCopyEdit"));
    m_level->setObjectName(QStringLiteral("importLevelBox"));
    m_ballotFromFile->setObjectName(QStringLiteral("importBallotFromFileBox"));
    m_strict->setObjectName(QStringLiteral("importStrictBox"));
    m_skipBad->setObjectName(QStringLiteral("importSkipBadBox"));
    m_rejectsPath->setObjectName(QStringLiteral("importRejectsEdit"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Next…"));

    for (const Contest &contest : contests)
        m_contest->addItem(contest.displayName(), contest.id);
    if (const int index = m_contest->findData(contestId); index >= 0)
        m_contest->setCurrentIndex(index);
    m_source->addItem(tr("Official (the election commission's figures)"), int(SourceKind::Official));
    m_source->addItem(tr("Observer (copies of protocols brought by observers)"), int(SourceKind::Observer));
    m_level->addItem(tr("Precinct"), int(TerritoryNode::Level::Precinct));
    m_level->addItem(tr("Territorial commission (TIK)"), int(TerritoryNode::Level::District));
    m_level->addItem(tr("Region"), int(TerritoryNode::Level::Region));
    m_level->addItem(tr("Precinct list only (no figures)"), precinctListEntry);
    m_level->setItemData(m_level->count() - 1,
                         tr("Region, TIK, precinct number and address of each commission: creates the precincts and "
                            "sets their addresses before election day; no figures are stored."),
                         Qt::ToolTipRole);
    m_copy->setPlaceholderText(tr("e.g. the observer's name; keeps several copies of one precinct apart"));

    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto *rejectsRow = new QHBoxLayout;
    rejectsRow->addSpacing(24);
    rejectsRow->addWidget(m_rejectsPath, 1);
    rejectsRow->addWidget(m_rejectsBrowse);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("Results &file (CSV):"), m_path, this), pathRow);
    form->addRow(tr("&Contest:"), m_contest);
    form->addRow(tr("&Whose figures:"), m_source);
    form->addRow(tr("Observer &copy label:"), m_copy);
    form->addRow(tr("A row of the file is a:"), m_level);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_ballotFromFile);
    layout->addWidget(m_strict);
    layout->addWidget(m_skipBad);
    layout->addLayout(rejectsRow);
    auto *note = new QLabel(tr("Without the last option the first bad row stops the import and the campaign stays "
                               "exactly as it was."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_rejectsBrowse, &QPushButton::clicked, this, &ImportDialog::browseRejects);
    connect(m_path, &QLineEdit::textChanged, this, &ImportDialog::updateState);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ImportDialog::updateState);
    connect(m_level, &QComboBox::currentIndexChanged, this, &ImportDialog::updateState);
    connect(m_skipBad, &QCheckBox::toggled, this, &ImportDialog::updateState);
    connect(m_rejectsPath, &QLineEdit::textChanged, this, &ImportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    resize(640, sizeHint().height());
}

QString ImportDialog::filePath() const
{
    return m_path->text().trimmed();
}

Importer::Options ImportDialog::options() const
{
    Importer::Options options;
    options.contestId = m_contest->currentData().toString();
    options.source = SourceKind(m_source->currentData().toInt());
    options.territoryOnly = isPrecinctList();
    options.level = options.territoryOnly ? TerritoryNode::Level::Precinct
                                          : TerritoryNode::Level(m_level->currentData().toInt());
    options.ballotFromFile = m_ballotFromFile->isChecked() && !options.territoryOnly;
    options.strict = m_strict->isChecked();
    if (m_skipBad->isChecked())
        options.rejectsPath = m_rejectsPath->text().trimmed();
    if (options.source == SourceKind::Observer && !options.territoryOnly)
        options.copy = m_copy->text().trimmed();
    return options;
}

QString ImportDialog::suggestedRejectsPath(const QString &csvPath)
{
    const QFileInfo file(csvPath);
    return file.dir().filePath(tr("%1-rejected").arg(file.completeBaseName()) + QStringLiteral(".csv"));
}

void ImportDialog::browse()
{
    const QString folder = filePath().isEmpty() ? QSettings().value(folderKey, QDir::homePath()).toString()
                                                : QFileInfo(filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Results"), folder,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
    m_path->setText(QDir::toNativeSeparators(path));
}

void ImportDialog::browseRejects()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Rejected Rows"), m_rejectsPath->text(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_rejectsPath->setText(QDir::toNativeSeparators(path));
}

bool ImportDialog::isPrecinctList() const
{
    return m_level->currentData().toInt() == precinctListEntry;
}

void ImportDialog::updateState()
{
    // A precinct list brings no figures: whose they are, their copy and their ballot do not apply.
    const bool figures = !isPrecinctList();
    m_source->setEnabled(figures);
    m_ballotFromFile->setEnabled(figures);
    m_copy->setEnabled(figures && SourceKind(m_source->currentData().toInt()) == SourceKind::Observer);
    if (m_skipBad->isChecked() && m_rejectsPath->text().isEmpty() && !filePath().isEmpty())
        m_rejectsPath->setText(QDir::toNativeSeparators(suggestedRejectsPath(filePath())));
    m_rejectsPath->setEnabled(m_skipBad->isChecked());
    m_rejectsBrowse->setEnabled(m_skipBad->isChecked());
    const bool rejectsOk = !m_skipBad->isChecked() || !m_rejectsPath->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!filePath().isEmpty() && m_contest->count() > 0 && rejectsOk);
}

} // namespace saylau
