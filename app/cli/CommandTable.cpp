#include "cli/Commands.h"

namespace pathways::cli {

const CommandEntry* commandTable()
{
    static const CommandEntry table[] = {
        {"search", "find services by text and filters, ranked", runSearch},
        {"show", "everything about one service", runShow},
        {"categories", "category codes with service counts", runCategories},
        {"audiences", "audience codes with service counts", runAudiences},
        {"municipalities", "municipalities and regions with service counts", runMunicipalities},
        {"languages", "languages spoken at services, with counts", runLanguages},
        {"status", "publisher, sequence, dates and size of the installed directory", runStatus},
        {"import", "replace the directory with an HSDS 3.0 CSV folder", runImport},
        {nullptr, nullptr, nullptr},
    };
    return table;
}

} // namespace pathways::cli
