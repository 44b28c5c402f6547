#include "api/DirectoryReader.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace pathways::cli {

namespace {

QJsonValue text(const QString& value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonArray terms(const QList<directory::TermRef>& list)
{
    QJsonArray array;
    for (const auto& term : list)
        array.append(QJsonObject{{QStringLiteral("code"), term.code}, {QStringLiteral("name"), term.name}});
    return array;
}

QJsonArray locations(const QList<directory::LocationRecord>& list)
{
    QJsonArray array;
    for (const auto& location : list) {
        QJsonArray addresses;
        for (const auto& a : location.addresses)
            addresses.append(QJsonObject{{QStringLiteral("attention"), text(a.attention)},
                                         {QStringLiteral("address_1"), text(a.address1)},
                                         {QStringLiteral("address_2"), text(a.address2)},
                                         {QStringLiteral("city"), text(a.city)},
                                         {QStringLiteral("region"), text(a.region)},
                                         {QStringLiteral("postal_code"), text(a.postalCode)},
                                         {QStringLiteral("country"), text(a.country)}});
        array.append(QJsonObject{
            {QStringLiteral("id"), location.id},
            {QStringLiteral("name"), text(location.name)},
            {QStringLiteral("description"), text(location.description)},
            {QStringLiteral("transportation"), text(location.transportation)},
            {QStringLiteral("latitude"), number(location.latitude)},
            {QStringLiteral("longitude"), number(location.longitude)},
            {QStringLiteral("addresses"), addresses},
            {QStringLiteral("accessibility"), QJsonArray::fromStringList(location.accessibility)}});
    }
    return array;
}

QJsonObject toJson(const directory::ServiceRecord& r, const QJsonArray& schedules)
{
    QJsonArray phones, contacts, languages, costs;
    for (const auto& p : r.phones)
        phones.append(QJsonObject{{QStringLiteral("number"), p.number},
                                  {QStringLiteral("extension"), text(p.extension)},
                                  {QStringLiteral("type"), text(p.type)},
                                  {QStringLiteral("description"), text(p.description)}});
    for (const auto& c : r.contacts)
        contacts.append(QJsonObject{{QStringLiteral("name"), text(c.name)},
                                    {QStringLiteral("title"), text(c.title)},
                                    {QStringLiteral("department"), text(c.department)},
                                    {QStringLiteral("email"), text(c.email)}});
    for (const auto& l : r.languages)
        languages.append(QJsonObject{{QStringLiteral("code"), text(l.code)},
                                     {QStringLiteral("name"), text(l.name)},
                                     {QStringLiteral("note"), text(l.note)}});
    for (const auto& c : r.costs)
        costs.append(QJsonObject{{QStringLiteral("option"), text(c.option)},
                                 {QStringLiteral("amount"), number(c.amount)},
                                 {QStringLiteral("currency"), text(c.currency)},
                                 {QStringLiteral("amount_description"), text(c.amountDescription)}});
    QJsonObject json{
        {QStringLiteral("id"), r.summary.id},
        {QStringLiteral("name"), r.summary.name.text},
        {QStringLiteral("name_language"), r.summary.name.locale},
        {QStringLiteral("alternate_name"), text(r.alternateName.text)},
        {QStringLiteral("organization"),
         QJsonObject{{QStringLiteral("id"), text(r.organizationId)},
                     {QStringLiteral("name"), text(r.summary.organization)},
                     {QStringLiteral("description"), text(r.organizationDescription.text)}}},
        {QStringLiteral("status"), text(r.status)},
        {QStringLiteral("description"), text(r.description.text)},
        {QStringLiteral("categories"), terms(r.summary.categories)},
        {QStringLiteral("audiences"), terms(r.summary.audiences)},
        {QStringLiteral("municipality"), text(r.summary.municipality)},
        {QStringLiteral("eligibility"), text(r.eligibility.text)},
        {QStringLiteral("minimum_age"), number(r.minimumAge)},
        {QStringLiteral("maximum_age"), number(r.maximumAge)},
        {QStringLiteral("application_process"), text(r.applicationProcess.text)},
        {QStringLiteral("required_documents"), QJsonArray::fromStringList(r.requiredDocuments)},
        {QStringLiteral("fees_description"), text(r.feesDescription.text)},
        {QStringLiteral("cost_options"), costs},
        {QStringLiteral("interpretation_services"), text(r.interpretationServices.text)},
        {QStringLiteral("wait_time"), text(r.waitTime.text)},
        {QStringLiteral("alert"), text(r.alert.text)},
        {QStringLiteral("url"), text(r.url)},
        {QStringLiteral("email"), text(r.email)},
        {QStringLiteral("phones"), phones},
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("languages"), languages},
        {QStringLiteral("locations"), locations(r.locations)},
        {QStringLiteral("service_areas"), QJsonArray::fromStringList(r.serviceAreas)},
        {QStringLiteral("schedules"), schedules},
        {QStringLiteral("hours"), text(r.hoursSummary)},
        {QStringLiteral("verified"), text(r.summary.assuredDate)},
        {QStringLiteral("last_modified"), text(r.lastModified)},
        {QStringLiteral("source"), text(r.source)},
        {QStringLiteral("demonstration"), r.summary.demonstration},
    };
    // Only when the data says how to refer: records without it keep the shape `show --json` always had.
    if (!r.referralMethods.isEmpty())
        json.insert(QStringLiteral("referral_methods"), terms(r.referralMethods));
    return json;
}

void printField(QTextStream& out, const char* label, const QString& value)
{
    if (!value.isEmpty())
        out << QString::fromLatin1(label).leftJustified(15) << value << '\n';
}

} // namespace

int runShow(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show everything a referral needs about one service."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The service id (from search)."));
    int exitCode = 0;
    if (!context.begin(parser, QStringLiteral("show"), arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.userError(QStringLiteral("show needs exactly one service id"));
    api::DirectoryReader* directory = context.reader();
    if (!directory)
        return 2;
    const Expected<api::ServiceDetails> details =
        directory->details(parser.positionalArguments().first(), context.languages());
    if (!details)
        return context.fail(details.error());
    QJsonArray schedules;
    for (const auto& rule : details->schedules)
        schedules.append(QJsonObject{{QStringLiteral("id"), rule.id},
                                     {QStringLiteral("freq"), text(rule.freq)},
                                     {QStringLiteral("byday"), text(rule.byday)},
                                     {QStringLiteral("opens_at"), text(rule.opensAt)},
                                     {QStringLiteral("closes_at"), text(rule.closesAt)},
                                     {QStringLiteral("valid_from"), text(rule.validFrom)},
                                     {QStringLiteral("valid_to"), text(rule.validTo)},
                                     {QStringLiteral("timezone"), text(rule.timezone)},
                                     {QStringLiteral("description"), text(rule.description)}});
    if (context.json()) {
        context.printJson(toJson(details->record, schedules));
        return 0;
    }
    QTextStream& out = context.out();
    const auto& r = details->record;
    out << r.summary.name.text << '\n' << QString(r.summary.name.text.size(), QLatin1Char('=')) << '\n';
    if (r.summary.demonstration)
        out << "DEMONSTRATION DATA: verify every detail with the organisation before referring.\n";
    printField(out, "Organisation:", r.summary.organization);
    printField(out, "Status:", r.status);
    QStringList names;
    for (const auto& t : r.summary.categories)
        names << t.name;
    printField(out, "Categories:", names.join(QStringLiteral(", ")));
    names.clear();
    for (const auto& t : r.summary.audiences)
        names << t.name;
    printField(out, "For:", names.join(QStringLiteral(", ")));
    out << '\n' << r.description.text << "\n\n";
    printField(out, "Eligibility:", r.eligibility.text);
    names.clear();
    for (const auto& t : r.referralMethods)
        names << t.name;
    printField(out, "How to refer:", names.join(QStringLiteral(", ")));
    printField(out, "How to apply:", r.applicationProcess.text);
    printField(out, "Waiting time:", r.waitTime.text);
    printField(out, "Documents:", r.requiredDocuments.join(QStringLiteral("; ")));
    printField(out, "Fees:", r.feesDescription.text);
    for (const auto& p : r.phones)
        printField(out, "Phone:",
                   p.number + (p.extension.isEmpty() ? QString() : QStringLiteral(" ext. ") + p.extension) +
                       (p.description.isEmpty() ? QString()
                                                : QStringLiteral(" (") + p.description + QLatin1Char(')')));
    printField(out, "E-mail:", r.email);
    printField(out, "Website:", r.url);
    for (const auto& c : r.contacts)
        printField(out, "Contact:", QStringList{c.name, c.title, c.email}.join(QStringLiteral(", ")));
    for (const auto& l : r.locations) {
        QStringList parts{l.name};
        for (const auto& a : l.addresses)
            parts << QStringList{a.address1, a.postalCode, a.city, a.country}
                         .join(QLatin1Char(' '))
                         .simplified();
        printField(out, "Location:", parts.join(QStringLiteral(", ")));
    }
    printField(out, "Service area:", r.serviceAreas.join(QStringLiteral(", ")));
    QStringList spoken;
    for (const auto& l : r.languages)
        spoken << (l.name.isEmpty() ? l.code : l.name);
    printField(out, "Languages:", spoken.join(QStringLiteral(", ")));
    // Hours a publisher wrote in words that could not be read (a sheet's "by appointment") are shown as
    // written, never turned into times.
    QStringList written;
    for (const auto& rule : details->schedules)
        if (rule.givesNoHours() && !rule.description.isEmpty() && !written.contains(rule.description))
            written << rule.description;
    printField(
        out, "Hours:",
        !r.hoursSummary.isEmpty() ? r.hoursSummary
        : written.isEmpty()
            ? QStringLiteral("not given")
            : QStringLiteral("not given as times; as written: %1").arg(written.join(QStringLiteral("; "))));
    printField(
        out, "Verified:", r.summary.assuredDate.isEmpty() ? QStringLiteral("never") : r.summary.assuredDate);
    printField(out, "Source:", r.source);
    printField(out, "Id:", r.summary.id);
    out.flush();
    return 0;
}

} // namespace pathways::cli
