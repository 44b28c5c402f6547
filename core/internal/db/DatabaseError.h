#pragma once

#include <QString>
#include <stdexcept>

namespace pathways::db {

/// Thrown by Connection and Statement when SQLite reports an error. The message is one line, fit for a
/// user-facing error after a prefix saying what was being done.
class DatabaseError : public std::runtime_error
{
public:
    DatabaseError(const QString& message, int sqliteCode)
        : std::runtime_error(message.toStdString()), m_code(sqliteCode)
    {
    }
    int sqliteCode() const { return m_code; }
    QString message() const { return QString::fromStdString(what()); }

private:
    int m_code;
};

} // namespace pathways::db
