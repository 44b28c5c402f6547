#pragma once

#include "directory/DataFolder.h"
#include "error/Expected.h"

#include <QDialog>
#include <QStringList>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPrinter;
class QPushButton;

namespace pathways::api {
class DirectoryReader;
}
namespace pathways::render {
struct PathwayRequest;
class SlipGlossary;
}

namespace pathways::desktop {

/// The printable referral pathway from the window (Referral → Printable referral pathway…): which places
/// and categories (each one or more, or all), the booklet's language and paper, how many services it will
/// hold; then print preview, print or save as PDF. The services come from api::ReferralPathway and the pages
/// from render::PathwayBooklet, exactly as `pathways-cli pathway` makes them.
class PathwayDialog : public QDialog
{
    Q_OBJECT
public:
    /// `language`: preselected for the booklet (the interface's); `fallbackLanguages`: service text where the
    /// booklet's language has none.
    PathwayDialog(directory::DataFolder folder, const QString& language, const QStringList& fallbackLanguages,
                  QWidget* parent);
    ~PathwayDialog() override;

    // The real widgets, for tests.
    QCheckBox* allPlaces() const { return m_allPlaces; }
    QListWidget* placeList() const { return m_places; }
    QCheckBox* allCategories() const { return m_allCategories; }
    QListWidget* categoryList() const { return m_categories; }
    QComboBox* language() const { return m_language; }
    QComboBox* paper() const { return m_paper; }
    QLabel* sizeLabel() const { return m_size; }
    QPushButton* saveButton() const { return m_save; }

    /// The places and category codes chosen; empty: all.
    QStringList chosenPlaces() const;
    QStringList chosenCategories() const;
    /// Writes the booklet to `path` whole or not at all ("Save as PDF…" asks for the path, then calls this).
    Status saveAsPdf(const QString& path);

public Q_SLOTS:
    void preview();
    void print();
    void askAndSave();
    /// Counts what the booklet would hold now (also after every change of the choice).
    void updateSize();

private:
    Expected<render::PathwayRequest> request();
    /// The booklet as chosen and a printer set up for its paper; false after telling the worker what failed.
    bool prepare(QPrinter* printer, render::PathwayRequest* booklet, render::SlipGlossary* glossary);
    void showError(const Error& error);
    void fillLists();

    directory::DataFolder m_folder;
    QStringList m_fallbackLanguages;
    std::unique_ptr<api::DirectoryReader> m_reader;
    QCheckBox* m_allPlaces;
    QListWidget* m_places;
    QCheckBox* m_allCategories;
    QListWidget* m_categories;
    QComboBox* m_language;
    QComboBox* m_paper;
    QLabel* m_size;
    QPushButton* m_preview;
    QPushButton* m_print;
    QPushButton* m_save;
};

} // namespace pathways::desktop
