#pragma once

#include "domain/Attachment.h"
#include "domain/Protocol.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace saylau {

// Where a protocol's figures come from: the observer who brought it and how to reach them, when and how it
// was received, free remarks ("the observer was removed before the count"), and the photos attached.
class SourcePanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int AttachmentIdRole = Qt::UserRole + 1;

    explicit SourcePanel(QWidget *parent = nullptr);

    // Fills the fields from a protocol (figures ignored) without emitting fieldsEdited.
    void setFields(const Protocol &protocol);
    // The protocol's source fields as on screen (figures and key left empty).
    Protocol fields() const;
    void setAttachments(const QList<Attachment> &attachments);
    QListWidget *attachmentList() const { return m_attachments; }
    QLineEdit *observerNameEdit() const { return m_observerName; }
    // The panel's fields in the order Tab should visit them.
    QList<QWidget *> tabChain() const;

signals:
    void fieldsEdited();
    void attachRequested();
    void attachmentChosen(qint64 attachmentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QFormLayout *m_form;
    QLineEdit *m_observerName;
    QLineEdit *m_observerContact;
    QDateTimeEdit *m_receivedAt;
    QComboBox *m_receivedHow;
    QPlainTextEdit *m_remarks;
    QLabel *m_attachmentsLabel;
    QListWidget *m_attachments;
    QPushButton *m_attach;
    bool m_loading = false;
};

} // namespace saylau
