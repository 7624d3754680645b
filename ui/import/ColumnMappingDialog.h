#pragma once

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableView;

namespace saylau {

class ImportPreviewModel;
class Importer;

// File > Import, second step: what each column of the file becomes (a protocol line, a party, a territory
// column, or text kept with the record), proposed by the importer and editable column by column, with the
// first rows shown as they will be stored. The importer holds the mapping: every change goes to it at once,
// so what the preview shows is what the import will do.
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ColumnMappingDialog(Importer &importer, QWidget *parent = nullptr);

    // The choice for a column of the file (0-based).
    QComboBox *targetBox(int column) const { return m_targets.at(column); }
    ImportPreviewModel *previewModel() const { return m_preview; }
    QLabel *unmappedLabel() const { return m_unmapped; }
    QTableView *previewView() const { return m_previewView; }

private:
    void targetChosen(int column);
    void refresh();

    Importer &m_importer;
    QList<QComboBox *> m_targets;
    QList<QLabel *> m_matches;
    QLabel *m_unmapped;
    QLabel *m_problem;
    ImportPreviewModel *m_preview;
    QTableView *m_previewView;
    QLabel *m_previewCaption;
    QDialogButtonBox *m_buttons;
};

} // namespace saylau
