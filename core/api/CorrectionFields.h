#pragma once

#include "api/ServiceDetails.h"

#include <QString>
#include <QStringList>

namespace pathways::api {

/// The fields of a service a worker can report as outdated, and what the directory says in each (one line
/// of text), so that a correction carries the value it corrects and a review can compare it with the
/// publisher's current data.
class CorrectionFields
{
public:
    /// "name", "organization", "description", "phone", "email", "website", "address", "hours",
    /// "how_to_apply", "eligibility", "documents", "wait_time", "cost", "languages", "other".
    static QStringList names();
    static bool isKnown(const QString& field) { return names().contains(field); }
    /// The record's value of `field` as one line ("" when the record gives none; "" for "other").
    static QString value(const ServiceDetails& details, const QString& field);
};

} // namespace pathways::api
