#pragma once

#include <QString>

namespace pathways::api {

/// One value a filter accepts (a category or audience code, a municipality or region key, a language code),
/// its display name and how many services carry it.
struct ListEntry
{
    QString code;
    QString name;
    qint64 services = 0;
    bool region = false; ///< municipalities(): a region rather than a municipality
};

} // namespace pathways::api
