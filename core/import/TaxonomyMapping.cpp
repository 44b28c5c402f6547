#include "import/TaxonomyMapping.h"

#include "db/Connection.h"
#include "db/Statement.h"
#include "directory/PathwaysTerms.h"
#include "directory/TaxonomyTerms.h"
#include "import/CsvReader.h"
#include "import/OpenEligibilityMapping.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace pathways::import {

namespace {

const QString kFile = QString::fromLatin1(TaxonomyMapping::kFileName);

struct ImportedTerm
{
    QString id;
    QString parentId;
    QStringList keys; // of its code, its name, and the last part of a slug code
};

// The rules for one taxonomy, by term key, and where they come from.
struct RuleSet
{
    QString source;
    QHash<QString, QStringList> codesByTerm;
    QSet<QString> used; // term keys some term matched
};

QStringList termKeys(const QString& code, const QString& name)
{
    QStringList keys{TaxonomyMapping::key(code), TaxonomyMapping::key(name)};
    const QString lastPart = code.section(QLatin1Char(':'), -1).section(QLatin1Char('/'), -1);
    keys << TaxonomyMapping::key(lastPart);
    keys.removeAll(QString());
    keys.removeDuplicates();
    return keys;
}

} // namespace

QString TaxonomyMapping::key(const QString& text)
{
    QString folded;
    bool gap = false;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber()) {
            if (gap && !folded.isEmpty())
                folded += QLatin1Char('_');
            folded += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    return folded;
}

QList<TaxonomyMapping::Rule> TaxonomyMapping::read(const QString& path, ImportReport& report)
{
    QList<Rule> rules;
    if (!QFileInfo::exists(path))
        return rules;
    const auto finding = [&report](ImportIssue::Severity severity, qint64 line, const QString& column,
                                   const QString& message) {
        report.issues << ImportIssue{severity, kFile, line, column, message};
    };
    CsvReader reader;
    if (!reader.open(path)) {
        finding(ImportIssue::Severity::Fatal, reader.errorLine(), {}, reader.error());
        return rules;
    }
    CsvReader::Record record;
    QString problem;
    const QStringList wanted{QStringLiteral("taxonomy"), QStringLiteral("term"), QStringLiteral("pathways_code")};
    QList<qsizetype> columns;
    for (;;) {
        const CsvReader::Result result = reader.next(record, problem);
        if (result == CsvReader::Result::End)
            break;
        if (result == CsvReader::Result::Skipped) {
            finding(ImportIssue::Severity::Warning, record.line, {}, problem + QStringLiteral(": row not used"));
            continue;
        }
        if (columns.isEmpty()) {
            QStringList header;
            for (const QString& field : std::as_const(record.fields))
                header << field.trimmed().toLower();
            for (const QString& name : wanted)
                columns << header.indexOf(name);
            QStringList missing;
            for (qsizetype i = 0; i < wanted.size(); ++i)
                if (columns.at(i) < 0)
                    missing << wanted.at(i);
            if (!missing.isEmpty()) {
                finding(ImportIssue::Severity::Fatal, record.line, {},
                        QStringLiteral("no %1 column (the columns are taxonomy, term, pathways_code)")
                            .arg(missing.join(QStringLiteral(", "))));
                return {};
            }
            QStringList unknown;
            for (const QString& name : std::as_const(header))
                if (!wanted.contains(name))
                    unknown << name;
            if (!unknown.isEmpty())
                finding(ImportIssue::Severity::Warning, record.line, {},
                        QStringLiteral("%1 column(s) not kept: %2").arg(unknown.size()).arg(unknown.join(QStringLiteral(", "))));
            continue;
        }
        QStringList cells;
        for (const qsizetype column : std::as_const(columns))
            cells << (column < record.fields.size() ? record.fields.at(column).trimmed() : QString());
        bool usable = true;
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            if (cells.at(i).isEmpty()) {
                finding(ImportIssue::Severity::Warning, record.line, wanted.at(i),
                        QStringLiteral("no %1: row not used").arg(wanted.at(i)));
                usable = false;
            }
        }
        if (!usable)
            continue;
        if (!directory::PathwaysTerms::find(cells.at(2))) {
            finding(ImportIssue::Severity::Fatal, record.line, wanted.at(2),
                    QStringLiteral("unknown Pathways code \"%1\" (docs/taxonomy.md lists the category and "
                                   "audience codes)")
                        .arg(cells.at(2)));
            continue;
        }
        rules << Rule{key(cells.at(0)), key(cells.at(1)), cells.at(2), record.line};
    }
    return rules;
}

void TaxonomyMapping::apply(const QList<Rule>& packageRules, db::Connection& target, ImportReport& report)
{
    target.execute(QStringLiteral("DELETE FROM taxonomy_mapping"));
    QHash<QString, RuleSet> packageSets; // taxonomy key -> rules
    for (const Rule& rule : packageRules) {
        RuleSet& set = packageSets[rule.taxonomy];
        set.source = QStringLiteral("package");
        set.codesByTerm[rule.term] << rule.code;
    }
    RuleSet openEligibility{QString::fromLatin1(OpenEligibilityMapping::kSource), {}, {}};
    for (const Rule& rule : OpenEligibilityMapping::rules())
        openEligibility.codesByTerm[rule.term] << rule.code;

    // Terms of Pathways' own taxonomies are never mapped: they are categories and audiences already.
    auto row = target.prepare(QStringLiteral("SELECT t.id, t.code, t.name, t.parent_id, ") +
                              QLatin1String(directory::TaxonomyTerms::kTaxonomySql) +
                              QStringLiteral(", t.taxonomy_id, x.uri FROM taxonomy_term t LEFT JOIN "
                                             "taxonomy x ON x.id = t.taxonomy_id"));
    QHash<QString, ImportedTerm> terms;
    QHash<QString, RuleSet*> setOfTerm;
    while (row.step()) {
        const QString taxonomy = row.columnText(4);
        if (taxonomy.startsWith(QLatin1String("pathways-")))
            continue;
        ImportedTerm term{row.columnText(0), row.columnText(3), termKeys(row.columnText(1), row.columnText(2))};
        RuleSet* set = nullptr;
        for (const QString& name : {taxonomy, row.columnText(5)})
            if (auto it = packageSets.find(key(name)); !set && !name.isEmpty() && it != packageSets.end())
                set = &it.value();
        if (!set && OpenEligibilityMapping::recognises(taxonomy, row.columnText(6)))
            set = &openEligibility;
        if (set)
            setOfTerm.insert(term.id, set);
        terms.insert(term.id, std::move(term));
    }

    const auto ownCodes = [&](const ImportedTerm& term, RuleSet& set) {
        QStringList codes;
        for (const QString& termKey : term.keys) {
            if (const auto it = set.codesByTerm.constFind(termKey); it != set.codesByTerm.constEnd()) {
                codes << it.value();
                set.used.insert(termKey);
            }
        }
        codes.removeDuplicates();
        return codes;
    };
    auto insert = target.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO taxonomy_mapping(taxonomy_term_id, pathways_taxonomy, code, source) "
        "VALUES (?, ?, ?, ?)"));
    QHash<QString, int> mappedBySource;
    for (auto it = setOfTerm.constBegin(); it != setOfTerm.constEnd(); ++it) {
        RuleSet& set = *it.value();
        const ImportedTerm* term = &terms[it.key()];
        QStringList codes = ownCodes(*term, set);
        // A term without a rule takes its nearest ancestor's (a cycle or a long chain is cut at 32).
        for (int depth = 0; codes.isEmpty() && depth < 32 && terms.contains(term->parentId); ++depth) {
            term = &terms[term->parentId];
            if (setOfTerm.value(term->id) != &set)
                break;
            codes = ownCodes(*term, set);
        }
        for (const QString& code : std::as_const(codes)) {
            insert.bind(1, it.key());
            insert.bind(2, directory::PathwaysTerms::find(code)->taxonomy);
            insert.bind(3, code);
            insert.bind(4, set.source);
            insert.step();
            insert.reset();
        }
        if (!codes.isEmpty())
            ++mappedBySource[set.source];
    }
    for (const Rule& rule : packageRules) {
        const auto set = packageSets.constFind(rule.taxonomy);
        if (!set->used.contains(rule.term))
            report.issues << ImportIssue{ImportIssue::Severity::Warning, kFile, rule.line, QStringLiteral("term"),
                                         QStringLiteral("matches no term of that taxonomy in the package: row not used")};
    }
    if (const int n = mappedBySource.value(QStringLiteral("package")); n > 0)
        report.notes << QStringLiteral("%1 term(s) mapped onto Pathways' categories and audiences by %2")
                            .arg(n)
                            .arg(kFile);
    if (const int n = mappedBySource.value(openEligibility.source); n > 0)
        report.notes << QStringLiteral("%1 Open Eligibility term(s) mapped onto Pathways' categories and "
                                       "audiences by the mapping Pathways ships (docs/importing.md)")
                            .arg(n);
}

} // namespace pathways::import
