// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// The fuzz targets' one entry point (libFuzzer's, or tests/fuzz/replay.cpp's main).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace storyline::fuzz {

// The input as a QByteArray that owns a copy: Qt may keep or share it, libFuzzer's buffer is
// gone after the call.
inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArrayView(data, qsizetype(size)).toByteArray();
}

// A broken promise of the code under test is a crash, so that libFuzzer keeps the input and the
// replay test fails, whatever the build type.
[[noreturn]] inline void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
    std::abort();
}

} // namespace storyline::fuzz

#define STORYLINE_FUZZ_CHECK(condition)                                                            \
    do {                                                                                           \
        if (!(condition))                                                                          \
            storyline::fuzz::fail(#condition, __FILE__, __LINE__);                                 \
    } while (false)
