#include "cli/TerminalProgress.h"

#include <cstdio>
#include <unistd.h>

namespace pathways::cli {

namespace {

constexpr qint64 kRedrawMs = 100;
constexpr int kBarCells = 24;
constexpr int kDefaultWidth = 100;

int terminalWidth()
{
    const QByteArray columns = qgetenv("COLUMNS");
    bool ok = false;
    const int width = columns.toInt(&ok);
    return ok && width > 20 ? width : kDefaultWidth;
}

} // namespace

TerminalProgress::TerminalProgress(bool quiet) : m_enabled(!quiet && ::isatty(STDERR_FILENO) == 1)
{
    m_sincePhase.start();
    m_sinceDraw.start();
}

TerminalProgress::~TerminalProgress()
{
    finish();
}

import::ProgressCallback TerminalProgress::callback(){if (!m_enabled) return {};
return [this](const import::Progress& progress) { update(progress); };
} // namespace pathways::cli

QString TerminalProgress::line(const import::Progress& progress, qint64 elapsedMs, int width)
{
    QString text = progress.phase;
    if (progress.total > 0) {
        const qint64 done = qBound<qint64>(0, progress.done, progress.total);
        const int filled = static_cast<int>(done * kBarCells / progress.total);
        text = QStringLiteral("[%1%2] %3/%4 %5  %6")
                   .arg(QString(filled, QLatin1Char('#')), QString(kBarCells - filled, QLatin1Char('.')))
                   .arg(done)
                   .arg(progress.total)
                   .arg(progress.unit, progress.phase);
    } else if (progress.done > 0) {
        text = QStringLiteral("%1 %2  %3").arg(progress.done).arg(progress.unit, progress.phase);
    }
    if (progress.done > 0 && elapsedMs >= 500)
        text += QStringLiteral("  %1 %2/s").arg(progress.done * 1000 / elapsedMs).arg(progress.unit);
    return text.left(width - 1);
}

void TerminalProgress::update(const import::Progress& progress)
{
    if (!m_enabled)
        return;
    const bool newPhase = progress.phase != m_phase;
    if (newPhase) {
        m_phase = progress.phase;
        m_sincePhase.restart();
    } else if (m_sinceDraw.elapsed() < kRedrawMs) {
        return;
    }
    m_sinceDraw.restart();
    const QByteArray text = line(progress, m_sincePhase.elapsed(), terminalWidth()).toLocal8Bit();
    // \r back to the start, the text, then clear what a longer previous line left.
    std::fprintf(stderr, "\r%s\033[K", text.constData());
    std::fflush(stderr);
    m_drawn = true;
}

void TerminalProgress::finish()
{
    if (!m_drawn)
        return;
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
    m_drawn = false;
}

} // namespace pathways::cli
