#include "UpdateScreens.h"

#include "api/PrepareDataFolder.h"
#include "api/TrustedKeys.h"
#include "api/UpdateService.h"
#include "bundle/BundleBuilder.h"
#include "desktop/TranslationLoader.h"
#include "desktop/TrustedPublishersDialog.h"
#include "desktop/UpdateDialog.h"
#include "desktop/UpdateWords.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

namespace pathways::test {

namespace {

bool save(QWidget* widget, const QString& path)
{
    widget->show();
    QApplication::processEvents();
    return widget->grab().save(path);
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
    return ok;
}

} // namespace pathways::test
