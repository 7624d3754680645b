#pragma once

#include "io/PresetLibrary.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace saylau {

// File > New: which election preset to start from and where the new campaign file goes; for an election the
// presets do not describe, its name and date and empty ballots for the first import to fill (as saylau init's
// --name, --date and --empty-ballots). It only asks; the main window creates the file through the core.
class NewCampaignDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCampaignDialog(QWidget *parent = nullptr);

    QString presetId() const;
    // The preset chosen, for the election named and dated here and with empty ballots when asked.
    PresetLibrary::CampaignPreset preset() const;
    QString filePath() const;

private:
    void browse();
    void describePreset();
    void updateOkButton();

    QComboBox *m_preset;
    QLineEdit *m_name;
    QDateEdit *m_date;
    QCheckBox *m_emptyBallots;
    QLineEdit *m_path;
    QLabel *m_description;
    QDialogButtonBox *m_buttons;
};

} // namespace saylau
