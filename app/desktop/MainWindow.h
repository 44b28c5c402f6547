#pragma once

#include "desktop/AppSettings.h"
#include "desktop/FacetPanel.h"
#include "desktop/ResultsTable.h"
#include "desktop/SearchTypes.h"
#include "directory/DataFolder.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace pathways::user {
class UserStore;
}

namespace pathways::desktop {

class ActiveFiltersBar;
class DetailView;
class NoResultsView;
class DirectoryBanner;
class DirectoryWatcher;
class ResultsModel;
class ResultsPresenter;
class SearchController;
class ProvenanceLabel;
class ReferralActions;
class ResultActions;
class SearchBar;
class TranslationLoader;
class UpdateActions;
class UpdateDialog;

/// The window: search field, facets, results and details side by side, status bar with provenance. It only
/// wires parts together: queries run in SearchController's worker, updates in UpdateController's.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(directory::DataFolder dataFolder, QStringList contentLanguages, QWidget* parent = nullptr);
    ~MainWindow() override;

    // For tests and the screenshot script: the real widgets.
    QLineEdit* searchField() const;
    QTableView* resultsView() const { return m_results; }
    ResultsModel* resultsModel() const { return m_model; }
    FacetPanel* facetPanel() const { return m_facets; }
    /// Rows asked for per keystroke; further pages come as the list is scrolled to its end, or at once when
    /// the list is taller than a page (the view asks for more while its last row is in sight). A 1366x768
    /// screen shows about 20 rows: reading each row's summary on the worker (its categories and hours) was
    /// a quarter of the time to a painted list at 100k with 50 rows a page (docs/benchmarks.md).
    static constexpr int kPageRows = 30;
    /// Below this width the details go under the results.
    static constexpr int kStackedBelowWidth = 1180;
    bool detailsBelowResults() const;
    DetailView* detailView() const { return m_detail; }
    NoResultsView* noResultsView() const { return m_noResults; }
    DirectoryBanner* banner() const { return m_banner; }
    UpdateDialog* lastUpdateDialog() const;
    ReferralActions* referralActions() const { return m_referrals; }
    const DirectoryInfo& directoryInfo() const { return m_info; }
    /// Results answered so far (grows with each answer shown); tests wait on it.
    int answersShown() const;
    /// True when the newest query's results and facet counts are shown (no debounce or search pending).
    bool searchSettled() const;

public Q_SLOTS:
    /// The one path for updates: the menu, drag-and-drop and a file on the command line all come here.
    void applyBundle(const QString& path);
    void shareDirectory();
    void focusSearch();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildWidgets();
    void buildMenus();
    void retranslate();
    void updateTabOrder();
    void showActiveFilters();
    void runQuery();
    void setFilters(const FilterState& filters);
    void showDirectory(const DirectoryInfo& info);
    void clearDetail();
    QString currentServiceId() const;
    void openSettings();
    void restoreState();

    directory::DataFolder m_data;
    AppSettings m_settings;
    std::unique_ptr<user::UserStore> m_user;
    SearchController* m_controller;
    UpdateActions* m_updates = nullptr;
    ResultActions* m_resultActions = nullptr;
    ReferralActions* m_referrals = nullptr;
    DirectoryWatcher* m_watcher;
    TranslationLoader* m_translations;
    SearchBar* m_searchBar = nullptr;
    DirectoryBanner* m_banner = nullptr;
    ActiveFiltersBar* m_activeFilters = nullptr;
    FacetPanel* m_facets = nullptr;
    ResultsTable* m_results = nullptr;
    ResultsModel* m_model = nullptr;
    ResultsPresenter* m_presenter = nullptr;
    DetailView* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;     ///< filters | results and details
    QSplitter* m_resultsSplit = nullptr; ///< results | details, or results over details when narrow
    QScrollArea* m_facetScroll = nullptr;
    QStackedWidget* m_resultsStack = nullptr; ///< the list, or what to do when nothing matches
    NoResultsView* m_noResults = nullptr;
    ProvenanceLabel* m_provenance = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    DirectoryInfo m_info;
    FilterState m_filters;
    bool m_directoryOpened = false; ///< the check at start runs once, after the first opening
};

} // namespace pathways::desktop
