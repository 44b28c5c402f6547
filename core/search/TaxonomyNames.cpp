#include "search/TaxonomyNames.h"

#include "directory/PathwaysTerms.h"

namespace pathways::search {

QStringList builtInTermNames(const QString& code)
{
    const auto term = directory::PathwaysTerms::find(code);
    return term ? term->names : QStringList();
}

} // namespace pathways::search
