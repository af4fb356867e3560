// The room thread's heap, made resident before the first tablet comes.
//
// A joining tablet costs the room about 20 KB of heap (its socket, its
// WebSocket, its connection; server/socketbuffers.h keeps the socket's
// buffers small). glibc grows a thread's heap as it is used, and the
// kernel hands over each new page at its first write, one page fault at a
// time: traced (before the buffers were small), about a fifth of the room
// thread's time during a wave of 1000 joins went there (docs/performance.md,
// "The heap reserve"). The reserve is that heap, written once at start and
// freed again: a wave of joins then reuses pages the process already
// holds. What it costs is its size in resident memory from the start,
// whether tablets come or not.
#pragma once

#include <QtGlobal>

namespace flipover {

// On the calling thread: allocates `bytes` in blocks below malloc's mmap
// threshold, writes every page of them, and frees all but the last, which
// stays allocated between them and the top of the heap: they stay this
// thread's heap as one free chunk (glibc gives back only the top of a heap
// on its own; malloc_trim gives back free chunks too) for what the thread
// allocates next. Returns the bytes reserved: 0 where the allocator
// is not glibc's (a sanitizer's, another C library).
qsizetype reserveHeap(qsizetype bytes);

// The bytes of heap the process has handed out (glibc's mallinfo2: in use
// in every arena, and the chunks mmap'd on their own); -1 where unknown.
// The reserve, once freed, is not in it.
qint64 heapInUse();

} // namespace flipover
