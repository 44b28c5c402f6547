#pragma once

#include <QString>
#include <functional>

namespace pathways::import {

/// How far a long piece of work is, for a progress bar: the phase ("reading services.csv", "building the
/// search index"), and items done of a total (-1: not known). Sent from the working thread; a receiver that
/// draws must be cheap or throttle itself.
struct Progress
{
    QString phase;
    qint64 done = 0;
    qint64 total = -1;
    QString unit; ///< what is counted: "files", "rows", "services"
};

using ProgressCallback = std::function<void(const Progress&)>;

} // namespace pathways::import
