#pragma once

#include "api/CancelToken.h"

#include <csignal>

namespace pathways::cli {

/// While it lives, Ctrl+C (SIGINT) asks `token` to stop instead of killing the process, so long network
/// work ends cleanly: its scratch files removed, nothing installed, one line saying it was stopped. A second
/// Ctrl+C, should the work not notice, ends the process as usual. Restores the previous handler when
/// destroyed. One at a time.
class InterruptCancels
{
public:
    explicit InterruptCancels(const api::CancelToken& token);
    ~InterruptCancels();
    InterruptCancels(const InterruptCancels&) = delete;
    InterruptCancels& operator=(const InterruptCancels&) = delete;

private:
    api::CancelToken m_token;
    struct sigaction m_previous{};
};

} // namespace pathways::cli
