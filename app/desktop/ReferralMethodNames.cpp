#include "desktop/ReferralMethodNames.h"

#include <QLocale>
#include <QStringList>

namespace pathways::desktop {

QString ReferralMethodNames::name(const directory::TermRef& method)
{
    if (method.code == QLatin1String("walk-in"))
        return tr("walk in, no appointment needed");
    if (method.code == QLatin1String("call-first"))
        return tr("call before going");
    if (method.code == QLatin1String("appointment"))
        return tr("by appointment only");
    if (method.code == QLatin1String("form"))
        return tr("apply with a form");
    if (method.code == QLatin1String("email"))
        return tr("write an e-mail first");
    if (method.code == QLatin1String("referral-needed"))
        return tr("only with a referral from a worker");
    return method.name.isEmpty() ? method.code : method.name;
}

QString ReferralMethodNames::list(const directory::ServiceRecord& record)
{
    QStringList names;
    for (const auto& method : record.referralMethods)
        names << name(method);
    return names.join(QStringLiteral(", "));
}

QString ReferralMethodNames::ages(const directory::ServiceRecord& record)
{
    const QLocale locale;
    auto number = [&locale](double value) { return locale.toString(value, 'g', 3); };
    if (record.minimumAge && record.maximumAge)
        return tr("%1–%2 years").arg(number(*record.minimumAge), number(*record.maximumAge));
    if (record.minimumAge)
        return tr("from %1 years").arg(number(*record.minimumAge));
    if (record.maximumAge)
        return tr("up to %1 years").arg(number(*record.maximumAge));
    return {};
}

} // namespace pathways::desktop
