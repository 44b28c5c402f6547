#include "render/SlipSources.h"

#include "api/DirectoryReader.h"
#include "render/ReferralSlip.h"

namespace pathways::render {

Status SlipSources::load(api::DirectoryReader& reader, const QStringList& ids, const QStringList& fallbackLanguages,
                         SlipRequest* request)
{
    QStringList languages = QStringList{request->clientLanguage} + fallbackLanguages;
    languages.removeAll(QString());
    languages.removeDuplicates();
    QList<api::ServiceDetails> services;
    for (const QString& id : ids) {
        Expected<api::ServiceDetails> details = reader.details(id, languages);
        if (!details)
            return details.error();
        services << std::move(details).value();
    }
    Expected<api::DirectoryStatus> status = reader.status();
    if (!status)
        return status.error();
    request->services = std::move(services);
    request->directory = std::move(status).value();
    return {};
}

} // namespace pathways::render
