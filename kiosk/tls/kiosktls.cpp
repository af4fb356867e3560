#include "kiosktls.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>

namespace flipover {

namespace {

QByteArray readAll(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return {};
    }
    return f.readAll();
}

// A self-signed P-256 certificate for ten years; the key readable by the
// kiosk's user only.
bool makeSelfSigned(const QString &certPath, const QString &keyPath, QString *error)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error = QStringLiteral("--tls without a certificate needs the openssl program (Debian package openssl) "
                                "to make one; or give --tls-cert and --tls-key.");
        return false;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                      QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=Flipover kiosk"), QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl could not make a certificate: %1").arg(QString::fromLocal8Bit(p.readAll()).trimmed());
        QFile::remove(keyPath);
        QFile::remove(certPath);
        return false;
    }
    QFile::setPermissions(keyPath, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

} // namespace

QString certificateFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

bool loadKioskTls(const QString &dataDir, const QString &certFile, const QString &keyFile, KioskTls *out, QString *error)
{
    if (certFile.isEmpty() != keyFile.isEmpty()) {
        *error = QStringLiteral("Give both --tls-cert and --tls-key, or neither.");
        return false;
    }
    QString certPath = certFile;
    QString keyPath = keyFile;
    if (certPath.isEmpty()) {
        certPath = QDir(dataDir).filePath(QStringLiteral("tls-cert.pem"));
        keyPath = QDir(dataDir).filePath(QStringLiteral("tls-key.pem"));
        if ((!QFile::exists(certPath) || !QFile::exists(keyPath))
            && (!QDir().mkpath(dataDir) || !makeSelfSigned(certPath, keyPath, error)))
            return false;
    }
    const QByteArray certPem = readAll(certPath, error);
    if (certPem.isEmpty())
        return false;
    const QByteArray keyPem = readAll(keyPath, error);
    if (keyPem.isEmpty())
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = QStringLiteral("%1 holds no PEM certificate.").arg(QDir::toNativeSeparators(certPath));
        return false;
    }
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no unencrypted PEM key (EC or RSA).").arg(QDir::toNativeSeparators(keyPath));
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // tablets bring no certificate
    config.setProtocol(QSsl::TlsV1_2OrLater);
    out->configuration = config;
    out->fingerprint = certificateFingerprint(chain.first());
    return true;
}

} // namespace flipover
