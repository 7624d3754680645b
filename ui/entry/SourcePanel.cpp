#include "SourcePanel.h"

#include "analysis/NumberFormat.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace saylau {

namespace {

// The earliest date the editor allows stands for "not recorded".
const QDateTime notRecorded(QDate(2000, 1, 1), QTime(0, 0));

} // namespace

SourcePanel::SourcePanel(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_observerName(new QLineEdit(this))
    , m_observerContact(new QLineEdit(this))
    , m_receivedAt(new QDateTimeEdit(this))
    , m_receivedHow(new QComboBox(this))
    , m_remarks(new QPlainTextEdit(this))
    , m_attachmentsLabel(new QLabel(this))
    , m_attachments(new QListWidget(this))
    , m_attach(new QPushButton(this))
{
    m_observerName->setObjectName(QStringLiteral("observerName"));
    m_observerContact->setObjectName(QStringLiteral("observerContact"));
    m_receivedAt->setObjectName(QStringLiteral("receivedAt"));
    m_receivedHow->setObjectName(QStringLiteral("receivedHow"));
    m_remarks->setObjectName(QStringLiteral("remarks"));
    m_attachments->setObjectName(QStringLiteral("attachmentList"));
    m_receivedAt->setCalendarPopup(true);
    m_receivedAt->setMinimumDateTime(notRecorded);
    m_receivedAt->setDisplayFormat(QStringLiteral("dd.MM.yyyy HH:mm"));
    m_receivedHow->setEditable(true);
    m_receivedHow->setInsertPolicy(QComboBox::NoInsert);
    m_remarks->setTabChangesFocus(true);
    m_remarks->setMaximumHeight(90);
    m_attachments->setMaximumHeight(80);
    // Wrapped, not as wide as its words: in Kazakh the one line would widen the entry window past a 1366-pixel
    // screen and cut the button beside it.
    m_attachmentsLabel->setWordWrap(true);

    m_form->addRow(new QLabel(this), m_observerName);
    m_form->addRow(new QLabel(this), m_observerContact);
    m_form->addRow(new QLabel(this), m_receivedAt);
    m_form->addRow(new QLabel(this), m_receivedHow);
    m_form->addRow(new QLabel(this), m_remarks);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    auto *attachRow = new QHBoxLayout;
    attachRow->addWidget(m_attachmentsLabel, 1);
    attachRow->addWidget(m_attach);
    layout->addLayout(attachRow);
    layout->addWidget(m_attachments);

    const auto edited = [this] {
        if (!m_loading)
            emit fieldsEdited();
    };
    connect(m_observerName, &QLineEdit::textEdited, this, edited);
    connect(m_observerContact, &QLineEdit::textEdited, this, edited);
    connect(m_receivedAt, &QDateTimeEdit::dateTimeChanged, this, edited);
    connect(m_receivedHow, &QComboBox::currentTextChanged, this, edited);
    connect(m_remarks, &QPlainTextEdit::textChanged, this, edited);
    connect(m_attach, &QPushButton::clicked, this, &SourcePanel::attachRequested);
    connect(m_attachments, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !m_loading)
            emit attachmentChosen(item->data(AttachmentIdRole).toLongLong());
    });
    retranslateUi();
}

void SourcePanel::setFields(const Protocol &protocol)
{
    m_loading = true;
    m_observerName->setText(protocol.observerName);
    m_observerContact->setText(protocol.observerContact);
    m_receivedAt->setDateTime(protocol.receivedAt.isValid() ? protocol.receivedAt.toLocalTime() : notRecorded);
    m_receivedHow->setCurrentText(protocol.receivedHow);
    m_remarks->setPlainText(protocol.remarks);
    m_loading = false;
}

Protocol SourcePanel::fields() const
{
    Protocol p;
    p.observerName = m_observerName->text().trimmed();
    p.observerContact = m_observerContact->text().trimmed();
    if (m_receivedAt->dateTime() != notRecorded)
        p.receivedAt = m_receivedAt->dateTime().toUTC();
    p.receivedHow = m_receivedHow->currentText().trimmed();
    p.remarks = m_remarks->toPlainText();
    return p;
}

QList<QWidget *> SourcePanel::tabChain() const
{
    return {m_observerName, m_observerContact, m_receivedAt, m_receivedHow, m_remarks, m_attach, m_attachments};
}

void SourcePanel::setAttachments(const QList<Attachment> &attachments)
{
    m_loading = true;
    m_attachments->clear();
    const NumberFormat format(locale());
    for (const Attachment &attachment : attachments) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2 KB, %3, %4)")
                .arg(attachment.fileName, format.count((attachment.size + 1023) / 1024), attachment.addedBy,
                     QLocale().toString(attachment.addedAt.toLocalTime(), QLocale::ShortFormat)),
            m_attachments);
        item->setData(AttachmentIdRole, attachment.id);
    }
    m_loading = false;
    if (m_attachments->count() > 0)
        m_attachments->setCurrentRow(m_attachments->count() - 1);
}

void SourcePanel::retranslateUi()
{
    const auto label = [this](QWidget *field) {
        auto *fieldLabel = qobject_cast<QLabel *>(m_form->labelForField(field));
        fieldLabel->setBuddy(field);
        return fieldLabel;
    };
    label(m_observerName)->setText(tr("&Observer:"));
    label(m_observerContact)->setText(tr("Co&ntact:"));
    label(m_receivedAt)->setText(tr("Received &at:"));
    label(m_receivedHow)->setText(tr("Received &how:"));
    label(m_remarks)->setText(tr("&Remarks:"));
    m_observerName->setPlaceholderText(tr("Name of the observer who brought the copy"));
    m_observerContact->setPlaceholderText(tr("Phone or e-mail"));
    m_receivedAt->setSpecialValueText(tr("not recorded"));
    m_remarks->setPlaceholderText(tr("e.g. the observer was removed before the count"));
    const QString how = m_receivedHow->currentText();
    m_loading = true;
    m_receivedHow->clear();
    m_receivedHow->addItems({QString(), tr("paper copy handed over"), tr("photo by messenger"), tr("e-mail"),
                             tr("dictated by phone")});
    m_receivedHow->setCurrentText(how);
    m_loading = false;
    m_attachmentsLabel->setText(tr("Photos and scans of the paper protocol:"));
    m_attach->setText(tr("Attach &photo…"));
}

void SourcePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace saylau
