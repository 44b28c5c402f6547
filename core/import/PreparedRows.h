#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace pathways::import {

/// One checked record, its values already converted to what SQLite stores (text stays UTF-16: reading and
/// checking is the slower side, so the writing thread encodes it).
struct PreparedRow
{
    struct Value
    {
        enum class Kind : unsigned char { Null, Text, Integer, Real };
        Kind kind = Kind::Null;
        QString text; // converted to UTF-8 by the writing thread, which has time to spare
        qint64 integer = 0;
        double real = 0;
    };
    qint64 line = 0;
    QString id;
    QVarLengthArray<Value, 24> values; // one per table column, in column order
};

using PreparedBatch = std::vector<PreparedRow>;

/// Hands batches of checked rows from the thread that reads and checks a CSV file to the thread that
/// writes them into SQLite. Bounded, so a fast reader cannot hold a whole file's rows in memory twice.
class PreparedRowQueue
{
public:
    static constexpr size_t kBatchRows = 256;

    /// Blocks while the queue is full; false once cancel() was called (the rows are dropped).
    bool push(PreparedBatch batch);
    /// Blocks while the queue is empty and open; false when closed and drained, or cancelled.
    bool pop(PreparedBatch& batch);
    /// No more batches will come.
    void close();
    /// The writer gave up: wake and stop the reader.
    void cancel();
    bool cancelled() const;

private:
    static constexpr size_t kMaxBatches = 64;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<PreparedBatch> m_batches;
    bool m_closed = false;
    bool m_cancelled = false;
};

} // namespace pathways::import
