#pragma once

#include "api/PrepareDataFolder.h"
#include "desktop/DetailView.h"
#include "desktop/MainWindow.h"
#include "desktop/ResultsModel.h"
#include "support/TempDir.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QToolButton>
#include <functional>
#include <memory>

namespace pathways::test {

/// Waits, processing events, until `condition` holds; false on timeout.
inline bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

/// The real MainWindow on a scratch data folder, prepared as main() prepares it (the embedded directory is
/// installed first). `beforeWindow` runs once the data folder is ready and the settings are cleared, before
/// the window starts (for what the window does at start).
struct GuiFixture
{
    explicit GuiFixture(const std::function<void(GuiFixture&)>& beforeWindow = {})
    {
        QSettings().clear();
        const directory::DataFolder folder(dir.file(QStringLiteral("data")));
        if (!api::prepareDataFolder(folder))
            throw std::runtime_error("cannot prepare the data folder");
        if (beforeWindow)
            beforeWindow(*this);
        window = std::make_unique<desktop::MainWindow>(folder, QStringList{QStringLiteral("en")});
        window->resize(1366, 768);
        window->show();
        waitUntil([this] { return window->answersShown() > 0 && window->searchSettled(); });
    }
    ~GuiFixture()
    {
        window->close();
        window.reset();
        QSettings().clear();
    }
    QString dataPath(const QString& name) const { return dir.file(QStringLiteral("data/") + name); }
    /// Opens every long filter list ("Show all N"), so a test can reach any value.
    void showAllFilters()
    {
        for (auto* button : window->facetPanel()->findChildren<QToolButton*>())
            if (button->isVisible() && button->text().startsWith(QLatin1String("Show all")))
                button->click();
    }
    bool settled()
    {
        return waitUntil([this] { return window->searchSettled(); });
    }
    /// Searches `text`, moves into the results (the first is highlighted) and waits until the detail pane
    /// shows it: the service a referral action then acts on. Its id, or empty when that did not happen.
    QString highlightFirst(const QString& text)
    {
        window->searchField()->clear();
        QTest::keyClicks(window->searchField(), text);
        if (!settled() || window->resultsModel()->rowCount() == 0)
            return {};
        QTest::keyClick(window->searchField(), Qt::Key_Down);
        const QString id = window->resultsModel()->serviceId(0);
        return waitUntil([&] { return window->detailView()->serviceId() == id; }) ? id : QString();
    }

    TempDir dir;
    std::unique_ptr<desktop::MainWindow> window;
};

} // namespace pathways::test
