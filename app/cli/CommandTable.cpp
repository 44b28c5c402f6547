#include "cli/Commands.h"

namespace pathways::cli {

const CommandEntry* commandTable()
{
    static const CommandEntry table[] = {
        {"search", "find services by text and filters, ranked", runSearch, true},
        {"facets", "counts per category, audience, place, language for a search", runFacets, true},
        {"show", "everything about one service", runShow, true},
        {"categories", "category codes with service counts", runCategories, true},
        {"audiences", "audience codes with service counts", runAudiences, true},
        {"municipalities", "municipalities and regions with service counts", runMunicipalities, true},
        {"languages", "languages spoken at services, with counts", runLanguages, true},
        {"referral-slip", "a PDF slip for the client: where, when, what to bring, QR contact", runReferralSlip,
         true, true},
        {"corrections", "outdated information reported for the publisher: list, export, review", runCorrections},
        {"pathway", "the printable referral pathway (PDF): a place's services by category, with contents",
         runPathway, true, true},
        {"referrals", "the optional referral log for the monthly report: list, export (CSV), clear", runReferrals,
         true},
        {"status", "publisher, sequence, dates and size of the installed directory", runStatus, true},
        {"import", "replace the directory with an HSDS package (CSV, zip, JSON) or a one-sheet CSV", runImport},
        {"export", "write the installed directory as an HSDS 3.0 CSV package", runExport, true},
        {"sync", "verify a signed directory bundle and install it if newer", runSync},
        {"restore-previous", "put back the directory installed before the last update", runRestorePrevious},
        {"keys", "list, add, remove the publishers' keys trusted for updates", runKeys},
        {"bundle", "keygen, build, verify, inspect, export signed directory bundles", runBundle},
        {nullptr, nullptr, nullptr, false, false},
    };
    return table;
}

} // namespace pathways::cli
