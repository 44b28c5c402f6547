#pragma once

#include "directory/ServiceRecord.h"

#include <QCoreApplication>
#include <QString>

namespace pathways::desktop {

/// How to refer someone, in the interface language: the codes of the `pathways-referral` taxonomy
/// (docs/taxonomy.md) by name, a publisher's own code by the name the data gives it; and the age range the
/// record states. Only what the record says: a record without them gives empty text.
class ReferralMethodNames
{
    Q_DECLARE_TR_FUNCTIONS(pathways::desktop::ReferralMethodNames)
public:
    static QString name(const directory::TermRef& method);
    /// "walk-in, call first", or empty.
    static QString list(const directory::ServiceRecord& record);
    /// "18–65", "from 18", "up to 17", or empty.
    static QString ages(const directory::ServiceRecord& record);
};

} // namespace pathways::desktop
