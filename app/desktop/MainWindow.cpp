#include "desktop/MainWindow.h"

#include "desktop/AboutDialog.h"
#include "desktop/ActiveFiltersBar.h"
#include "desktop/DetailView.h"
#include "desktop/DirectoryBanner.h"
#include "desktop/DirectoryWatcher.h"
#include "desktop/NoResultsView.h"
#include "desktop/ProvenanceLabel.h"
#include "desktop/ReferralActions.h"
#include "desktop/ResultActions.h"
#include "desktop/ResultsModel.h"
#include "desktop/ResultsPresenter.h"
#include "desktop/ResultsTable.h"
#include "desktop/SearchBar.h"
#include "desktop/SearchController.h"
#include "desktop/SettingsDialog.h"
#include "desktop/TranslationLoader.h"
#include "desktop/UpdateActions.h"
#include "desktop/UpdateDialog.h"
#include "desktop/WindowQuery.h"
#include "desktop/WindowState.h"
#include "user/UserStore.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QResizeEvent>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace pathways::desktop {

namespace {

bool isBundle(const QUrl& url)
{
    return url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".pathways"), Qt::CaseInsensitive);
}

} // namespace

MainWindow::MainWindow(directory::DataFolder dataFolder, QStringList contentLanguages, QWidget* parent)
    : QMainWindow(parent), m_data(std::move(dataFolder)), m_controller(new SearchController(m_data, this)),
      m_watcher(nullptr),
      m_translations(new TranslationLoader(this))
{
    QString userStoreProblem;
    if (m_data.ensureExists()) {
        auto opened = user::UserStore::open(m_data.userDatabasePath());
        if (opened)
            m_user = std::move(opened.value());
        else
            userStoreProblem = opened.error().message; // notes unavailable; the directory still works
    }
    m_watcher = new DirectoryWatcher(m_data, this);
    m_controller->setLanguages(contentLanguages.isEmpty() ? m_settings.contentLanguages() : contentLanguages);
    m_translations->apply(m_settings.interfaceLanguage());
    m_updates = new UpdateActions(m_data, m_settings, this);
    buildWidgets();
    buildMenus();
    retranslate();
    setAcceptDrops(true);

    connect(m_model, &ResultsModel::moreWanted, m_controller, &SearchController::fetchPage);
    connect(m_controller, &SearchController::directoryOpened, this, &MainWindow::showDirectory);
    connect(m_controller, &SearchController::directoryOpened, this, [this](const DirectoryInfo& info) {
        if (!std::exchange(m_directoryOpened, true)) // once: reopening after an install is no new start
            m_updates->checkAtStart(info.created);
    });
    connect(m_controller, &SearchController::directoryFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Cannot open the directory: %1").arg(message));
    });
    connect(m_updates, &UpdateActions::installed, this, [this] {
        clearDetail();
        m_controller->reopenDirectory();
    });
    connect(m_updates, &UpdateActions::message, statusBar(), &QStatusBar::showMessage);
    connect(m_watcher, &DirectoryWatcher::directoryReplaced, this, [this] {
        statusBar()->showMessage(tr("The directory was updated by another program; showing the new one."),
                                 8000);
        m_controller->reopenDirectory();
    });
    restoreState();
    if (!userStoreProblem.isEmpty())
        statusBar()->showMessage(tr("Notes and favourites are unavailable: %1").arg(userStoreProblem));
    m_controller->reopenDirectory(); // opens (main() prepared the data folder) and runs the first query
    runQuery();
}

MainWindow::~MainWindow()
{
    m_detail->flushNote();
}

void MainWindow::buildMenus()
{
    m_resultActions = new ResultActions(m_results, m_detail, [this] { return currentServiceId(); }, this);
    connect(m_resultActions, &ResultActions::message, statusBar(), &QStatusBar::showMessage);
    m_fileMenu = menuBar()->addMenu(QString());
    m_updates->addTo(m_fileMenu);
    m_fileMenu->addSeparator();
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSettings);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_referrals = new ReferralActions(m_data, m_settings, m_results, m_detail, [this] { return currentServiceId(); },
                                      this);
    connect(m_referrals, &ReferralActions::message, statusBar(), &QStatusBar::showMessage);
    menuBar()->addMenu(m_referrals->menu());
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] { AboutDialog(m_info, this).exec(); });
}

QLineEdit* MainWindow::searchField() const
{
    return m_searchBar->field();
}

UpdateDialog* MainWindow::lastUpdateDialog() const
{
    return m_updates->lastDialog();
}

void MainWindow::applyBundle(const QString& path)
{
    m_updates->applyBundle(path);
}

void MainWindow::shareDirectory()
{
    m_updates->shareDirectory();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_data.root(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_translations->apply(m_settings.interfaceLanguage()); // LanguageChange retranslates the widgets
    m_controller->setLanguages(m_settings.contentLanguages());
    m_updates->updateAddressChanged();
    clearDetail();
    runQuery();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && isBundle(urls.first()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && isBundle(urls.first())) {
        event->acceptProposedAction();
        applyBundle(urls.first().toLocalFile());
    }
}

void MainWindow::restoreState()
{
    WindowState::fitToScreen(*this, m_settings.windowGeometry());
    m_splitter->restoreState(m_settings.splitterState());
    m_searchBar->setNearPlace(m_settings.homePlace()); // the home place is where distances start
    m_filters = WindowState::filtersFromJson(m_settings.filters());
    m_facets->setFilters(m_filters);
    showActiveFilters();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_detail->flushNote();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setFilters(WindowState::filtersToJson(m_filters));
    QMainWindow::closeEvent(event);
}

void MainWindow::buildWidgets()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    m_searchBar = new SearchBar(central);
    layout->addWidget(m_searchBar);

    m_banner = new DirectoryBanner(central);
    layout->addWidget(m_banner);
    m_activeFilters = new ActiveFiltersBar(central);
    layout->addWidget(m_activeFilters);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setChildrenCollapsible(false);
    m_facets = new FacetPanel;
    m_facetScroll = new QScrollArea(m_splitter);
    m_facetScroll->setWidget(m_facets);
    m_facetScroll->setWidgetResizable(true);
    m_facetScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_facetScroll->setMinimumWidth(160);
    m_facetScroll->setFocusPolicy(Qt::NoFocus); // the filters inside take focus, not their frame
    m_model = new ResultsModel(this);
    // Results and details side by side on a wide window, the details under the list on a narrow one.
    m_resultsSplit = new QSplitter(Qt::Horizontal, m_splitter);
    m_resultsSplit->setChildrenCollapsible(false);
    m_resultsStack = new QStackedWidget(m_resultsSplit);
    m_results = new ResultsTable(m_model, m_resultsStack);
    m_results->setMinimumSize(200, 120);
    m_noResults = new NoResultsView(m_resultsStack);
    m_resultsStack->addWidget(m_results);
    m_resultsStack->addWidget(m_noResults);
    m_detail = new DetailView(m_user.get(), m_resultsSplit);
    m_detail->setMinimumSize(200, 120);
    m_resultsSplit->setStretchFactor(0, 3);
    m_resultsSplit->setStretchFactor(1, 2);
    m_splitter->addWidget(m_facetScroll);
    m_splitter->addWidget(m_resultsSplit);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({230, 1140});
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_provenance = new ProvenanceLabel(this);
    statusBar()->addPermanentWidget(m_provenance);

    connect(m_searchBar, &SearchBar::changed, this, &MainWindow::runQuery);
    connect(m_noResults, &NoResultsView::withinCleared, m_searchBar, &SearchBar::clearWithin);
    connect(m_facets, &FacetPanel::filtersChanged, this, &MainWindow::setFilters);
    connect(m_activeFilters, &ActiveFiltersBar::filtersChanged, this, &MainWindow::setFilters);
    connect(m_noResults, &NoResultsView::filtersChanged, this, &MainWindow::setFilters);
    connect(m_noResults, &NoResultsView::clearTextRequested, m_searchBar->field(), &QLineEdit::clear);
    connect(m_noResults, &NoResultsView::textRequested, m_searchBar->field(), &QLineEdit::setText);
    m_presenter = new ResultsPresenter(
        {m_controller, m_model, m_results, m_resultsStack, m_noResults, m_detail, m_searchBar, m_facets,
         statusBar()},
        [this]() -> const FilterState& { return m_filters; }, this);
    connect(m_presenter, &ResultsPresenter::countsShown, this, &MainWindow::showActiveFilters);
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
    connect(m_searchBar, &SearchBar::downPressed, this, [this] {
        m_results->setFocus();
        if (!m_results->currentIndex().isValid() && m_model->rowCount() > 0)
            m_results->setCurrentIndex(m_model->index(0, 0));
    });
    updateTabOrder();
    // Focus must be visible wherever the keyboard is: a frame in the highlight colour around the list.
    // The same 2 px either way, so nothing shifts when focus arrives.
    // A header view is an item view too: without the last rule it got the frame and padding, which took 4 px
    // from the columns and clipped the last header ("Перевірено").
    setStyleSheet(QStringLiteral("QAbstractItemView { border: 1px solid palette(mid); padding: 1px; }"
                                 "QAbstractItemView:focus { border: 2px solid palette(highlight); padding: 0; }"
                                 "QHeaderView { border: none; padding: 0; }"));
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Pathways — referral directory"));
    m_results->setAccessibleName(tr("Results"));
    m_results->setAccessibleDescription(tr("Arrow keys move, Enter opens the details."));
    m_facets->setAccessibleName(tr("Filters"));
    m_fileMenu->setTitle(tr("&Directory"));
    m_updates->retranslate();
    m_settingsAction->setText(tr("S&ettings…"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Pathways"));
    m_resultActions->retranslate();
    m_referrals->retranslate();
    showDirectory(m_info);
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, ResultsModel::ColumnCount - 1);
    if (m_activeFilters)
        showActiveFilters();
}

void MainWindow::updateTabOrder()
{
    // search -> near -> within -> sort -> filters (active-filter buttons, then the panel) -> results -> details. Qt's default
    // chain is creation order, which the filter buttons (made on every change) would break.
    QList<QWidget*> chain{m_searchBar->field(), m_searchBar->nearField(), m_searchBar->withinBox(),
                          m_searchBar->sortBox()};
    for (QWidget* container : {static_cast<QWidget*>(m_activeFilters), static_cast<QWidget*>(m_facets)})
        for (QWidget* child : container->findChildren<QWidget*>())
            if ((child->focusPolicy() & Qt::TabFocus) && child->parentWidget() == container)
                chain << child;
    chain << m_results;
    for (QWidget* child : m_detail->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
        if (child->focusPolicy() & Qt::TabFocus)
            chain << child;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void MainWindow::showActiveFilters()
{
    m_activeFilters->setFilters(m_filters, *m_facets);
    updateTabOrder();
}

bool MainWindow::detailsBelowResults() const
{
    return m_resultsSplit->orientation() == Qt::Vertical;
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    const Qt::Orientation wanted = width() < kStackedBelowWidth ? Qt::Vertical : Qt::Horizontal;
    if (m_resultsSplit->orientation() != wanted) {
        m_resultsSplit->setOrientation(wanted);
        // Stacked, the details get the larger part: they are what a referral is made from.
        const bool stacked = wanted == Qt::Vertical;
        m_resultsSplit->setStretchFactor(0, stacked ? 2 : 3);
        m_resultsSplit->setStretchFactor(1, stacked ? 3 : 2);
        m_resultsSplit->setSizes(stacked ? QList<int>{2000, 3000} : QList<int>{3000, 2000});
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_searchBar)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::focusSearch()
{
    m_searchBar->focusField();
}

void MainWindow::setFilters(const FilterState& filters)
{
    m_filters = filters;
    m_facets->setFilters(filters);
    showActiveFilters();
    runQuery();
}

void MainWindow::runQuery()
{
    m_controller->setQuery(WindowQuery::build(*m_searchBar, m_filters, m_user.get(), kPageRows));
}

bool MainWindow::searchSettled() const
{
    return m_presenter->settled();
}

int MainWindow::answersShown() const
{
    return m_presenter->answersShown();
}

QString MainWindow::currentServiceId() const
{
    return m_presenter->currentServiceId();
}

void MainWindow::clearDetail()
{
    m_presenter->clearDetail();
}

void MainWindow::showDirectory(const DirectoryInfo& info)
{
    m_info = info;
    if (info.fileIdentity != 0)
        m_watcher->setOpenedIdentity(info.fileIdentity);
    m_banner->setDirectory(info, QDateTime::currentDateTimeUtc());
    m_provenance->setDirectory(info);
    m_searchBar->setPlaces(info.places);
}

} // namespace pathways::desktop
