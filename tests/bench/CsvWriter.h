#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace pathways::bench {

/// Writes one RFC 4180 CSV file from UTF-8 bytes. Deliberately not QString-based: the generator writes
/// hundreds of megabytes and must stay well under a minute for a million services.
class CsvWriter
{
public:
    /// Opens `path` for writing and writes `header` (already comma-separated). Throws std::runtime_error.
    CsvWriter(const std::string& path, std::string_view header);
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    CsvWriter& field(std::string_view value);
    CsvWriter& field(long long value);
    CsvWriter& field(double value, int decimals);
    CsvWriter& empty() { return field(std::string_view()); }
    void endRow();

    long long rows() const { return m_rows; }

private:
    void flushIfFull();

    std::FILE* m_file = nullptr;
    std::string m_buffer;
    bool m_rowStarted = false;
    long long m_rows = 0;
};

} // namespace pathways::bench
