#pragma once

#include "desktop/SearchTypes.h"

#include <QCoreApplication>
#include <QString>

namespace pathways::desktop {

/// A service as plain text to paste into a message or a case note: name, organisation, how to reach them,
/// opening hours, address and what to bring, in the content language of the record. Only what the record
/// says; a missing part is left out, never guessed.
class ReferralText
{
    Q_DECLARE_TR_FUNCTIONS(pathways::desktop::ReferralText)
public:
    static QString render(const RecordResponse& response);
};

} // namespace pathways::desktop
