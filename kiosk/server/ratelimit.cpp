#include "ratelimit.h"

namespace flipover {

bool MessageBucket::take(qint64 nowMs)
{
    if (m_tokens < 0)
        m_tokens = burst;
    else if (nowMs > m_lastMs)
        m_tokens = qMin(burst, m_tokens + double(nowMs - m_lastMs) * rate / 1000.0);
    m_lastMs = qMax(m_lastMs, nowMs);
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

} // namespace flipover
