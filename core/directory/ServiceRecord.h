#pragma once

#include "directory/Localizer.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace pathways::directory {

struct TermRef
{
    QString code;
    QString name; ///< in the user's language
};

/// What a result list shows of a service.
struct ServiceSummary
{
    QString id;
    LocalizedText name;
    QString organization;
    QList<TermRef> categories;
    QList<TermRef> audiences;
    QString municipality; ///< first municipality of its locations, empty when none
    QString assuredDate;  ///< when a person last verified the record ("verified"), empty if never
    QString status;       ///< HSDS status as the data writes it ("active", "inactive", ...), empty if not given
    bool demonstration = false;
};

struct AddressRecord
{
    QString attention, address1, address2, city, region, postalCode, country;
};

struct LocationRecord
{
    QString id, name, description, transportation;
    std::optional<double> latitude, longitude;
    QList<AddressRecord> addresses;
    QStringList accessibility;
};

struct PhoneRecord
{
    QString number, extension, type, description;
};

struct ContactRecord
{
    QString name, title, department, email;
};

struct LanguageRecord
{
    QString code, name, note;
};

struct CostRecord
{
    QString option, currency, amountDescription;
    std::optional<double> amount;
};

/// Everything a referral needs, in the user's language where a translation exists.
struct ServiceRecord
{
    ServiceSummary summary;
    QString organizationId;
    LocalizedText alternateName, description, eligibility, applicationProcess, feesDescription,
        interpretationServices, alert, waitTime, organizationDescription;
    QString status, url, email, lastModified, source;
    std::optional<double> minimumAge, maximumAge;
    QList<LocationRecord> locations;
    QList<PhoneRecord> phones;
    QList<ContactRecord> contacts;
    QList<LanguageRecord> languages;
    QList<CostRecord> costs;
    QStringList requiredDocuments;
    QStringList serviceAreas;
    /// How a worker refers someone (walk-in, call first, appointment, form, e-mail, referral needed): terms of
    /// the taxonomy `pathways-referral` linked to the service (docs/taxonomy.md). Empty when the data does
    /// not say; never inferred from the free text of applicationProcess.
    QList<TermRef> referralMethods;
    QString hoursSummary; ///< "Mon–Fri 09:00–17:00", empty when the record gives no hours
};

} // namespace pathways::directory
