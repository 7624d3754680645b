#include "CampaignLocation.h"

#include "../domain/SaylauError.h"

#include <QUrl>
#include <QUrlQuery>

namespace saylau {

namespace {

// libpq's sslmode values.
const QStringList sslModes = {QStringLiteral("disable"),     QStringLiteral("allow"),     QStringLiteral("prefer"),
                              QStringLiteral("require"),     QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

} // namespace

bool CampaignLocation::looksLikeServer(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

CampaignLocation CampaignLocation::parse(const QString &text)
{
    if (!looksLikeServer(text)) {
        CampaignLocation location;
        location.m_filePath = text;
        return location;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        throw SaylauError(tr("%1 is not a server address: %2").arg(text, url.errorString()));
    if (!url.password().isEmpty())
        throw SaylauError(tr("%1: a password in the address would be kept in plain text (in histories, recent "
                             "files, titles); put it in ~/.pgpass, or use peer authentication or a client "
                             "certificate, and give the address without it")
                              .arg(url.toString(QUrl::RemovePassword)));
    QString host = url.host();
    int port = url.port(0);
    QString sslMode;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            host = value;
        } else if (key == QLatin1String("port")) {
            // libpq takes any connection keyword as a parameter, so a socket folder's port can follow its host
            // (postgresql:///db?host=/run/pg&port=5433); given in both places, the two must agree.
            bool number = false;
            const int given = value.toInt(&number);
            if (!number)
                throw SaylauError(tr("%1: the port \"%2\" is not a number").arg(text, value));
            if (port > 0 && port != given)
                throw SaylauError(tr("%1: two ports, %2 and %3").arg(text).arg(port).arg(given));
            port = given;
        } else if (key == QLatin1String("sslmode")) {
            sslMode = value;
        } else {
            throw SaylauError(tr("%1: unknown parameter \"%2\" (known: host, port, sslmode)").arg(text, key));
        }
    }
    QString database = url.path();
    if (database.startsWith(QLatin1Char('/')))
        database.remove(0, 1);
    return server(host, port, database, url.userName(), sslMode);
}

CampaignLocation CampaignLocation::server(const QString &hostOrSocket, int port, const QString &database,
                                          const QString &user, const QString &sslMode)
{
    if (database.isEmpty() || database.contains(QLatin1Char('/')))
        throw SaylauError(tr("a server address names one database: postgresql://user@host:port/database"));
    if (!sslMode.isEmpty() && !sslModes.contains(sslMode))
        throw SaylauError(tr("unknown TLS mode \"%1\" (one of: %2)").arg(sslMode, sslModes.join(QStringLiteral(", "))));
    if (port < 0 || port > 65535)
        throw SaylauError(tr("port %1 is out of range").arg(port));
    CampaignLocation location;
    location.m_server = true;
    location.m_host = hostOrSocket;
    location.m_port = port;
    location.m_database = database;
    location.m_user = user;
    location.m_sslMode = sslMode;
    return location;
}

QString CampaignLocation::serverOptions() const
{
    return m_sslMode.isEmpty() ? QString() : QStringLiteral("sslmode=") + m_sslMode;
}

QString CampaignLocation::toString() const
{
    if (!m_server)
        return m_filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    // A socket folder is no host name: it goes into the query, as libpq's own addresses write it.
    const bool socket = m_host.startsWith(QLatin1Char('/'));
    // An empty authority still needs "//" before the path; QUrl writes it once any part of it is set.
    url.setHost(socket ? QString() : m_host);
    if (m_port > 0)
        url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(QStringLiteral("host"), m_host);
    if (!m_sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), m_sslMode);
    url.setQuery(query);
    QString text = url.toString();
    // QUrl drops the "//" of an empty authority: put it back so that the text parses as a server address.
    if (!text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return text;
}

} // namespace saylau
