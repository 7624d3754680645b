#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;

namespace saylau {

// Which of the campaign's regions a file without a region column is of (Importer::regionsToChooseFrom). No
// region is chosen until the person chooses one: Enter alone must not put a file's precincts into the first
// region of the list.
class RegionChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    RegionChoiceDialog(const QString &fileName, const QStringList &regions, QWidget *parent = nullptr);

    // The region chosen, as the navigator shows it; empty before one is.
    QString region() const;

private:
    QComboBox *m_regions;
};

} // namespace saylau
