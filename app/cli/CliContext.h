#pragma once

#include "directory/DataFolder.h"
#include "error/Error.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace pathways::api {
class DirectoryReader;
}

namespace pathways::cli {

/// What every command shares: the global options and the output streams.
class CliContext
{
public:
    CliContext(directory::DataFolder data, QStringList languages, bool json);
    ~CliContext();

    const directory::DataFolder& data() const { return m_data; }
    /// Content languages in order of preference (from --lang "uk,sl" and the system), never empty.
    const QStringList& languages() const { return m_languages; }
    bool json() const { return m_json; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// The read API over the installed directory (main() has prepared the data folder). Returns nullptr
    /// after printing a one-line error.
    api::DirectoryReader* reader();

    void printJson(const QJsonValue& value);
    /// Prints "pathways-cli: <message>" on stderr and returns the exit code for a user error (1).
    int userError(const QString& message);
    /// Same, for failures that are not the user's doing (2).
    int failure(const QString& message);
    /// Prints the error's message; returns 1 for what the user can correct, else 2.
    int fail(const Error& error);

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
    directory::DataFolder m_data;
    QStringList m_languages;
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<api::DirectoryReader> m_reader;
};

} // namespace pathways::cli
