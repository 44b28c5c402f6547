#include "desktop/PathwayDialog.h"

#include "api/DirectoryReader.h"
#include "api/ReferralPathway.h"
#include "desktop/PrintOutput.h"
#include "desktop/TranslationLoader.h"
#include "render/PathwayBooklet.h"
#include "render/SlipGlossary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace pathways::desktop {

namespace {

QStringList ticked(const QListWidget* list)
{
    QStringList values;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            values << list->item(i)->data(Qt::UserRole).toString();
    return values;
}

QListWidgetItem* checkable(const QString& text, const QString& value, QListWidget* list)
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, value);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    return item;
}

} // namespace

PathwayDialog::PathwayDialog(directory::DataFolder folder, const QString& language,
                             const QStringList& fallbackLanguages, QWidget* parent)
    : QDialog(parent), m_folder(std::move(folder)), m_fallbackLanguages(fallbackLanguages),
      m_allPlaces(new QCheckBox(tr("All &municipalities"), this)), m_places(new QListWidget(this)),
      m_allCategories(new QCheckBox(tr("All c&ategories"), this)), m_categories(new QListWidget(this)),
      m_language(new QComboBox(this)), m_paper(new QComboBox(this)), m_size(new QLabel(this)),
      m_preview(new QPushButton(tr("Print pre&view…"), this)), m_print(new QPushButton(tr("&Print…"), this)),
      m_save(new QPushButton(tr("&Save as PDF…"), this))
{
    setWindowTitle(tr("Printable referral pathway"));
    m_places->setAccessibleName(tr("Municipalities in the booklet"));
    m_categories->setAccessibleName(tr("Categories in the booklet"));
    m_allPlaces->setChecked(true);
    m_allCategories->setChecked(true);
    fillLists();

    const Expected<render::SlipGlossary> glossary = render::SlipGlossary::load();
    const QStringList languages = glossary ? glossary->languages() : QStringList{QStringLiteral("en")};
    for (const QString& code : languages)
        m_language->addItem(QStringLiteral("%1 (%2)").arg(TranslationLoader::languageName(code), code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_paper->addItem(tr("A4"), int(render::Paper::A4));
    m_paper->addItem(tr("Letter"), int(render::Paper::Letter));
    m_paper->setCurrentIndex(QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? 1 : 0);
    m_size->setWordWrap(true);

    auto* lists = new QGridLayout;
    lists->addWidget(m_allPlaces, 0, 0);
    lists->addWidget(m_places, 1, 0);
    lists->addWidget(m_allCategories, 0, 1);
    lists->addWidget(m_categories, 1, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Language of the booklet:"), m_language);
    form->addRow(tr("P&aper:"), m_paper);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(lists, 1);
    layout->addLayout(form);
    layout->addWidget(m_size);
    layout->addWidget(buttons);

    // Wide enough for long category names side by side with the places; fits a 1024x600 screen.
    resize(760, 460);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, &PathwayDialog::preview);
    connect(m_print, &QPushButton::clicked, this, &PathwayDialog::print);
    connect(m_save, &QPushButton::clicked, this, &PathwayDialog::askAndSave);
    for (QCheckBox* all : {m_allPlaces, m_allCategories})
        connect(all, &QCheckBox::toggled, this, &PathwayDialog::updateSize);
    for (QListWidget* list : {m_places, m_categories})
        connect(list, &QListWidget::itemChanged, this, &PathwayDialog::updateSize);
    updateSize();
}

PathwayDialog::~PathwayDialog() = default;

void PathwayDialog::fillLists()
{
    // A reader of its own on this thread, as the slip dialog has: the search worker's belongs to its thread.
    Expected<std::unique_ptr<api::DirectoryReader>> reader = api::DirectoryReader::open(m_folder);
    if (!reader)
        return;
    m_reader = std::move(reader).value();
    const QLocale locale;
    if (const auto places = m_reader->municipalities())
        for (const api::ListEntry& place : *places)
            checkable(place.region ? tr("%1 (region, %2)").arg(place.name, locale.toString(place.services))
                                   : QStringLiteral("%1 (%2)").arg(place.name, locale.toString(place.services)),
                      place.name, m_places);
    if (const auto categories = m_reader->categories(m_fallbackLanguages))
        for (const api::ListEntry& category : *categories)
            if (category.services > 0) // a category without services would only make an empty choice
                checkable(QStringLiteral("%1 (%2)").arg(category.name, locale.toString(category.services)),
                          category.code, m_categories);
}

QStringList PathwayDialog::chosenPlaces() const
{
    return m_allPlaces->isChecked() ? QStringList{} : ticked(m_places);
}

QStringList PathwayDialog::chosenCategories() const
{
    return m_allCategories->isChecked() ? QStringList{} : ticked(m_categories);
}

void PathwayDialog::updateSize()
{
    m_places->setEnabled(!m_allPlaces->isChecked());
    m_categories->setEnabled(!m_allCategories->isChecked());
    bool ready = false;
    if (!m_reader) {
        m_size->setText(tr("The directory cannot be read, so no booklet can be made."));
    } else if ((!m_allPlaces->isChecked() && chosenPlaces().isEmpty()) ||
               (!m_allCategories->isChecked() && chosenCategories().isEmpty())) {
        m_size->setText(tr("Tick at least one municipality and one category, or choose all."));
    } else if (const Expected<api::PathwaySize> size =
                   api::ReferralPathway::size(*m_reader, chosenPlaces(), chosenCategories());
               !size) {
        m_size->setText(tr("The booklet cannot be counted: %1").arg(size.error().message));
    } else if (size->services == 0) {
        m_size->setText(tr("No service matches this choice: the booklet would be empty."));
    } else {
        //: %1 is "N services", %2 "N categories", both counted from the installed directory.
        m_size->setText(tr("The booklet will list %1 in %2.")
                            .arg(tr("%n service(s)", nullptr, size->services),
                                 tr("%n category(ies)", nullptr, size->categories)));
        ready = true;
    }
    for (QPushButton* button : {m_preview, m_print, m_save})
        button->setEnabled(ready);
}

Expected<render::PathwayRequest> PathwayDialog::request()
{
    if (!m_reader)
        return Error::unreadable(tr("the directory cannot be read"));
    render::PathwayRequest request;
    request.language = m_language->currentData().toString();
    request.paper = m_paper->currentData().toInt() == int(render::Paper::Letter) ? render::Paper::Letter
                                                                                   : render::Paper::A4;
    QStringList languages{request.language};
    for (const QString& fallback : std::as_const(m_fallbackLanguages))
        if (!languages.contains(fallback))
            languages << fallback;
    Expected<api::PathwayContent> content =
        api::ReferralPathway::select(*m_reader, chosenPlaces(), chosenCategories(), languages);
    if (!content)
        return content.error();
    request.content = std::move(content).value();
    return request;
}

void PathwayDialog::showError(const Error& error)
{
    QMessageBox::warning(this, tr("Printable referral pathway"), tr("The booklet could not be made: %1").arg(error.message));
}

Status PathwayDialog::saveAsPdf(const QString& path)
{
    const Expected<render::SlipGlossary> glossary = render::SlipGlossary::load();
    if (!glossary)
        return glossary.error();
    const Expected<render::PathwayRequest> booklet = request();
    if (!booklet)
        return booklet.error();
    const Expected<render::RenderedBooklet> rendered = render::PathwayBooklet::render(*booklet, *glossary);
    if (!rendered)
        return rendered.error();
    return PrintOutput::write(path, rendered->pdf);
}

void PathwayDialog::askAndSave()
{
    const QString path = PrintOutput::askPath(this, tr("Save referral pathway"), tr("referral-pathway.pdf"));
    if (path.isEmpty())
        return;
    if (Status saved = saveAsPdf(path); !saved)
        showError(saved.error());
    else
        accept();
}

bool PathwayDialog::prepare(QPrinter* printer, render::PathwayRequest* booklet, render::SlipGlossary* glossary)
{
    Expected<render::SlipGlossary> labels = render::SlipGlossary::load();
    Expected<render::PathwayRequest> chosen = labels ? request() : Expected<render::PathwayRequest>(labels.error());
    if (!chosen) {
        showError(chosen.error());
        return false;
    }
    *booklet = std::move(chosen).value();
    *glossary = std::move(labels).value();
    printer->setPageLayout(render::ReferralSlip::pageLayout(booklet->paper));
    printer->setDocName(glossary->label(booklet->language, QStringLiteral("pathway_title")));
    return true;
}

void PathwayDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    render::PathwayRequest booklet;
    render::SlipGlossary glossary;
    if (!prepare(&printer, &booklet, &glossary))
        return;
    const Expected<bool> done = PrintOutput::print(this, &printer, [&](QPagedPaintDevice* device) {
        return render::PathwayBooklet::paint(booklet, glossary, device);
    });
    if (!done)
        return showError(done.error());
    if (*done)
        accept();
}

void PathwayDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    render::PathwayRequest booklet;
    render::SlipGlossary glossary;
    if (prepare(&printer, &booklet, &glossary))
        PrintOutput::preview(
            this, &printer,
            [&](QPagedPaintDevice* device) { return render::PathwayBooklet::paint(booklet, glossary, device); },
            [this](const Error& error) { showError(error); });
}

} // namespace pathways::desktop
