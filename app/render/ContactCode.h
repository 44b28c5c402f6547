#pragma once

#include "directory/ServiceRecord.h"

#include <QString>
#include <optional>

namespace pathways::render {

/// What a service's QR code holds, so that a phone camera turns it into the service's contact:
/// a vCard 3.0 (name, organisation, phones, e-mail, address, website), or just `tel:` or the website's
/// address when that is all the record has. Nothing (no QR) when the record has no phone, e-mail or website:
/// the code only ever carries what the directory says, never a guess.
class ContactCode
{
public:
    static std::optional<QString> payload(const directory::ServiceRecord& record);
    /// RFC 6350 text escaping (backslash, comma, semicolon, newline).
    static QString escapeVCard(const QString& text);
    /// The phone number as a tel: URI wants it: digits and a leading +, nothing else.
    static QString dialable(const QString& number);
};

} // namespace pathways::render
