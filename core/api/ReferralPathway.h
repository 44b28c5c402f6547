#pragma once

#include "api/DirectoryStatus.h"
#include "api/ServiceDetails.h"
#include "error/Expected.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pathways::api {

class DirectoryReader;

/// One category of the printable referral pathway and its services, by name.
struct PathwaySection
{
    QString code;
    QString name; ///< in the first language asked
    QList<ServiceDetails> services;
};

/// The directory's services for a place, grouped by category: what the printable referral pathway (the
/// booklet mediators know) is made of, from the installed, verified directory.
struct PathwayContent
{
    DirectoryStatus directory;
    QStringList municipalities; ///< as asked; empty: the whole directory
    QList<PathwaySection> sections; ///< in the directory's category order; empty categories left out
};

class ReferralPathway
{
public:
    /// Services located in any of `municipalities` (all when empty) in each of `categories` (every category
    /// when empty), read in `languages`. InvalidInput for an unknown category or place.
    static Expected<PathwayContent> select(DirectoryReader& reader, const QStringList& municipalities,
                                           const QStringList& categories, const QStringList& languages);
};

} // namespace pathways::api
