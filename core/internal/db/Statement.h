#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace pathways::db {

class Connection;

/// A prepared statement, finalized on destruction. Parameters are 1-based, columns 0-based, as in SQLite.
class Statement
{
public:
    Statement(Connection& connection, const QString& sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void bind(int index, const QString& value);
    void bind(int index, const QByteArray& blob);
    /// Binds text already encoded as UTF-8 (no conversion; for values bound many times).
    void bindUtf8(int index, const QByteArray& utf8);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    void bind(int index, double value);
    void bindNull(int index);
    /// Binds an empty QString as NULL; handy for optional CSV fields.
    void bindOptional(int index, const QString& value);
    void bind(int index, const QVariant& value);

    /// Advances to the next row; false when done. Throws DatabaseError on failure.
    bool step();
    /// Runs a statement that returns no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    QString columnText(int column) const;
    qint64 columnInt64(int column) const;
    int columnInt(int column) const { return static_cast<int>(columnInt64(column)); }
    double columnDouble(int column) const;
    QByteArray columnBlob(int column) const;
    QVariant columnValue(int column) const;
    int columnCount() const;
    QString columnName(int column) const;

private:
    Connection* m_connection;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace pathways::db
