#include "desktop/MainWindow.h"

#include "desktop/ActiveFiltersBar.h"
#include "desktop/DetailView.h"
#include "desktop/DirectoryBanner.h"
#include "desktop/DirectoryWatcher.h"
#include "desktop/ResultsModel.h"
#include "desktop/SearchController.h"
#include "desktop/TranslationLoader.h"
#include "desktop/UpdateController.h"
#include "user/UserStore.h"

#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pathways::desktop {

MainWindow::MainWindow(directory::DataFolder dataFolder, QStringList contentLanguages, QWidget* parent)
    : QMainWindow(parent), m_data(std::move(dataFolder)), m_controller(new SearchController(m_data, this)),
      m_updates(new UpdateController(m_data, this)), m_watcher(nullptr),
      m_translations(new TranslationLoader(this))
{
    if (m_data.ensureExists()) {
        try {
            m_user = std::make_unique<user::UserStore>(m_data.userDatabasePath());
        } catch (const std::exception&) {
            m_user.reset(); // notes unavailable; the directory still works
        }
    }
    m_watcher = new DirectoryWatcher(m_data, this);
    m_controller->setLanguages(contentLanguages.isEmpty() ? m_settings.contentLanguages() : contentLanguages);
    m_translations->apply(m_settings.interfaceLanguage());
    buildWidgets();
    buildMenus();
    retranslate();
    setAcceptDrops(true);

    connect(m_controller, &SearchController::resultsReady, this, &MainWindow::showResults);
    connect(m_controller, &SearchController::recordReady, m_detail, &DetailView::showRecord);
    connect(m_controller, &SearchController::directoryOpened, this, &MainWindow::showDirectory);
    connect(m_controller, &SearchController::directoryFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Cannot open the directory: %1").arg(message));
    });
    connect(m_updates, &UpdateController::finished, this, &MainWindow::updateFinished);
    connect(m_watcher, &DirectoryWatcher::directoryReplaced, this, [this] {
        statusBar()->showMessage(tr("The directory was updated by another program; showing the new one."),
                                 8000);
        m_controller->reopenDirectory();
    });
    restoreState();
    m_controller->reopenDirectory(); // opens (main() prepared the data folder) and runs the first query
    runQuery();
}

MainWindow::~MainWindow()
{
    m_detail->flushNote();
}

void MainWindow::buildWidgets()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    auto* searchRow = new QHBoxLayout;
    m_search = new QLineEdit(central);
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("search"));
    QFont searchFont = m_search->font();
    searchFont.setPointSizeF(searchFont.pointSizeF() * 1.25);
    m_search->setFont(searchFont);
    m_sort = new QComboBox(central);
    m_count = new QLabel(central);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_sort);
    searchRow->addWidget(m_count);
    layout->addLayout(searchRow);

    m_banner = new DirectoryBanner(central);
    layout->addWidget(m_banner);
    m_activeFilters = new ActiveFiltersBar(central);
    layout->addWidget(m_activeFilters);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_facets = new FacetPanel;
    auto* facetScroll = new QScrollArea(m_splitter);
    facetScroll->setWidget(m_facets);
    facetScroll->setWidgetResizable(true);
    facetScroll->setMinimumWidth(180);
    m_model = new ResultsModel(this);
    m_results = new QTableView(m_splitter);
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->setWordWrap(false);
    m_results->verticalHeader()->hide();
    QHeaderView* header = m_results->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ResultsModel::Name, QHeaderView::Stretch);
    for (const int column :
         {ResultsModel::Place, ResultsModel::Distance, ResultsModel::Hours, ResultsModel::Verified})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(ResultsModel::Organization, 150);
    header->resizeSection(ResultsModel::Categories, 130);
    m_results->setTabKeyNavigation(false);
    m_detail = new DetailView(m_user.get(), m_splitter);
    m_splitter->addWidget(facetScroll);
    m_splitter->addWidget(m_results);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({230, 700, 440});
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_provenance = new QLabel(this);
    statusBar()->addPermanentWidget(m_provenance);

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::runQuery);
    connect(m_sort, qOverload<int>(&QComboBox::currentIndexChanged), this, &MainWindow::runQuery);
    connect(m_facets, &FacetPanel::filtersChanged, this, &MainWindow::setFilters);
    connect(m_activeFilters, &ActiveFiltersBar::filtersChanged, this, &MainWindow::setFilters);
    connect(m_results, &QTableView::activated, this, [this] {
        openCurrent();
        m_detail->browser()->setFocus();
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::openCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_results->currentIndex().isValid())
            m_results->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_detail, &DetailView::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 4000); });
    connect(m_detail, &DetailView::favouritesChanged, this, [this] {
        if (m_filters.favouritesOnly)
            runQuery();
    });

    // Keyboard first: Ctrl+F / Ctrl+K return to the search field, Esc clears it, Down enters the results.
    for (const QKeySequence& key : {QKeySequence(QKeySequence::Find), QKeySequence(Qt::CTRL | Qt::Key_K)}) {
        auto* shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &MainWindow::focusSearch);
    }
    auto* escape =
        new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, m_search, &QLineEdit::clear);
    auto* down = new QShortcut(QKeySequence(Qt::Key_Down), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] {
        m_results->setFocus();
        if (!m_results->currentIndex().isValid() && m_model->rowCount() > 0)
            m_results->setCurrentIndex(m_model->index(0, 0));
    });
    setTabOrder(m_search, m_sort);
    setTabOrder(m_sort, m_facets);
    setTabOrder(m_facets, m_results);
    setTabOrder(m_results, m_detail->browser());
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Pathways — referral directory"));
    m_search->setPlaceholderText(tr("Search services, organisations, places, in any language… (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setAccessibleDescription(tr("Results update as you type. Press Down to move to the results."));
    const int sort = std::max(0, m_sort->currentIndex());
    const QSignalBlocker blocker(m_sort);
    m_sort->clear();
    m_sort->addItem(tr("Best match"));
    m_sort->addItem(tr("Nearest first", "sort order; needs a home place in Settings"));
    m_sort->setCurrentIndex(sort);
    m_sort->setAccessibleName(tr("Sort order"));
    m_results->setAccessibleName(tr("Results"));
    m_results->setAccessibleDescription(tr("Arrow keys move, Enter opens the details."));
    m_facets->setAccessibleName(tr("Filters"));
    showDirectory(m_info);
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, ResultsModel::ColumnCount - 1);
    if (m_activeFilters)
        m_activeFilters->setFilters(m_filters, *m_facets);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_search)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::setFilters(const FilterState& filters)
{
    m_filters = filters;
    m_facets->setFilters(filters);
    m_activeFilters->setFilters(filters, *m_facets);
    runQuery();
}

void MainWindow::runQuery()
{
    search::SearchQuery query;
    query.text = m_search->text();
    query.categories = m_filters.categories;
    query.audiences = m_filters.audiences;
    query.municipality = m_filters.municipality;
    query.language = m_filters.language;
    query.freeOnly = m_filters.freeOnly;
    if (m_filters.openNow)
        query.openAt = QDateTime::currentDateTimeUtc();
    if (m_filters.favouritesOnly) {
        query.onlyServices = m_user ? m_user->favourites() : QStringList();
        if (query.onlyServices.isEmpty())
            query.onlyServices << QStringLiteral("\x01no favourites");
    }
    query.nearPlace = m_settings.homePlace();
    if (m_sort->currentIndex() == 1)
        query.sort = search::SearchQuery::Sort::Distance;
    query.limit = 200;
    m_controller->setQuery(query);
}

bool MainWindow::searchSettled() const
{
    return !m_controller->isPending() && m_shownGeneration == m_controller->generation() &&
           m_facetsGeneration == m_controller->generation();
}

void MainWindow::showResults(const SearchResponse& response)
{
    if (response.facetsOnly) {
        if (response.facets) {
            m_facets->setCounts(*response.facets, response.facetNames);
            m_activeFilters->setFilters(m_filters, *m_facets);
        }
        m_facetsGeneration = response.generation;
        return;
    }
    ++m_answers;
    m_shownGeneration = response.generation;
    if (!response.error.isEmpty()) {
        statusBar()->showMessage(tr("Search failed: %1").arg(response.error), 8000);
        return;
    }
    const QString current = m_model->serviceId(m_results->currentIndex().row());
    m_model->setRows(response.rows);
    m_results->setColumnHidden(ResultsModel::Distance,
                               !std::any_of(response.rows.cbegin(), response.rows.cend(),
                                            [](const ResultRow& r) { return r.distanceKm.has_value(); }));
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->serviceId(row) == current)
            m_results->setCurrentIndex(m_model->index(row, 0));
    if (response.rows.isEmpty())
        m_detail->clear();
    m_count->setText(response.more ? tr("%1+ results").arg(response.rows.size())
                                   : tr("%n result(s)", "", static_cast<int>(response.rows.size())));
    if (response.facets) {
        m_facets->setCounts(*response.facets, response.facetNames);
        m_activeFilters->setFilters(m_filters, *m_facets);
    }
}

void MainWindow::openCurrent()
{
    const QString id = m_model->serviceId(m_results->currentIndex().row());
    if (!id.isEmpty() && id != m_detail->serviceId())
        m_controller->loadRecord(id);
}

void MainWindow::showDirectory(const DirectoryInfo& info)
{
    m_info = info;
    if (info.fileIdentity != 0)
        m_watcher->setOpenedIdentity(info.fileIdentity);
    m_banner->setDirectory(info, QDateTime::currentDateTimeUtc());
    if (info.publisher.isEmpty()) {
        m_provenance->clear();
        return;
    }
    const QDateTime created = QDateTime::fromString(info.created, Qt::ISODate);
    const qint64 age = created.isValid() ? created.daysTo(QDateTime::currentDateTimeUtc()) : -1;
    m_provenance->setText(
        tr("%1 · version %2 · %3 (%n day(s) old) · %4 services", "",
           static_cast<int>(std::max<qint64>(0, age)))
            .arg(info.publisher)
            .arg(info.sequence)
            .arg(created.isValid() ? QLocale().toString(created.date(), QLocale::ShortFormat) : info.created)
            .arg(info.services));
    m_provenance->setAccessibleName(tr("Directory provenance"));
}

} // namespace pathways::desktop
