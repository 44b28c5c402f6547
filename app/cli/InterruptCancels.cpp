#include "cli/InterruptCancels.h"

namespace pathways::cli {

namespace {

// What the handler may touch: the token's flag is a lock-free atomic, set through a pointer that is fixed
// before the handler is installed.
const api::CancelToken* g_token = nullptr;

void onInterrupt(int signal)
{
    if (g_token && !g_token->isCancelled()) {
        g_token->cancel();
        return;
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

InterruptCancels::InterruptCancels(const api::CancelToken& token) : m_token(token)
{
    g_token = &m_token;
    struct sigaction action{};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &m_previous);
}

InterruptCancels::~InterruptCancels()
{
    sigaction(SIGINT, &m_previous, nullptr);
    g_token = nullptr;
}

} // namespace pathways::cli
