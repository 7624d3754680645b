#include "ServerConnectDialog.h"

#include "storage/CampaignLocation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace saylau {

namespace {

const QString settingsGroup = QStringLiteral("serverConnection");

} // namespace

ServerConnectDialog::ServerConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Server"));
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_tls->setObjectName(QStringLiteral("serverTls"));
    m_port->setRange(1, 65535);
    // libpq's sslmode values, the default first.
    m_tls->addItem(tr("Use TLS when the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Require TLS"), QStringLiteral("require"));
    m_tls->addItem(tr("Require TLS and check the server's certificate"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("No TLS"), QStringLiteral("disable"));

    QSettings settings;
    settings.beginGroup(settingsGroup);
    m_host->setText(settings.value(QStringLiteral("host"), QStringLiteral("localhost")).toString());
    m_port->setValue(settings.value(QStringLiteral("port"), 5432).toInt());
    m_database->setText(settings.value(QStringLiteral("database")).toString());
    m_user->setText(settings.value(QStringLiteral("user"), QString::fromLocal8Bit(qgetenv("USER"))).toString());
    m_tls->setCurrentIndex(qMax(0, m_tls->findData(settings.value(QStringLiteral("sslmode")).toString())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Host or socket folder:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&TLS:"), m_tls);
    auto *note = new QLabel(tr("No password is asked or kept here: the server finds it in your ~/.pgpass, or "
                               "knows you by your login (peer) or your certificate."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_database, &QLineEdit::textChanged, this, &ServerConnectDialog::updateOkButton);
    connect(m_host, &QLineEdit::textChanged, this, &ServerConnectDialog::updateOkButton);
    updateOkButton();
}

QString ServerConnectDialog::address() const
{
    return CampaignLocation::server(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                                    m_user->text().trimmed(), m_tls->currentData().toString())
        .toString();
}

void ServerConnectDialog::accept()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(QStringLiteral("host"), m_host->text().trimmed());
    settings.setValue(QStringLiteral("port"), m_port->value());
    settings.setValue(QStringLiteral("database"), m_database->text().trimmed());
    settings.setValue(QStringLiteral("user"), m_user->text().trimmed());
    settings.setValue(QStringLiteral("sslmode"), m_tls->currentData().toString());
    QDialog::accept();
}

void ServerConnectDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_database->text().trimmed().isEmpty() && !m_host->text().trimmed().isEmpty());
}

} // namespace saylau
