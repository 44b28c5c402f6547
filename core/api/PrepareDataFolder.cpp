#include "api/PrepareDataFolder.h"

#include "api/UpdateHistory.h"
#include "bundle/BundleInstaller.h"
#include "store/DirectoryStore.h"

#include <QFile>

namespace pathways::api {

Status prepareDataFolder(const directory::DataFolder& folder)
{
    if (folder.hasDirectory())
        return {};
    if (Status ready = folder.ensureExists(); !ready)
        return ready;
    const QString prefix = QStringLiteral("cannot install the default directory: %1");
    const store::DirectoryOrigin origin = store::DirectoryStore::embeddedDirectoryOrigin();
    if (QFile::exists(bundle::BundleInstaller::embeddedBundlePath())) {
        if (Status installed = bundle::BundleInstaller::installEmbeddedDefault(folder); !installed)
            return Error{installed.error().kind, prefix.arg(installed.error().message),
                         installed.error().detail};
    } else {
        const store::DirectoryStore::ImportOutcome outcome = store::DirectoryStore(folder).importHsdsFolder(
            store::DirectoryStore::embeddedDirectoryFolder(), origin);
        if (!outcome.installed)
            return Error::unreadable(prefix.arg(outcome.error));
    }
    UpdateHistory(folder).record({{}, QStringLiteral("first run"), origin.publisher, origin.sequence, {}});
    return {};
}

} // namespace pathways::api
