// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The fuzz targets without libFuzzer: feeds every file under the given folders (the seeds and
// every crash found, tests/fuzz/corpus/<target>/) to LLVMFuzzerTestOneInput once, in name order.
// ctest runs it as fuzz.<target> in the ordinary and the sanitizer builds.
#include "fuzzcheck.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::cerr << "usage: " << argv[0] << " FOLDER...\n";
        return 2;
    }
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        std::error_code error;
        for (const auto &entry : std::filesystem::recursive_directory_iterator(argv[i], error)) {
            if (entry.is_regular_file())
                files.push_back(entry.path());
        }
        if (error) {
            std::cerr << argv[i] << ": " << error.message() << '\n';
            return 2;
        }
    }
    if (files.empty()) {
        std::cerr << "no inputs found\n";
        return 2;
    }
    std::sort(files.begin(), files.end());
    for (const auto &path : files) {
        // Named first, so that a crash says which input it was.
        std::cout << path.string() << std::endl;
        std::ifstream in(path, std::ios::binary);
        const std::vector<char> data{std::istreambuf_iterator<char>(in),
                                     std::istreambuf_iterator<char>()};
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.data()), data.size());
    }
    std::cout << files.size() << " inputs replayed\n";
    return 0;
}
