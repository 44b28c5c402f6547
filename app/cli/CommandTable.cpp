#include "cli/Commands.h"

namespace pathways::cli {

const CommandEntry* commandTable()
{
    static const CommandEntry table[] = {
        {"status", "publisher, sequence, dates and size of the installed directory", runStatus},
        {nullptr, nullptr, nullptr},
    };
    return table;
}

} // namespace pathways::cli
