#include "desktop/LanguageOrderEditor.h"

#include "desktop/TranslationLoader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QListWidget>
#include <QPushButton>

namespace pathways::desktop {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
// Languages a directory for migrants in Central Europe is likely to carry; a code in the settings that is
// not here is kept and shown as it is.
const QStringList kOffered{QStringLiteral("en"), QStringLiteral("sl"), QStringLiteral("uk"),
                           QStringLiteral("ru"), QStringLiteral("hr"), QStringLiteral("sr"),
                           QStringLiteral("bs"), QStringLiteral("sq"), QStringLiteral("ar"),
                           QStringLiteral("fa"), QStringLiteral("ps"), QStringLiteral("ur"),
                           QStringLiteral("tr"), QStringLiteral("de"), QStringLiteral("it"),
                           QStringLiteral("hu"), QStringLiteral("fr"), QStringLiteral("es")};
} // namespace

LanguageOrderEditor::LanguageOrderEditor(QWidget* parent)
    : QWidget(parent), m_follow(new QCheckBox(this)), m_list(new QListWidget(this)),
      m_candidates(new QComboBox(this)), m_add(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_up(new QPushButton(this)), m_down(new QPushButton(this))
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_follow->setText(tr("Follow the interface language, then the others"));
    m_list->setAccessibleName(tr("Content languages, most preferred first"));
    m_list->setMaximumHeight(6 * m_list->fontMetrics().lineSpacing());
    m_candidates->setAccessibleName(tr("Language to add"));
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    m_up->setText(tr("Move u&p"));
    m_down->setText(tr("Move do&wn"));
    grid->addWidget(m_follow, 0, 0, 1, 2);
    grid->addWidget(m_list, 1, 0, 3, 1);
    grid->addWidget(m_up, 1, 1);
    grid->addWidget(m_down, 2, 1);
    grid->addWidget(m_remove, 3, 1);
    grid->addWidget(m_candidates, 4, 0);
    grid->addWidget(m_add, 4, 1);
    connect(m_follow, &QCheckBox::toggled, this, &LanguageOrderEditor::updateButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, &LanguageOrderEditor::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addCode(m_candidates->currentData().toString());
        m_list->setCurrentRow(m_list->count() - 1);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->takeItem(m_list->currentRow());
        updateButtons();
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
}

void LanguageOrderEditor::addCode(const QString& code)
{
    if (code.isEmpty() || !m_list->findItems(TranslationLoader::languageName(code), Qt::MatchExactly).isEmpty())
        return;
    auto* item = new QListWidgetItem(TranslationLoader::languageName(code), m_list);
    item->setData(kCodeRole, code);
    updateButtons();
}

void LanguageOrderEditor::setLanguages(const QStringList& codes, const QStringList& shownWhenFollowing)
{
    m_list->clear();
    for (const QString& code : codes.isEmpty() ? shownWhenFollowing : codes)
        addCode(code);
    m_candidates->clear();
    for (const QString& code : kOffered)
        m_candidates->addItem(TranslationLoader::languageName(code), code);
    m_follow->setChecked(codes.isEmpty());
    updateButtons();
}

QStringList LanguageOrderEditor::languages() const
{
    if (m_follow->isChecked())
        return {};
    QStringList codes;
    for (int row = 0; row < m_list->count(); ++row)
        codes << m_list->item(row)->data(kCodeRole).toString();
    return codes;
}

void LanguageOrderEditor::move(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    m_list->insertItem(to, m_list->takeItem(row));
    m_list->setCurrentRow(to);
}

void LanguageOrderEditor::updateButtons()
{
    const bool editable = !m_follow->isChecked();
    const int row = m_list->currentRow();
    m_list->setEnabled(editable);
    m_candidates->setEnabled(editable);
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && row >= 0 && m_list->count() > 1); // never an empty order
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row + 1 < m_list->count());
}

} // namespace pathways::desktop
