#include "UpdateScreens.h"

#include "api/PrepareDataFolder.h"
#include "api/TrustedKeys.h"
#include "api/UpdateService.h"
#include "bundle/BundleBuilder.h"
#include "desktop/AppSettings.h"
#include "desktop/SettingsDialog.h"
#include "desktop/TranslationLoader.h"
#include "desktop/TrustedPublishersDialog.h"
#include "desktop/UpdateChangesView.h"
#include "desktop/UpdateDialog.h"
#include "desktop/UpdateWords.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

namespace pathways::test {

namespace {

bool save(QWidget* widget, const QString& path)
{
    widget->show();
    QApplication::processEvents();
    return widget->grab().save(path);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The fixture's services with street addresses; `depot`: the Red Cross depot's (Food parcels, Clothing
// store).
QString addressFolder(const QTemporaryDir& scratch, const QString& name, const QByteArray& depot)
{
    const QString folder = scratch.filePath(name);
    QDir().mkpath(folder);
    const QDir source(QStringLiteral(PATHWAYS_FIXTURES_DIR "/bundle/hsds"));
    for (const QString& file : source.entryList(QDir::Files))
        QFile::copy(source.filePath(file), folder + QLatin1Char('/') + file);
    writeFile(folder + QStringLiteral("/addresses.csv"),
              "id,location_id,address_1,city,postal_code\nadr-1,loc-1," + depot +
                  ",Ljubljana,1000\nadr-2,loc-2,Slovenska 9,Ljubljana,1000\n");
    return folder;
}

QByteArray bundleOf(const QString& folder, quint64 sequence, const bundle::SecretKey& key)
{
    bundle::BundleBuilder::Options options;
    options.hsdsFolder = folder;
    options.publisher = QStringLiteral("Example Region Coordination");
    options.sequence = sequence;
    options.expires = QStringLiteral("2099-01-01");
    options.created = QStringLiteral("2026-11-20T10:00:00Z");
    const auto bytes = bundle::BundleBuilder::build(options, key);
    return bytes ? *bytes : QByteArray();
}

// A changed service opened in the preview: the depot moved, so both its services changed.
bool renderChangedAddress(const QString& out, const QString& language, const bundle::SecretKey& key,
                          const QTemporaryDir& scratch, const directory::DataFolder& folder)
{
    const QString before = scratch.filePath(QStringLiteral("addresses-12.pathways"));
    const QString after = scratch.filePath(QStringLiteral("addresses-13.pathways"));
    if (!writeFile(before, bundleOf(addressFolder(scratch, QStringLiteral("a"), "Trubarjeva 1"), 12, key)) ||
        !writeFile(after, bundleOf(addressFolder(scratch, QStringLiteral("b"), "Dunajska 5"), 13, key)))
        return false;
    const api::UpdateService updates(folder);
    if (updates.install(before).result != api::UpdateOutcome::Result::Installed)
        return false;
    desktop::UpdateDialog preview;
    preview.showPreview(desktop::UpdateWords::fromOutcome(updates.preview(after)));
    QTreeWidgetItem* changed = preview.changes()->topLevelItem(1);
    if (!changed || changed->childCount() == 0)
        return false;
    changed->child(0)->setExpanded(true);
    return save(&preview, out + QStringLiteral("/update-changed-address-%1.png").arg(language));
}

// Check online's preview, from a local HTTPS server (tests/cli/bundle/https_server.py) with a certificate
// made here; skipped (true) without python3 or openssl.
bool renderOnlinePreview(const QString& out, const QString& language, const QString& bundlePath,
                         const QTemporaryDir& scratch, const directory::DataFolder& folder)
{
    const QString cert = scratch.filePath(QStringLiteral("cert.pem"));
    const QString certKey = scratch.filePath(QStringLiteral("key.pem"));
    if (QProcess::execute(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                           QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                           certKey, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                           QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                           QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")}) != 0)
        return true;
    const QString www = scratch.filePath(QStringLiteral("www"));
    QDir().mkpath(www);
    QFile::copy(bundlePath, www + QStringLiteral("/directory.pathways"));
    QProcess server;
    server.start(QStringLiteral("python3"),
                 {QStringLiteral(PATHWAYS_FIXTURES_DIR "/../cli/bundle/https_server.py"), www, cert, certKey,
                  QStringLiteral("30")});
    if (!server.waitForReadyRead(10000))
        return true;
    const QString url = QStringLiteral("https://127.0.0.1:%1/directory.pathways")
                            .arg(QString::fromLatin1(server.readLine().trimmed()));
    qputenv("PATHWAYS_CA_FILE", cert.toLocal8Bit());
    const Expected<api::UpdateOutcome> outcome = api::UpdateService(folder).previewFromUrl(url);
    qunsetenv("PATHWAYS_CA_FILE");
    server.kill();
    server.waitForFinished();
    if (!outcome || !outcome->download)
        return false;
    api::UpdateService::discardDownload(*outcome->download);
    desktop::UpdateDialog preview;
    preview.showPreview(desktop::UpdateWords::fromOutcome(*outcome));
    return save(&preview, out + QStringLiteral("/update-online-preview-%1.png").arg(language));
}

// Settings with an update address and the check at start turned on.
bool renderSettings(const QString& out, const QString& language, const directory::DataFolder& folder)
{
    QSettings().clear();
    desktop::AppSettings settings;
    settings.setUpdateUrl(QStringLiteral("https://directory.example.org/ljubljana.pathways"));
    settings.setCheckAtStart(true);
    desktop::SettingsDialog dialog(settings, folder.root());
    const bool ok = dialog.checkAtStart()->isChecked() &&
                    save(&dialog, out + QStringLiteral("/settings-check-at-start-%1.png").arg(language));
    QSettings().clear();
    return ok;
}

} // namespace

bool renderUpdateScreens(const QString& out, const QString& language)
{
    desktop::TranslationLoader translations;
    translations.apply(language);
    QTemporaryDir scratch;
    const directory::DataFolder trusting(scratch.filePath(QStringLiteral("trusting")));
    const directory::DataFolder stranger(scratch.filePath(QStringLiteral("stranger")));
    if (!api::prepareDataFolder(trusting) || !api::prepareDataFolder(stranger))
        return false;
    // A coordinator's key and bundle, made here (the fixture's three fictional services).
    static const bundle::SecretKey key = bundle::SecretKey::generate();
    bundle::BundleBuilder::Options options;
    options.hsdsFolder = QStringLiteral(PATHWAYS_FIXTURES_DIR "/bundle/hsds");
    options.publisher = QStringLiteral("Example Region Coordination");
    options.sequence = 12;
    options.expires = QStringLiteral("2099-01-01");
    options.created = QStringLiteral("2026-11-20T10:00:00Z");
    const auto bytes = bundle::BundleBuilder::build(options, key);
    if (!bytes)
        return false;
    const QString path = scratch.filePath(QStringLiteral("directory-update.pathways"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size())
        return false;
    file.close();
    if (!api::TrustedKeys(trusting).add(key.publicKey().toFile(), QStringLiteral("Example Region Coordination"),
                                         QStringLiteral("coordinator.pub")))
        return false;

    bool ok = true;
    {
        desktop::UpdateDialog preview;
        preview.showPreview(desktop::UpdateWords::fromOutcome(api::UpdateService(trusting).preview(path)));
        ok = save(&preview, out + QStringLiteral("/update-preview-%1.png").arg(language)) && ok;
    }
    {
        desktop::UpdateDialog refused;
        refused.showResult(desktop::UpdateWords::fromOutcome(api::UpdateService(stranger).preview(path)));
        ok = save(&refused, out + QStringLiteral("/update-refused-%1.png").arg(language)) && ok;
    }
    {
        desktop::TrustedPublishersDialog trusted(trusting);
        ok = save(&trusted, out + QStringLiteral("/trusted-publishers-%1.png").arg(language)) && ok;
    }
    ok = renderOnlinePreview(out, language, path, scratch, trusting) && ok;
    ok = renderSettings(out, language, trusting) && ok;
    ok = renderChangedAddress(out, language, key, scratch, trusting) && ok;
    return ok;
}

} // namespace pathways::test
