#include "NewCampaignDialog.h"

#include "domain/SaylauError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>

namespace saylau {

NewCampaignDialog::NewCampaignDialog(QWidget *parent)
    : QDialog(parent)
    , m_preset(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_emptyBallots(new QCheckBox(tr("&Empty ballots: the first import takes them from its file"), this))
    , m_path(new QLineEdit(this))
    , m_description(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Campaign"));
    m_preset->setObjectName(QStringLiteral("presetBox"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_name->setObjectName(QStringLiteral("electionNameEdit"));
    m_name->setPlaceholderText(tr("as the preset names it"));
    m_date->setObjectName(QStringLiteral("electionDateEdit"));
    m_date->setCalendarPopup(true);
    // Day first, as Russian and Kazakh write dates and as the entry window shows them.
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_emptyBallots->setObjectName(QStringLiteral("emptyBallotsBox"));
    m_description->setWordWrap(true);

    for (const QString &id : PresetLibrary::campaignPresetIds()) {
        try {
            m_preset->addItem(PresetLibrary::campaignPreset(id).displayName(), id);
        } catch (const SaylauError &) {
            // A preset that cannot be read is not offered; creating from it would fail the same way.
        }
    }

    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Election preset:"), m_preset);
    form->addRow(QString(), m_description);
    form->addRow(tr("Election &name:"), m_name);
    form->addRow(tr("Election &date:"), m_date);
    form->addRow(QString(), m_emptyBallots);
    // A row holding a layout gets no buddy from QFormLayout; without one the "&" would show as it is.
    auto *pathLabel = new QLabel(tr("Campaign &file:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    // Documents where the desktop has one; a bare machine (a fresh office PC, a server) may not.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(folder).exists())
        folder = QDir::homePath();
    m_path->setText(QDir(folder).filePath(tr("campaign") + QStringLiteral(".saylau")));

    connect(browseButton, &QPushButton::clicked, this, &NewCampaignDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &NewCampaignDialog::updateOkButton);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &NewCampaignDialog::describePreset);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    describePreset();
    updateOkButton();
    resize(560, sizeHint().height());
}

QString NewCampaignDialog::presetId() const
{
    return m_preset->currentData().toString();
}

PresetLibrary::CampaignPreset NewCampaignDialog::preset() const
{
    const PresetLibrary::CampaignPreset chosen = PresetLibrary::campaignPreset(presetId());
    PresetLibrary::ElectionChange change;
    change.name = m_name->text().trimmed();
    if (m_date->date() != chosen.election.date)
        change.date = m_date->date();
    change.emptyBallots = m_emptyBallots->isChecked();
    return PresetLibrary::forElection(chosen, change);
}

QString NewCampaignDialog::filePath() const
{
    return m_path->text().trimmed();
}

void NewCampaignDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Campaign File"), filePath(),
                                                      tr("SaylauDesk campaigns (*.saylau *.db);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void NewCampaignDialog::describePreset()
{
    if (presetId().isEmpty()) {
        m_description->setText(tr("No election preset could be read."));
        return;
    }
    const PresetLibrary::CampaignPreset preset = PresetLibrary::campaignPreset(presetId());
    // Another preset: its own election's date, until changed for another election.
    m_date->setDate(preset.election.date);
    QStringList contests;
    for (const PresetLibrary::ContestPreset &contest : preset.contests)
        contests << contest.displayName();
    m_description->setText(tr("%1, %2. Contests: %3. The precincts come later, by import or entry.")
                               .arg(preset.election.displayName(), QLocale().toString(preset.election.date, QStringLiteral("d MMMM yyyy")),
                                    contests.join(QStringLiteral(", "))));
}

void NewCampaignDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!filePath().isEmpty() && m_preset->count() > 0);
}

} // namespace saylau
