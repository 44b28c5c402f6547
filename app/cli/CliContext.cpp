#include "cli/CliContext.h"

#include "api/DirectoryReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace pathways::cli {

CliContext::CliContext(directory::DataFolder data, QStringList languages, bool json)
    : m_data(std::move(data)), m_languages(std::move(languages)), m_json(json), m_out(stdout), m_err(stderr)
{
}

CliContext::~CliContext() = default;

api::DirectoryReader* CliContext::reader()
{
    if (m_reader)
        return m_reader.get();
    Expected<std::unique_ptr<api::DirectoryReader>> opened = api::DirectoryReader::open(m_data);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    m_reader = std::move(opened.value());
    return m_reader.get();
}

bool CliContext::begin(QCommandLineParser& parser, const QString& command, const QStringList& arguments,
                       int* exitCode)
{
    *exitCode = 0;
    if (!parse(parser, command, arguments)) {
        *exitCode = 1;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        m_out.flush();
        return false;
    }
    return true;
}

void CliContext::printJson(const QJsonValue& value)
{
    QJsonDocument document;
    if (value.isArray())
        document.setArray(value.toArray());
    else
        document.setObject(value.toObject());
    m_out << document.toJson(QJsonDocument::Indented);
    m_out.flush();
}

int CliContext::userError(const QString& message)
{
    m_out.flush();
    m_err << "pathways-cli: " << message << Qt::endl;
    return 1;
}

int CliContext::failure(const QString& message)
{
    m_out.flush();
    m_err << "pathways-cli: " << message << Qt::endl;
    return 2;
}

int CliContext::fail(const Error& error)
{
    return error.isUsersToCorrect() ? userError(error.message) : failure(error.message);
}

} // namespace pathways::cli
