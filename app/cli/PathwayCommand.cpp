// pathway [--municipality NAME]... [--category CODE]... --lang CODE --out FILE.pdf: the printable referral
// pathway of a place, generated from the installed directory.
#include "api/DirectoryReader.h"
#include "api/ReferralPathway.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/PdfOutput.h"
#include "render/PathwayBooklet.h"
#include "render/SlipGlossary.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace pathways::cli {

int runPathway(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Print the referral pathway (PDF): the directory's services for a place grouped by category, with "
        "contacts and hours, a table of contents, and the directory's publisher, version and date on every page."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("municipality"), QStringLiteral("A municipality or region (repeat for several; default: all)."),
         QStringLiteral("NAME")},
        {QStringLiteral("category"), QStringLiteral("A category code (repeat for several; default: all)."),
         QStringLiteral("CODE")},
        {QStringLiteral("paper"), QStringLiteral("a4 (default) or letter."), QStringLiteral("SIZE"), QStringLiteral("a4")},
        {QStringLiteral("out"), QStringLiteral("The PDF file to write."), QStringLiteral("FILE")},
    });
    int exitCode = 0;
    if (!context.begin(parser, QStringLiteral("pathway"), arguments, &exitCode))
        return exitCode;
    const Expected<render::SlipGlossary> glossary = render::SlipGlossary::load();
    if (!glossary)
        return context.fail(glossary.error());
    render::PathwayRequest request;
    // The labels follow the first content language (--lang) the glossary has.
    for (const QString& language : context.languages())
        if (request.language.isEmpty() && glossary->has(language))
            request.language = language;
    if (request.language.isEmpty())
        request.language = QStringLiteral("en");
    const std::optional<render::Paper> paper = PdfOutput::paper(parser.value(QStringLiteral("paper")));
    if (!paper)
        return context.userError(QStringLiteral("--paper wants a4 or letter, not '%1'").arg(parser.value(QStringLiteral("paper"))));
    request.paper = *paper;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.userError(QStringLiteral("pathway needs --out FILE.pdf"));
    api::DirectoryReader* directory = context.reader();
    if (!directory)
        return 2;
    Expected<api::PathwayContent> content =
        api::ReferralPathway::select(*directory, parser.values(QStringLiteral("municipality")),
                                     parser.values(QStringLiteral("category")), context.languages());
    if (!content)
        return context.fail(content.error());
    request.content = std::move(content).value();
    const Expected<render::RenderedBooklet> booklet = render::PathwayBooklet::render(request, *glossary);
    if (!booklet)
        return context.fail(booklet.error());
    if (!PdfOutput::write(context, out, booklet->pdf))
        return 2;
    int services = 0;
    for (const auto& section : request.content.sections)
        services += int(section.services.size());
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("file"), out},
                                      {QStringLiteral("categories"), int(request.content.sections.size())},
                                      {QStringLiteral("entries"), services},
                                      {QStringLiteral("pages"), booklet->pages}});
    else
        context.out() << "wrote " << out << " (" << request.content.sections.size() << " categories, " << services
                      << " entries, " << booklet->pages << " pages)" << Qt::endl;
    return 0;
}

} // namespace pathways::cli
