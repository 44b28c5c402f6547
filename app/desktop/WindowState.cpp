#include "desktop/WindowState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QScreen>

namespace pathways::desktop {

void WindowState::fitToScreen(QMainWindow& window, const QByteArray& savedGeometry)
{
    const QRect available = window.screen()->availableGeometry();
    if (!window.restoreGeometry(savedGeometry))
        window.resize(1280, 720);
    const QSize frame = window.frameGeometry().size() - window.size();
    const QSize fitted = window.size().boundedTo(available.size() - frame);
    if (fitted != window.size() || !available.contains(window.frameGeometry())) {
        window.resize(fitted);
        window.move(available.topLeft() +
                    QPoint((available.width() - window.frameGeometry().width()) / 2,
                           (available.height() - window.frameGeometry().height()) / 2));
    }
}

QByteArray WindowState::filtersToJson(const FilterState& f)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("categories"), QJsonArray::fromStringList(f.categories)},
                                     {QStringLiteral("audiences"), QJsonArray::fromStringList(f.audiences)},
                                     {QStringLiteral("municipality"), f.municipality},
                                     {QStringLiteral("language"), f.language},
                                     {QStringLiteral("free"), f.freeOnly},
                                     {QStringLiteral("open"), f.openNow},
                                     {QStringLiteral("favourites"), f.favouritesOnly},
                                     {QStringLiteral("notRunning"), f.includeNotRunning}})
        .toJson(QJsonDocument::Compact);
}

FilterState WindowState::filtersFromJson(const QByteArray& json)
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
    f.includeNotRunning = o.value(QStringLiteral("notRunning")).toBool();
    return f;
}

} // namespace pathways::desktop
