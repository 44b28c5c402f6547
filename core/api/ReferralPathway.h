#pragma once

#include "api/DirectoryStatus.h"
#include "api/ListEntry.h"
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

/// What a pathway would hold, before reading every service: shown while the worker chooses.
struct PathwaySize
{
    int services = 0;   ///< distinct services
    int categories = 0; ///< categories with at least one of them
    int entries = 0;    ///< services listed, a service in two categories counted twice
};

class ReferralPathway
{
public:
    /// Services located in any of `municipalities` (all when empty) in each of `categories` (every category
    /// when empty), read in `languages`. InvalidInput for an unknown category or place.
    static Expected<PathwayContent> select(DirectoryReader& reader, const QStringList& municipalities,
                                           const QStringList& categories, const QStringList& languages);
    /// How many services and categories select() would answer, without reading their details.
    static Expected<PathwaySize> size(DirectoryReader& reader, const QStringList& municipalities,
                                      const QStringList& categories);

private:
    struct Match
    {
        ListEntry category;
        QStringList serviceIds;
    };
    /// Per category asked (in the directory's order), the ids of the services at any of the places.
    static Expected<QList<Match>> match(DirectoryReader& reader, const QStringList& municipalities,
                                        const QStringList& categories, const QStringList& languages);
};

} // namespace pathways::api
