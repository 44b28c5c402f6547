#pragma once
// Real signed bundles for the window's update tests, from a publisher whose key a test trusts (or not).

#include "GuiFixture.h"
#include "bundle/BundleBuilder.h"
#include "desktop/UpdateDialog.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <catch2/catch.hpp>

namespace pathways::test {

/// The test publisher's key; its public half goes into the data folder's trusted-keys/ (as a user would
/// install a coordinator's key). The built-in demonstration key signs only the embedded directory.
inline const bundle::SecretKey& publisherKey()
{
    static const bundle::SecretKey key = bundle::SecretKey::generate();
    return key;
}

inline void trustPublisher(const GuiFixture& f)
{
    f.dir.write(QStringLiteral("data/trusted-keys/gui-test.pub"), publisherKey().publicKey().toFile());
}

/// A genuine bundle of `hsdsFolder` (default: tests/fixtures/bundle/hsds, three services).
inline QByteArray genuineBundle(quint64 sequence, const QString& expires = QStringLiteral("2099-01-01"),
                                const QString& hsdsFolder = QStringLiteral(PATHWAYS_FIXTURES_DIR "/bundle/hsds"),
                                const bundle::SecretKey& key = publisherKey())
{
    bundle::BundleBuilder::Options options;
    options.hsdsFolder = hsdsFolder;
    options.publisher = QStringLiteral("GUI test publisher");
    options.sequence = sequence;
    options.expires = expires;
    options.created = QStringLiteral("2026-11-20T10:00:00Z");
    const auto bytes = bundle::BundleBuilder::build(options, key);
    INFO((bytes ? QString() : bytes.error().message).toStdString());
    REQUIRE(bytes.ok());
    return *bytes;
}

/// The fixture's services with one of them (Clothing store) described differently: a "changed" service.
inline QString changedFixture(const TempDir& dir)
{
    const QString folder = dir.file(QStringLiteral("hsds-changed"));
    QDir().mkpath(folder);
    const QDir source(QStringLiteral(PATHWAYS_FIXTURES_DIR "/bundle/hsds"));
    for (const QString& name : source.entryList(QDir::Files)) {
        QFile in(source.filePath(name));
        REQUIRE(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        bytes.replace("Second-hand clothing", "Second-hand clothing and shoes");
        dir.write(QStringLiteral("hsds-changed/") + name, bytes);
    }
    return folder;
}

/// The fixture's services with street addresses for its two locations, `depot` being the Red Cross depot's
/// (where Food parcels and Clothing store are): a bundle whose depot moved changes those two services.
inline QString addressFixture(const TempDir& dir, const QString& name, const QByteArray& depot)
{
    const QDir source(QStringLiteral(PATHWAYS_FIXTURES_DIR "/bundle/hsds"));
    for (const QString& file : source.entryList(QDir::Files)) {
        QFile in(source.filePath(file));
        REQUIRE(in.open(QIODevice::ReadOnly));
        dir.write(name + QLatin1Char('/') + file, in.readAll());
    }
    dir.write(name + QStringLiteral("/addresses.csv"), "id,location_id,address_1,city\nadr-1,loc-1," + depot +
                                                           ",Ljubljana\nadr-2,loc-2,Slovenska 9,Ljubljana\n");
    return dir.file(name);
}

/// The window's action named `text` as the menu shows it ("&Check online").
inline QAction* menuAction(const desktop::MainWindow& window, const QString& text)
{
    for (QAction* action : window.findChildren<QAction*>())
        if (action->text() == text)
            return action;
    FAIL("no action " << text.toStdString());
    return nullptr;
}

inline desktop::UpdateDialog* dialogOf(const desktop::MainWindow& window)
{
    return window.lastUpdateDialog();
}

/// Waits until the update dialog shows Install (a preview) or Close (a result).
inline bool previewShown(const desktop::MainWindow& window)
{
    return waitUntil([&] {
        const auto* dialog = dialogOf(window);
        return dialog && !dialog->isWorking() && !dialog->installButton()->isHidden();
    });
}

inline bool resultShown(const desktop::MainWindow& window)
{
    return waitUntil([&] {
        const auto* dialog = dialogOf(window);
        return dialog && !dialog->isWorking() && dialog->installButton()->isHidden();
    });
}

/// Opens `path` as a person would (preview), then chooses Install; true once the result is shown.
inline bool previewAndInstall(desktop::MainWindow& window, const QString& path)
{
    window.applyBundle(path);
    if (!previewShown(window))
        return false;
    dialogOf(window)->installButton()->click();
    return resultShown(window);
}

} // namespace pathways::test
