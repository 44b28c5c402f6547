#include "text/EditDistance.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace pathways::text {

int editDistance(QStringView a, QStringView b, int limit)
{
    const auto n = a.size();
    const auto m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rows of the dynamic programme (the swap looks two rows back).
    std::vector<int> before(static_cast<size_t>(m + 1)), previous(static_cast<size_t>(m + 1)),
        current(static_cast<size_t>(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        previous[static_cast<size_t>(j)] = static_cast<int>(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = static_cast<int>(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const auto uj = static_cast<size_t>(j);
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[uj] + 1, current[uj - 1] + 1, previous[uj - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, before[uj - 2] + 1);
            current[uj] = value;
            rowBest = std::min(rowBest, value);
        }
        if (rowBest > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[static_cast<size_t>(m)], limit + 1);
}

int allowedTypos(qsizetype letters)
{
    return letters >= 9 ? 2 : letters >= 5 ? 1 : 0;
}

} // namespace pathways::text
