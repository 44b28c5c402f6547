#pragma once

#include <QDateTime>
#include <QString>

namespace pathways::user {

/// One "Report outdated information" a worker queued for the directory's publisher.
struct Correction
{
    qint64 id = 0;
    QString serviceId;
    QString serviceName;    ///< as the worker saw it, so the coordinator can read the file without the directory
    QString field;          ///< a field name of api::CorrectionFields ("phone", "hours", ...)
    QString oldValue;       ///< what the directory said when it was reported
    QString problem;        ///< what is wrong, in the worker's words
    QString suggestedValue; ///< may be empty ("this service has closed")
    QDateTime created;
    QString directoryPublisher;
    qint64 directoryVersion = 0; ///< the installed directory's sequence when reported
    QDateTime exported;          ///< invalid while pending

    bool pending() const { return !exported.isValid(); }
};

} // namespace pathways::user
