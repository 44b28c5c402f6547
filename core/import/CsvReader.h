#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pathways::import {

/// A small RFC 4180 reader for one UTF-8 CSV file held in memory.
///
/// Accepts what real exports contain: a UTF-8 byte order mark (skipped), CRLF or LF line ends, quoted
/// fields with doubled quotes and line breaks inside (a CRLF inside a quoted field becomes LF), blank
/// lines (skipped). Leniently keeps a stray quote inside an unquoted field, and text after a closing
/// quote, as literal characters: refusing them would lose records for no benefit.
///
/// The reader knows nothing about headers or columns; it yields records of fields, each with the
/// 1-based line on which the record starts, so every finding can point at a line of the file.
class CsvReader
{
public:
    /// Files larger than this are refused as a whole: the importer reads a file into memory at once. The
    /// same 1 GiB as a bundle's whole uncompressed payload; 1,000,000 services with 15-40-word descriptions
    /// make a services.csv of about 390 MiB.
    static constexpr qint64 kMaxFileBytes = 1024LL * 1024 * 1024;
    /// A single field larger than this makes its record be skipped: no HSDS text field is that long,
    /// so such a field is a broken quote or a hostile file.
    static constexpr qint64 kMaxFieldBytes = 1024LL * 1024;

    struct Record
    {
        qint64 line = 0; ///< 1-based line where the record starts
        QStringList fields;
    };

    enum class Result {
        Record,  ///< `record` holds the next record
        Skipped, ///< a record at `record.line` could not be read; `problem` says why; reading goes on
        End      ///< no more records
    };

    /// Reads the whole file at `path` through QFile, so Qt resource paths (":/...") work. Returns false,
    /// with a one-line reason in error() and errorLine(), when the file cannot be opened, is larger than
    /// kMaxFileBytes or is not valid UTF-8.
    bool open(const QString& path);
    /// Same as open() for bytes already in memory.
    bool setData(QByteArray data);

    QString error() const { return m_error; }
    /// Bytes of the file read so far (of size()), for a progress bar within one file.
    qint64 position() const { return m_pos; }
    qint64 size() const { return m_data.size(); }
    /// Line of the problem reported by error(), 0 when it concerns the whole file.
    qint64 errorLine() const { return m_errorLine; }

    /// The character between fields: ',' unless set (a sheet saved by a spreadsheet in a locale whose decimal
    /// mark is a comma has ';').
    void setSeparator(char separator) { m_separator = separator; }
    char separator() const { return m_separator; }
    /// The separator of the header row that the next record starts: whichever of ',', ';' and tab occurs
    /// most often outside quotes (',' on a tie or when none does). Does not move the reader.
    char detectSeparator() const;

    /// Reads the next record. After Skipped the reader has moved past the bad record (or, for an
    /// unterminated quote, to the end of the file, since where the record ends cannot be known).
    Result next(Record& record, QString& problem);

private:
    bool readQuoted(QByteArray& buffer);

    QByteArray m_data;
    qsizetype m_pos = 0;
    char m_separator = ',';
    qint64 m_line = 1;
    QString m_error;
    qint64 m_errorLine = 0;
};

/// Offset of the first byte that breaks UTF-8 well-formedness (overlong forms, surrogates and code points
/// above U+10FFFF included), or -1 when `data` is valid UTF-8.
qsizetype firstInvalidUtf8(const QByteArray& data);

} // namespace pathways::import
