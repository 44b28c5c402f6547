#include "api/DirectoryReader.h"
#include "api/ReferralLogging.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/PdfOutput.h"
#include "render/ReferralSlip.h"
#include "render/SlipGlossary.h"
#include "render/SlipSources.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace pathways::cli {

int runReferralSlip(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Print a referral slip (PDF) for the client: per service where, when, what to bring, how to call, "
        "with a QR code of its contact, in the client's language."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("Service ids (from search); up to three fit one page."),
                                 QStringLiteral("ID..."));
    parser.addOptions({
        {QStringLiteral("client-lang"), QStringLiteral("The client's language: labels and service text."),
         QStringLiteral("CODE")},
        {QStringLiteral("worker-lang"), QStringLiteral("The worker's language, repeated beside the labels."),
         QStringLiteral("CODE")},
        {QStringLiteral("paper"), QStringLiteral("a4 (default) or letter."), QStringLiteral("SIZE"),
         QStringLiteral("a4")},
        {QStringLiteral("out"), QStringLiteral("The PDF file to write."), QStringLiteral("FILE")},
        {QStringLiteral("client-note"),
         QStringLiteral("The client's name or a note, printed on the slip; never stored. Needs --client-consent."),
         QStringLiteral("TEXT")},
        {QStringLiteral("client-consent"), QStringLiteral("The client agreed to the note being printed.")},
    });
    int exitCode = 0;
    if (!context.begin(parser, QStringLiteral("referral-slip"), arguments, &exitCode))
        return exitCode;

    const Expected<render::SlipGlossary> glossary = render::SlipGlossary::load();
    if (!glossary)
        return context.fail(glossary.error());
    render::SlipRequest request;
    request.clientLanguage = parser.value(QStringLiteral("client-lang")).toLower();
    request.workerLanguage = parser.value(QStringLiteral("worker-lang")).toLower();
    const QString available = glossary->languages().join(QStringLiteral(", "));
    if (request.clientLanguage.isEmpty())
        return context.userError(QStringLiteral("referral-slip needs --client-lang CODE (%1)").arg(available));
    for (const QString& option : {QStringLiteral("client-lang"), QStringLiteral("worker-lang")}) {
        const QString code = parser.value(option).toLower();
        if (!code.isEmpty() && !glossary->has(code))
            return context.userError(
                QStringLiteral("--%1 %2: the slip has no labels in that language (%3)").arg(option, code, available));
    }
    const std::optional<render::Paper> paper = PdfOutput::paper(parser.value(QStringLiteral("paper")));
    if (!paper)
        return context.userError(QStringLiteral("--paper wants a4 or letter, not '%1'").arg(parser.value(QStringLiteral("paper"))));
    request.paper = *paper;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.userError(QStringLiteral("referral-slip needs --out FILE.pdf"));
    request.clientNote = parser.value(QStringLiteral("client-note"));
    request.clientConsent = parser.isSet(QStringLiteral("client-consent"));
    if (!request.clientNote.trimmed().isEmpty() && !request.clientConsent)
        return context.userError(QStringLiteral(
            "--client-note is printed only with --client-consent (ask the client first); nothing was written"));
    QStringList ids = parser.positionalArguments();
    ids.removeDuplicates();
    if (ids.isEmpty())
        return context.userError(QStringLiteral("referral-slip needs at least one service id"));

    api::DirectoryReader* directory = context.reader();
    if (!directory)
        return 2;
    if (Status loaded = render::SlipSources::load(*directory, ids, context.languages(), &request); !loaded)
        return context.fail(loaded.error());

    const Expected<render::RenderedSlip> slip = render::ReferralSlip::render(request, *glossary);
    if (!slip)
        return context.fail(slip.error());
    // Written whole or not at all: a half-written PDF is never left where the worker expects the slip.
    if (!PdfOutput::write(context, out, slip->pdf))
        return 2;
    // A referral made: the optional referral log (off by default) counts it; the client's note never goes there.
    if (const Expected<int> logged =
            api::ReferralLogging::record(context.data().userDatabasePath(), *directory, ids, context.languages());
        !logged)
        context.err() << "warning: the slip was written, but the referral log was not: " << logged.error().message
                      << Qt::endl;
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("file"), out},
                                      {QStringLiteral("services"), int(request.services.size())},
                                      {QStringLiteral("pages"), slip->pages}});
    else
        context.out() << "wrote " << out << " (" << request.services.size() << " services, " << slip->pages
                      << (slip->pages == 1 ? " page)" : " pages)") << Qt::endl;
    return 0;
}

} // namespace pathways::cli
