#pragma once

#include "bundle/BundleBuilder.h"
#include "bundle/BundleInstaller.h"
#include "bundle/Minisign.h"
#include "bundle/TrustStore.h"
#include "support/TempDir.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>

namespace pathways::test {

/// Files of tests/fixtures/bundle/hsds (or another folder) as payload members.
QList<bundle::ArchiveMember> fixtureFiles(const QString& folder = {});

/// Builds real, signed bundles with controllable parts, so each threat test can forge exactly one thing.
struct BundleForge
{
    bundle::SecretKey key = bundle::SecretKey::generate();
    QList<bundle::ArchiveMember> files = fixtureFiles();
    bundle::BundleManifest manifest = defaultManifest(1);

    /// Build a directory.sqlite.zst payload (the publisher-built database) from `files` instead of CSV.
    bool database = false;
    /// With `database`: changes the built database file (its path given) before it is compressed...
    std::function<void(const QString&)> alterDatabase;
    /// ...or as raw bytes (after alterDatabase).
    std::function<void(QByteArray&)> alterDatabaseBytes;
    /// With `database`: the manifest's directory_schema instead of the one the builder wrote (0: keep it).
    int directorySchema = 0;

    static bundle::BundleManifest defaultManifest(quint64 sequence);
    /// Fills payload fields and counts from `files`; returns the compressed payload.
    QByteArray payload();
    /// A complete, validly signed bundle of `files` with `manifest` (payload fields recomputed).
    QByteArray build();
    /// Same with the given sequence.
    QByteArray build(quint64 sequence);
};

/// One raw ustar header + data, with any name and type flag (for hostile archives).
QByteArray tarEntry(const QByteArray& name, const QByteArray& data, char typeflag = '0',
                    const QByteArray& linkName = {},
                    const QByteArray& magic = QByteArray("ustar\0"
                                                         "00",
                                                         8));
QByteArray tarEnd();
/// The members of a bundle, in order (for re-assembling forged variants).
QList<bundle::ArchiveMember> splitBundle(const QByteArray& bundle);

/// A data folder with a bundle installed and a user.sqlite holding a note, plus snapshots to prove that a
/// refused update changed nothing.
class InstalledFixture
{
public:
    explicit InstalledFixture(quint64 installedSequence = 2);
    BundleForge forge;
    bundle::TrustStore trust;
    TempDir temp;
    directory::DataFolder data;
    QByteArray installedBundleBytes;

    /// Writes `bytes` to a file in the temp folder and applies it.
    bundle::BundleInstaller::Outcome apply(const QByteArray& bytes,
                                           const QString& name = QStringLiteral("in.pathways"));
    /// True when directory.sqlite and user.sqlite are byte-for-byte what they were after setup.
    bool unchanged() const;

private:
    QByteArray m_directory;
    QByteArray m_user;
};

/// The publicly known demonstration key (tests/fixtures/keys/demo.key).
bundle::SecretKey demoKey();

} // namespace pathways::test
