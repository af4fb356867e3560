#include "heapreserve.h"

#include <mutex>
#include <vector>

#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
#include <malloc.h>
#include <unistd.h>
#define FLIPOVER_GLIBC_HEAP 1
#endif
#if defined(__SANITIZE_ADDRESS__)
#define FLIPOVER_SANITIZED_HEAP 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FLIPOVER_SANITIZED_HEAP 1
#endif
#endif
// glibc's own heap: the one the reserve fills and mallinfo2 counts.
#if defined(FLIPOVER_GLIBC_HEAP) && !defined(FLIPOVER_SANITIZED_HEAP)
#define FLIPOVER_OWN_HEAP 1
#endif

namespace flipover {

qsizetype reserveHeap(qsizetype bytes)
{
#if defined(FLIPOVER_OWN_HEAP)
    // 64 KiB: far below the 128 KiB from which glibc maps a block on its
    // own (a mapped block goes back to the system when it is freed).
    constexpr qsizetype Block = 64 * 1024 - 64;
    const long page = ::sysconf(_SC_PAGESIZE);
    std::vector<char *> blocks;
    blocks.reserve(size_t(bytes / Block + 1));
    qsizetype reserved = 0;
    while (reserved < bytes) {
        auto *block = static_cast<char *>(::malloc(size_t(Block)));
        if (!block)
            break;
        // One write a page is what makes it resident (a memset of zeros
        // may become calloc, which knows fresh pages are zero and skips them).
        for (qsizetype at = 0; at < Block; at += page)
            static_cast<volatile char *>(block)[at] = 1;
        blocks.push_back(block);
        reserved += Block;
    }
    // The last block, carved from the top of the heap after all the others,
    // stays allocated: the free chunk the others make then does not border
    // the top (the part glibc trims) for as long as the process lives.
    static std::mutex fencesMutex;
    static std::vector<char *> fences;
    if (!blocks.empty()) {
        const std::lock_guard<std::mutex> lock(fencesMutex);
        fences.push_back(blocks.back());
        blocks.pop_back();
    }
    for (char *block : blocks)
        ::free(block);
    return reserved;
#else
    Q_UNUSED(bytes);
    return 0;
#endif
}

qint64 heapInUse()
{
#if defined(FLIPOVER_OWN_HEAP)
    const struct mallinfo2 info = ::mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
#else
    return -1;
#endif
}

} // namespace flipover
