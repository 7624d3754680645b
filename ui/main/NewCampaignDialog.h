#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace saylau {

// File > New: which election preset to start from and where the new campaign file goes. It only asks; the
// main window creates the file through the core.
class NewCampaignDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCampaignDialog(QWidget *parent = nullptr);

    QString presetId() const;
    QString filePath() const;

private:
    void browse();
    void describePreset();
    void updateOkButton();

    QComboBox *m_preset;
    QLineEdit *m_path;
    QLabel *m_description;
    QDialogButtonBox *m_buttons;
};

} // namespace saylau
