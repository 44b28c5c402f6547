#include "CsvWriter.h"

#include <charconv>
#include <stdexcept>

namespace pathways::bench {

namespace {
constexpr size_t kFlushAt = 1 << 20;
}

CsvWriter::CsvWriter(const std::string& path, std::string_view header)
    : m_file(std::fopen(path.c_str(), "wb"))
{
    if (!m_file)
        throw std::runtime_error("cannot write " + path);
    m_buffer.reserve(kFlushAt + 4096);
    m_buffer.append(header);
    m_buffer += '\n';
}

CsvWriter::~CsvWriter()
{
    if (!m_buffer.empty())
        std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file);
    std::fclose(m_file);
}

CsvWriter& CsvWriter::field(std::string_view value)
{
    if (m_rowStarted)
        m_buffer += ',';
    m_rowStarted = true;
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
        m_buffer.append(value);
        return *this;
    }
    m_buffer += '"';
    for (const char c : value) {
        if (c == '"')
            m_buffer += '"';
        m_buffer += c;
    }
    m_buffer += '"';
    return *this;
}

CsvWriter& CsvWriter::field(long long value)
{
    char text[24];
    const auto result = std::to_chars(std::begin(text), std::end(text), value);
    return field(std::string_view(text, static_cast<size_t>(result.ptr - text)));
}

CsvWriter& CsvWriter::field(double value, int decimals)
{
    char text[48];
    const auto result =
        std::to_chars(std::begin(text), std::end(text), value, std::chars_format::fixed, decimals);
    return field(std::string_view(text, static_cast<size_t>(result.ptr - text)));
}

void CsvWriter::endRow()
{
    m_buffer += '\n';
    m_rowStarted = false;
    ++m_rows;
    flushIfFull();
}

void CsvWriter::flushIfFull()
{
    if (m_buffer.size() < kFlushAt)
        return;
    if (std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size())
        throw std::runtime_error("write failed (disk full?)");
    m_buffer.clear();
}

} // namespace pathways::bench
