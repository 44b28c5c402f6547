// MainWindow: menus, updating and sharing the directory, settings, and window state.
#include "desktop/AboutDialog.h"
#include "desktop/ActiveFiltersBar.h"
#include "desktop/DetailView.h"
#include "desktop/DirectoryWatcher.h"
#include "desktop/MainWindow.h"
#include "desktop/ReferralText.h"
#include "desktop/ResultsTable.h"
#include "desktop/SearchController.h"
#include "desktop/SettingsDialog.h"
#include "desktop/TranslationLoader.h"
#include "desktop/TrustedPublishersDialog.h"
#include "desktop/UpdateController.h"
#include "desktop/UpdateDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>

namespace pathways::desktop {

namespace {

bool isBundle(const QUrl& url)
{
    return url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".pathways"), Qt::CaseInsensitive);
}

QByteArray filtersToJson(const FilterState& f)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("categories"), QJsonArray::fromStringList(f.categories)},
                                     {QStringLiteral("audiences"), QJsonArray::fromStringList(f.audiences)},
                                     {QStringLiteral("municipality"), f.municipality},
                                     {QStringLiteral("language"), f.language},
                                     {QStringLiteral("free"), f.freeOnly},
                                     {QStringLiteral("open"), f.openNow},
                                     {QStringLiteral("favourites"), f.favouritesOnly}})
        .toJson(QJsonDocument::Compact);
}

FilterState filtersFromJson(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    FilterState f;
    for (const auto& v : o.value(QStringLiteral("categories")).toArray())
        f.categories << v.toString();
    for (const auto& v : o.value(QStringLiteral("audiences")).toArray())
        f.audiences << v.toString();
    f.municipality = o.value(QStringLiteral("municipality")).toString();
    f.language = o.value(QStringLiteral("language")).toString();
    f.freeOnly = o.value(QStringLiteral("free")).toBool();
    f.openNow = o.value(QStringLiteral("open")).toBool();
    f.favouritesOnly = o.value(QStringLiteral("favourites")).toBool();
    return f;
}

} // namespace

void MainWindow::buildMenus()
{
    buildResultActions();
    m_fileMenu = menuBar()->addMenu(QString());
    m_updateAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Update directory"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
            tr("Pathways directory (*.pathways)"));
        if (!path.isEmpty())
            applyBundle(path);
    });
    m_updateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_shareAction = m_fileMenu->addAction(QString(), this, &MainWindow::shareDirectory);
    m_trustedAction =
        m_fileMenu->addAction(QString(), this, [this] { TrustedPublishersDialog(m_data, this).exec(); });
    m_checkOnlineAction = m_fileMenu->addAction(QString(), this, [this] {
        if (m_updates->isRunning() || m_settings.updateUrl().isEmpty())
            return;
        delete m_updateDialog;
        m_updateDialog = new UpdateDialog(m_settings.updateUrl(), this);
        m_updateDialog->show();
        m_updates->checkOnline(m_settings.updateUrl());
    });
    m_fileMenu->addSeparator();
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSettings);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] { AboutDialog(m_info, this).exec(); });

    auto texts = [this] {
        m_fileMenu->setTitle(tr("&Directory"));
        m_updateAction->setText(tr("&Update directory…"));
        m_shareAction->setText(tr("&Share directory…"));
        m_trustedAction->setText(tr("Trusted publishers…"));
        m_checkOnlineAction->setText(tr("&Check online"));
        m_checkOnlineAction->setVisible(!m_settings.updateUrl().isEmpty());
        m_settingsAction->setText(tr("S&ettings…"));
        m_quitAction->setText(tr("&Quit"));
        m_helpMenu->setTitle(tr("&Help"));
        m_aboutAction->setText(tr("&About Pathways"));
        m_copyReferralAction->setText(tr("&Copy referral as text"));
        m_openWebsiteAction->setText(tr("Open &website"));
        m_favouriteAction->setText(tr("Add to or remove from &favourites"));
    };
    texts();
    connect(this, &MainWindow::windowTitleChanged, this, texts); // retranslate() sets the title
}

void MainWindow::buildResultActions()
{
    // On the highlighted result (its details are what the pane shows): the context menu and shortcuts.
    m_copyReferralAction = new QAction(this);
    m_copyReferralAction->setShortcut(QKeySequence::Copy);
    connect(m_copyReferralAction, &QAction::triggered, this, &MainWindow::copyReferral);
    m_openWebsiteAction = new QAction(this);
    m_openWebsiteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_openWebsiteAction, &QAction::triggered, this, [this] {
        const auto& record = m_detail->shownRecord().record;
        if (record && !record->url.isEmpty())
            QDesktopServices::openUrl(QUrl::fromUserInput(record->url));
        else
            statusBar()->showMessage(tr("This service gives no website."), 4000);
    });
    m_favouriteAction = new QAction(this);
    m_favouriteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_favouriteAction, &QAction::triggered, this, [this] {
        if (m_detail->favouriteButton()->isEnabled())
            m_detail->favouriteButton()->click();
    });
    for (QAction* action : {m_copyReferralAction, m_openWebsiteAction, m_favouriteAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_results->addAction(action);
    }
}

void MainWindow::copyReferral()
{
    const RecordResponse& shown = m_detail->shownRecord();
    if (!shown.record || shown.record->summary.id != currentServiceId()) {
        statusBar()->showMessage(tr("The details are still loading; try again in a moment."), 4000);
        return;
    }
    QApplication::clipboard()->setText(ReferralText::render(shown));
    statusBar()->showMessage(tr("Copied the referral for %1.").arg(shown.record->summary.name.text), 4000);
}

void MainWindow::applyBundle(const QString& path)
{
    if (m_updates->isRunning()) {
        statusBar()->showMessage(tr("An update is already running."), 5000);
        return;
    }
    delete m_updateDialog;
    m_updateDialog = new UpdateDialog(path, this);
    m_updateDialog->setAttribute(Qt::WA_DeleteOnClose, false);
    m_updateDialog->show();
    m_updates->apply(path);
}

void MainWindow::updateFinished(const UpdateResult& result)
{
    if (m_updateDialog)
        m_updateDialog->showResult(result);
    if (result.kind == UpdateResult::Kind::Installed) {
        clearDetail();
        m_controller->reopenDirectory();
        statusBar()->showMessage(
            tr("Directory updated: %1, version %2").arg(result.publisher).arg(result.sequence), 8000);
    }
}

void MainWindow::shareDirectory()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Share directory"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                         QStringLiteral("/directory.pathways"),
                                     tr("Pathways directory (*.pathways)"));
    if (path.isEmpty())
        return;
    if (const Status shared = m_updates->exportInstalled(path))
        statusBar()->showMessage(tr("Saved %1: a colleague can open it with Update directory.").arg(path),
                                 8000);
    else
        QMessageBox::warning(this, tr("Share directory"),
                             tr("Could not share the directory: %1").arg(shared.error().message));
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_data.root(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_translations->apply(m_settings.interfaceLanguage()); // LanguageChange retranslates the widgets
    m_controller->setLanguages(m_settings.contentLanguages());
    m_checkOnlineAction->setVisible(!m_settings.updateUrl().isEmpty());
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
    // The window fits the screen it opens on: 1280x720 where there is room, all of a small or scaled screen
    // otherwise (1024x600, or 1366x768 at 150 %), so the count, details and status bar are never off-screen.
    const QRect available = screen()->availableGeometry();
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 720);
    const QSize fitted = size().boundedTo(available.size() - (frameGeometry().size() - size()));
    if (fitted != size() || !available.contains(frameGeometry())) {
        resize(fitted);
        move(available.topLeft() + QPoint((available.width() - frameGeometry().width()) / 2,
                                          (available.height() - frameGeometry().height()) / 2));
    }
    m_splitter->restoreState(m_settings.splitterState());
    const FilterState saved = filtersFromJson(m_settings.filters());
    m_filters = saved;
    m_facets->setFilters(saved);
    showActiveFilters();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_detail->flushNote();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setFilters(filtersToJson(m_filters));
    QMainWindow::closeEvent(event);
}

} // namespace pathways::desktop
