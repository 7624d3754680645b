#pragma once

#include "io/Importer.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace saylau {

// File > Import, first step: which file, into which contest, whose figures and at what level, and how strict
// to be with what does not fit. It only asks; ImportFlow reads the file and imports it.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // contestId: the contest chosen in advance (the one the navigator shows); empty for the first.
    ImportDialog(const QList<Contest> &contests, const QString &contestId, QWidget *parent = nullptr);

    QString filePath() const;
    Importer::Options options() const;

    // Where the rejected rows of a file go unless the user says otherwise: beside it, so they are found
    // where the file was.
    static QString suggestedRejectsPath(const QString &csvPath);

private:
    void browse();
    void browseRejects();
    bool isPrecinctList() const;
    void updateState();

    QLineEdit *m_path;
    QComboBox *m_contest;
    QComboBox *m_source;
    QLineEdit *m_copy;
    QComboBox *m_level;
    QCheckBox *m_ballotFromFile;
    QCheckBox *m_strict;
    QCheckBox *m_skipBad;
    QLineEdit *m_rejectsPath;
    QPushButton *m_rejectsBrowse;
    QDialogButtonBox *m_buttons;
};

} // namespace saylau
