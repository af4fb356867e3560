// The kiosk's optional TLS (--tls): a certificate and key given by the
// facilitator, or a self-signed pair made once with Debian's openssl and kept
// in the data dir, so that its fingerprint (which the join link carries and
// the tablets pin) stays the same across restarts. See docs/security.md.
#pragma once

#include <QSslConfiguration>
#include <QString>

namespace flipover {

struct KioskTls {
    QSslConfiguration configuration;
    QString fingerprint; // SHA-256 of the certificate (DER), lowercase hex
};

// certFile and keyFile both empty: use (or first make) dataDir/tls-cert.pem
// and dataDir/tls-key.pem. Returns false with a sentence in *error.
bool loadKioskTls(const QString &dataDir, const QString &certFile, const QString &keyFile, KioskTls *out,
                  QString *error);

// The fingerprint a client pins: SHA-256 of the DER, lowercase hex.
QString certificateFingerprint(const QSslCertificate &certificate);

} // namespace flipover
