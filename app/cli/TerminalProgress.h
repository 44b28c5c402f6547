#pragma once

#include "import/Progress.h"

#include <QElapsedTimer>
#include <QString>

namespace pathways::cli {

/// A one-line progress bar on stderr for long work (import, bundle build, export): the phase, a bar
/// with the counts when the total is known, and the rate. Drawn only when stderr is a terminal and the
/// user did not ask for --quiet or --json, so scripts and pipes see nothing of it; redrawn at most ten
/// times a second; finish() clears the line so the summary that follows starts clean.
class TerminalProgress
{
public:
    explicit TerminalProgress(bool quiet);
    ~TerminalProgress();
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;

    bool enabled() const { return m_enabled; }
    /// A callback for the core's long operations; empty when disabled (the core then skips the calls).
    import::ProgressCallback callback();
    void update(const import::Progress& progress);
    void finish();

    /// The line drawn for `progress` after `elapsedMs`, `width` columns wide at most (for tests).
    static QString line(const import::Progress& progress, qint64 elapsedMs, int width);

private:
    bool m_enabled = false;
    bool m_drawn = false;
    QString m_phase;
    QElapsedTimer m_sincePhase;
    QElapsedTimer m_sinceDraw;
};

} // namespace pathways::cli
