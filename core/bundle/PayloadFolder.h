#pragma once

#include "bundle/Ustar.h"
#include "directory/DataFolder.h"

namespace pathways::bundle {

/// The private (0700) folder in the data folder that a verified payload's files are written to for the
/// import, removed on destruction. Files get names from the allow-list (format::payloadFileNames()), never
/// the archive's: the member name only selects an entry of the list.
class PayloadFolder
{
public:
    explicit PayloadFolder(const directory::DataFolder& data);
    ~PayloadFolder();
    PayloadFolder(const PayloadFolder&) = delete;
    PayloadFolder& operator=(const PayloadFolder&) = delete;

    bool ok() const { return m_ok; }
    QString path() const { return m_path; }
    /// False for a name outside the allow-list, an existing file or a write error.
    bool write(const ArchiveMember& member);

private:
    QString m_path;
    bool m_ok = false;
};

} // namespace pathways::bundle
