#pragma once

#include <QCoreApplication>
#include <QString>

namespace saylau {

// Where a campaign lives: a SaylauDesk file, or a database on a PostgreSQL server named by an address
// `postgresql://user@host:port/database` (`?host=/socket/folder` for a Unix socket, `?sslmode=...` for TLS).
// Every place that takes a campaign file takes either.
//
// No password is ever part of a location: one in the address is refused, because the address is shown in
// titles, written into recent-file lists and shell histories. The server's own means authenticate instead:
// ~/.pgpass (or PGPASSFILE), peer authentication on a Unix socket, or client certificates (sslmode).
class CampaignLocation
{
    Q_DECLARE_TR_FUNCTIONS(CampaignLocation)

public:
    // A file path, or a server address when TEXT starts with postgresql:// or postgres://. Throws SaylauError
    // for a server address that cannot be used (no database, a password, an unknown sslmode or parameter).
    static CampaignLocation parse(const QString &text);
    static bool looksLikeServer(const QString &text);
    // A server location from its parts, as the desktop program's Connect dialog gathers them. hostOrSocket is a
    // host name or address, or a Unix socket folder (starting with '/'); port 0 and sslMode "" take libpq's
    // defaults. Throws SaylauError as parse() does.
    static CampaignLocation server(const QString &hostOrSocket, int port, const QString &database,
                                   const QString &user, const QString &sslMode);

    bool isServer() const { return m_server; }
    // The file path (files only).
    QString filePath() const { return m_filePath; }
    // Server parts; empty (0) for "libpq's default".
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString sslMode() const { return m_sslMode; }
    // libpq connection keywords beyond host, port, database and user ("sslmode=require"), ';'-separated as
    // Qt's driver takes them.
    QString serverOptions() const;

    // The path, or the address in its canonical form: what messages name and what opens the campaign again.
    QString toString() const;

private:
    bool m_server = false;
    QString m_filePath;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_user;
    QString m_sslMode;
};

} // namespace saylau
