#pragma once
// A local HTTPS update server for the window's online-check tests.

#include "support/TempDir.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <catch2/catch.hpp>

namespace pathways::test {

/// The test server needs openssl to make its certificate; without it the online tests say so and pass.
inline bool haveOpenssl()
{
    if (!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        return true;
    WARN("openssl missing: the online check is not tested against a server");
    return false;
}

/// An HTTPS server on 127.0.0.1 with a certificate made for the test: /ok.pathways serves `bundle`,
/// /error answers 500, /huge announces more than a bundle may have, /slow sends a little then stalls,
/// /junk serves bytes that are no bundle. It counts the requests it answered.
class TestServer
{
public:
    TestServer(const TempDir& dir, QByteArray bundle) : m_bundle(std::move(bundle))
    {
        const QString cert = dir.file(QStringLiteral("cert.pem"));
        const QString key = dir.file(QStringLiteral("key.pem"));
        QProcess::execute(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                           QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                           QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                           QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                           QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QFile keyFile(key);
        REQUIRE(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(QSslCertificate::fromPath(cert));
        ssl.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        m_server.setSslConfiguration(ssl);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, [this] { accept(); });
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
        qputenv("PATHWAYS_CA_FILE", cert.toLocal8Bit()); // the download trusts the test's certificate
    }
    ~TestServer() { qunsetenv("PATHWAYS_CA_FILE"); }
    int requests() const { return m_answered; }
    QString url(const QString& path) const
    {
        return QStringLiteral("https://127.0.0.1:%1/%2").arg(m_server.serverPort()).arg(path);
    }

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            socket->setParent(&m_server);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                QByteArray& request = m_requests[socket];
                request += socket->readAll();
                if (request.contains("\r\n\r\n"))
                    answer(socket, request.split(' ').value(1));
            });
        }
    }
    void answer(QTcpSocket* socket, const QByteArray& path)
    {
        ++m_answered;
        const auto send = [socket](const QByteArray& status, qint64 length, const QByteArray& body) {
            socket->write("HTTP/1.1 " + status + "\r\nContent-Length: " + QByteArray::number(length) +
                          "\r\nConnection: close\r\n\r\n" + body);
        };
        if (path == "/ok.pathways")
            send("200 OK", m_bundle.size(), m_bundle);
        else if (path == "/error")
            send("500 Internal Server Error", 0, {});
        else if (path == "/huge")
            send("200 OK", 600LL << 20, QByteArray(4096, 'x'));
        else if (path == "/slow")
            send("200 OK", 10'000'000, QByteArray(65536, 'x')); // and then nothing more
        else if (path == "/junk")
            send("200 OK", 12, "not a bundle");
        else
            send("404 Not Found", 0, {});
        if (path != "/slow")
            socket->disconnectFromHost();
    }

    QSslServer m_server;
    QByteArray m_bundle;
    QHash<QTcpSocket*, QByteArray> m_requests;
    int m_answered = 0;
};

} // namespace pathways::test
