#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace saylau {

// File > Connect to Server…: where a headquarters' campaign lives (host or socket folder, port, database, user,
// TLS mode). It only asks, and remembers the answers for next time — never a password: the server's own means
// authenticate (~/.pgpass, peer authentication, a client certificate). The main window opens the address.
class ServerConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerConnectDialog(QWidget *parent = nullptr);

    // postgresql://user@host:port/database?sslmode=... Throws SaylauError for parts that make no address.
    QString address() const;

    void accept() override;

private:
    void updateOkButton();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tls;
    QDialogButtonBox *m_buttons;
};

} // namespace saylau
