#pragma once

#include "directory/DataDirectory.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace pathways::db {
class Connection;
}

namespace pathways::cli {

/// What every command shares: the global options and the output streams.
class CliContext
{
public:
    CliContext(directory::DataDirectory data, QStringList languages, bool json);
    ~CliContext();

    const directory::DataDirectory& data() const { return m_data; }
    /// Content languages in order of preference (from --lang "uk,sl" and the system), never empty.
    const QStringList& languages() const { return m_languages; }
    bool json() const { return m_json; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// The installed directory, read-only; on first run the embedded default directory is installed first.
    /// Returns nullptr after printing a one-line error.
    db::Connection* directory();

    void printJson(const QJsonValue& value);
    /// Prints "pathways-cli: <message>" on stderr and returns the exit code for a user error (1).
    int userError(const QString& message);
    /// Same, for failures that are not the user's doing (2).
    int failure(const QString& message);

    /// The start of every command: parses `arguments` (options already added to `parser`) and prints the help
    /// when asked. Returns true when the command should go on; otherwise `*exitCode` is what it returns.
    bool begin(QCommandLineParser& parser, const QString& command, const QStringList& arguments,
               int* exitCode);

    /// Parses `arguments` of a command with QCommandLineParser options already added; on a parse error
    /// prints it and returns false.
    template <typename Parser>
    bool parse(Parser& parser, const QString& command, const QStringList& arguments)
    {
        if (parser.parse(QStringList{command} + arguments))
            return true;
        userError(parser.errorText());
        return false;
    }

private:
    directory::DataDirectory m_data;
    QStringList m_languages;
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<db::Connection> m_directory;
};

} // namespace pathways::cli
