#pragma once

#include <QFont>
#include <QHash>
#include <QList>
#include <QStyledItemDelegate>
#include <memory>

namespace pathways::desktop {

/// Paints a cell as QStyledItemDelegate does (the style draws background, selection, check box and focus
/// frame), but lays each cell's text out only once: the style shapes a cell's text four times on every
/// paint (twice to place it, once to elide it, once more to draw it), and at 100k services that text
/// layout was most of the window's time per keystroke (docs/benchmarks.md). The text is placed, elided and
/// coloured as the style places, elides and colours it; the laid-out lines are kept per (text, font, width,
/// direction, alignment, elide mode), so a row painted again (a repaint, a focus change, the next keystroke
/// listing the same service) costs only the drawing of its glyphs. Cells whose text takes more than one
/// line are left to QStyledItemDelegate.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// Layouts kept before the cache starts again (a few pages of every column).
    static constexpr int kMaxEntries = 4000;

    explicit CachedTextDelegate(QObject* parent = nullptr);
    ~CachedTextDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    /// Layouts held now; tests look at it.
    int cachedLayouts() const { return static_cast<int>(m_layouts.size()); }

private:
    struct Key
    {
        QString text;
        int width = 0;
        int font = 0;  ///< index into m_fonts
        int flags = 0; ///< direction, alignment and elide mode
        bool operator==(const Key& other) const = default;
        friend size_t qHash(const Key& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, key.font, key.flags);
        }
    };
    struct Layout;

    std::shared_ptr<const Layout> layoutFor(const QStyleOptionViewItem& option, const QString& text,
                                            int width) const;
    int fontIndex(const QFont& font) const;

    mutable QHash<Key, std::shared_ptr<const Layout>> m_layouts;
    mutable QList<QFont> m_fonts;
};

} // namespace pathways::desktop
