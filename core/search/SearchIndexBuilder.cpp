#include "search/SearchIndexBuilder.h"

namespace pathways::search {

void SearchIndexBuilder::rebuild(db::Connection&) {}

} // namespace pathways::search
