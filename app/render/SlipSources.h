#pragma once

#include "error/Expected.h"

#include <QStringList>

namespace pathways::api {
class DirectoryReader;
}

namespace pathways::render {

struct SlipRequest;

/// Fills a slip's services and provenance from the installed directory, as the window and
/// `pathways-cli referral-slip` both print it: each service read with the client's language asked first (so
/// its text is in the client's language wherever the directory has it), then `fallbackLanguages`.
class SlipSources
{
public:
    /// NotFound for an id the directory does not have; the request is left unchanged on any error.
    static Status load(api::DirectoryReader& reader, const QStringList& ids, const QStringList& fallbackLanguages,
                       SlipRequest* request);
};

} // namespace pathways::render
