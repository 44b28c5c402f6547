#include "import/CsvReader.h"

#include <QFile>
#include <cstring>
#include <utility>

namespace pathways::import {

namespace {

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0U) == 0x80U;
}

qint64 countNewlines(const char* begin, const char* end)
{
    qint64 count = 0;
    for (const char* p = begin; p < end; ++p)
        count += *p == '\n' ? 1 : 0;
    return count;
}

} // namespace

qsizetype firstInvalidUtf8(const QByteArray& data)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80U) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80U;  // allowed range of the second byte: excludes overlong forms,
        unsigned char high = 0xBFU; // surrogates (ED A0..BF) and code points above U+10FFFF
        if (lead >= 0xC2U && lead <= 0xDFU) {
            length = 2;
        } else if (lead >= 0xE0U && lead <= 0xEFU) {
            length = 3;
            if (lead == 0xE0U)
                low = 0xA0U;
            else if (lead == 0xEDU)
                high = 0x9FU;
        } else if (lead >= 0xF0U && lead <= 0xF4U) {
            length = 4;
            if (lead == 0xF0U)
                low = 0x90U;
            else if (lead == 0xF4U)
                high = 0x8FU;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (bytes[i + 1] < low || bytes[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (!isContinuation(bytes[i + k]))
                return i;
        }
        i += length;
    }
    return -1;
}

bool CsvReader::open(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read the file: %1").arg(file.errorString());
        return false;
    }
    // Checked before reading so that a huge file is never loaded into memory.
    if (file.size() > kMaxFileBytes) {
        m_error = QStringLiteral("the file is %1 MiB, larger than the %2 MiB an import accepts")
                      .arg(file.size() / (1024 * 1024))
                      .arg(kMaxFileBytes / (1024 * 1024));
        return false;
    }
    QByteArray data = file.read(kMaxFileBytes + 1);
    if (data.size() > kMaxFileBytes) { // a sequential device may not know its size up front
        m_error = QStringLiteral("the file is larger than the %1 MiB an import accepts")
                      .arg(kMaxFileBytes / (1024 * 1024));
        return false;
    }
    return setData(std::move(data));
}

bool CsvReader::setData(QByteArray data)
{
    m_data = std::move(data);
    m_pos = 0;
    m_line = 1;
    m_error.clear();
    m_errorLine = 0;
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    const qsizetype bad = firstInvalidUtf8(m_data);
    if (bad >= 0) {
        m_errorLine = 1 + countNewlines(m_data.constData(), m_data.constData() + bad);
        m_error = QStringLiteral("not valid UTF-8 (byte 0x%1); save the file as UTF-8")
                      .arg(static_cast<unsigned char>(m_data.at(bad)), 2, 16, QLatin1Char('0'));
        m_data.clear();
        return false;
    }
    return true;
}

// Reads a quoted field whose opening quote is at m_pos, up to and including its closing quote, into
// `buffer`. Returns false when the file ends first.
bool CsvReader::readQuoted(QByteArray& buffer)
{
    const char* data = m_data.constData();
    const qsizetype size = m_data.size();
    ++m_pos;
    while (m_pos < size) {
        const auto* quote =
            static_cast<const char*>(std::memchr(data + m_pos, '"', static_cast<size_t>(size - m_pos)));
        if (!quote) {
            m_line += countNewlines(data + m_pos, data + size);
            m_pos = size;
            return false;
        }
        const qsizetype at = quote - data;
        m_line += countNewlines(data + m_pos, quote);
        buffer.append(data + m_pos, at - m_pos);
        if (at + 1 < size && data[at + 1] == '"') { // a doubled quote stands for one quote
            buffer.append('"');
            m_pos = at + 2;
            continue;
        }
        m_pos = at + 1;
        return true;
    }
    return false;
}

char CsvReader::detectSeparator() const
{
    const char* data = m_data.constData();
    const qsizetype size = m_data.size();
    qsizetype pos = m_pos;
    while (pos < size && (data[pos] == '\n' || data[pos] == '\r'))
        ++pos;
    qint64 commas = 0;
    qint64 semicolons = 0;
    qint64 tabs = 0;
    bool quoted = false;
    for (; pos < size; ++pos) {
        const char c = data[pos];
        if (c == '"')
            quoted = !quoted; // a doubled quote toggles twice: still inside
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
    }
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return ',';
}

CsvReader::Result CsvReader::next(Record& record, QString& problem)
{
    const char* data = m_data.constData();
    const qsizetype size = m_data.size();
    // Blank lines separate nothing in CSV; skipping them keeps a trailing empty line from being a record.
    while (m_pos < size && (data[m_pos] == '\n' || data[m_pos] == '\r')) {
        if (data[m_pos] == '\n' || m_pos + 1 >= size || data[m_pos + 1] != '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= size)
        return Result::End;

    record.line = m_line;
    record.fields.clear();
    const char separator = m_separator;
    bool tooLong = false;
    QByteArray buffer;
    while (true) {
        qsizetype fieldBytes = 0;
        if (m_pos < size && data[m_pos] == '"') {
            buffer.clear();
            if (!readQuoted(buffer)) {
                problem = QStringLiteral("a quoted field is never closed; the rest of the file (to line %1) "
                                         "was not read")
                              .arg(m_line);
                return Result::Skipped;
            }
            // Text between a closing quote and the next separator is kept rather than lost.
            while (m_pos < size && data[m_pos] != separator && data[m_pos] != '\n' && data[m_pos] != '\r')
                buffer.append(data[m_pos++]);
            if (buffer.contains('\r'))
                buffer.replace("\r\n", "\n");
            fieldBytes = buffer.size();
            record.fields.append(fieldBytes > kMaxFieldBytes ? QString() : QString::fromUtf8(buffer));
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size && data[m_pos] != separator && data[m_pos] != '\n' && data[m_pos] != '\r')
                ++m_pos;
            fieldBytes = m_pos - start;
            record.fields.append(fieldBytes > kMaxFieldBytes ? QString()
                                                             : QString::fromUtf8(data + start, fieldBytes));
        }
        tooLong = tooLong || fieldBytes > kMaxFieldBytes;

        if (m_pos >= size)
            break;
        const char ended = data[m_pos++];
        if (ended == separator)
            continue;
        if (ended == '\r' && m_pos < size && data[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        break;
    }
    if (tooLong) {
        problem = QStringLiteral("a field is longer than %1 MiB; the record was skipped")
                      .arg(kMaxFieldBytes / (1024 * 1024));
        return Result::Skipped;
    }
    return Result::Record;
}

} // namespace pathways::import
