#pragma once

#include "error/Expected.h"
#include "user/Correction.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pathways::api {

/// What a review found for one reported correction, against the publisher's current source data.
struct CorrectionReview
{
    enum class Verdict {
        StillWrong,   ///< the source still says what the worker reported as wrong
        AlreadyFixed, ///< the source now says what the worker suggested
        Changed,      ///< the source changed, but not to the suggestion: look at it
        ServiceGone,  ///< the source has no service with that id
        NotComparable ///< "other", or a field the worker described in words only
    };
    user::Correction correction;
    Verdict verdict = Verdict::NotComparable;
    QString currentValue; ///< what the source says now
    int reports = 1;      ///< how many files reported the same correction (merged)
    QStringList files;    ///< where it was reported
    static QString verdictName(Verdict verdict); ///< "still wrong", "already fixed", ...
};

/// Corrections travel from the worker's laptop to the coordinator as one JSON file
/// (format "pathways-corrections", version 1): service id and name, field, old value, problem, suggested
/// value, date, and the directory's publisher and version when reported. docs/corrections.md.
class CorrectionExchange
{
public:
    static QByteArray toJson(const QList<user::Correction>& corrections, const QDateTime& exportedAt);
    /// InvalidInput for a file that is not a corrections file (one line naming what is wrong).
    static Expected<QList<user::Correction>> fromJson(const QByteArray& json);

    /// Writes the pending corrections of `userFile` to `path` (whole or not at all) and marks them exported.
    /// NotFound when nothing is pending (no file is written). Answers how many were written.
    static Expected<int> exportPending(const QString& userFile, const QString& path,
                                       const QDateTime& now = QDateTime::currentDateTimeUtc());

    /// The publisher's side: reads every file (merging the same correction reported in several), imports the
    /// HSDS package at `hsdsPath` into a scratch folder, and compares each correction with it.
    static Expected<QList<CorrectionReview>> review(const QStringList& files, const QString& hsdsPath);
};

} // namespace pathways::api
