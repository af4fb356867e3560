#pragma once

#include <QtGlobal>

namespace flipover {

// MessageBucket: a token bucket for one connection's messages. `rate` tokens
// a second flow in up to `burst`; each message takes one. A message that finds
// the bucket empty is refused (the server then closes the connection).
class MessageBucket
{
public:
    double rate = 20;
    double burst = 40;

    bool take(qint64 nowMs);

private:
    double m_tokens = -1; // -1: full, not yet used
    qint64 m_lastMs = 0;
};

} // namespace flipover
