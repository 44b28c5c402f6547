#pragma once

#include <QString>

namespace pathways {

/// The one error type of Pathways: what kind of failure it is (which decides a command's exit code and the
/// window's wording), one line for the person using the program, and the technical detail for support.
/// db::DatabaseError stays for what SQLite itself reports, inside core; it becomes an Error at the core API.
struct Error
{
    enum class Kind {
        InvalidInput, ///< the user asked for something that cannot be (an unknown code, a bad option value)
        NotFound,     ///< a service, file or key that does not exist
        Unreadable,   ///< the data folder or a file cannot be read, or is damaged
        Refused,      ///< input that was read and refused (a bundle that is not genuine, an invalid package)
        Network,      ///< a download failed
        Cancelled,    ///< the user stopped it
        Io,           ///< writing failed (disk full, no permission)
    };

    Kind kind = Kind::Unreadable;
    QString message; ///< one line, fit for the user after a prefix naming what was being done
    QString detail;  ///< optional: technical detail (SQLite's words, a step number, a path)

    static Error invalidInput(QString message) { return {Kind::InvalidInput, std::move(message), {}}; }
    static Error notFound(QString message) { return {Kind::NotFound, std::move(message), {}}; }
    static Error unreadable(QString message, QString detail = {})
    {
        return {Kind::Unreadable, std::move(message), std::move(detail)};
    }
    static Error refused(QString message, QString detail = {})
    {
        return {Kind::Refused, std::move(message), std::move(detail)};
    }

    /// True for what the user can correct by asking differently (exit code 1 on the command line); the rest
    /// are failures of data, disk or network (exit code 2).
    bool isUsersToCorrect() const { return kind == Kind::InvalidInput || kind == Kind::NotFound; }
};

} // namespace pathways
