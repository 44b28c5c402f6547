#include "desktop/CachedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

namespace pathways::desktop {

namespace {
// Fonts told apart before the cache starts again (a table uses two or three: plain, bold, bold italic).
constexpr int kMaxFonts = 16;
} // namespace

/// One cell's text, laid out once: the line to draw (the text, or its elided form) and the size of the
/// whole text's layout, which places it vertically in the cell.
struct CachedTextDelegate::Layout
{
    QTextLayout text;
    QSize bounds;
};

CachedTextDelegate::CachedTextDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

CachedTextDelegate::~CachedTextDelegate() = default;

int CachedTextDelegate::fontIndex(const QFont& font) const
{
    const qsizetype known = m_fonts.indexOf(font);
    if (known >= 0)
        return static_cast<int>(known);
    if (m_fonts.size() >= kMaxFonts) {
        m_fonts.clear();
        m_layouts.clear(); // their keys name fonts by index
    }
    m_fonts.append(font);
    return static_cast<int>(m_fonts.size() - 1);
}

std::shared_ptr<const CachedTextDelegate::Layout>
CachedTextDelegate::layoutFor(const QStyleOptionViewItem& option, const QString& text, int width) const
{
    const Qt::Alignment alignment = QStyle::visualAlignment(option.direction, option.displayAlignment);
    Key key{text, width, fontIndex(option.font),
            static_cast<int>(alignment) << 8 | static_cast<int>(option.textElideMode) << 4 |
                static_cast<int>(option.direction)};
    if (const auto known = m_layouts.constFind(key); known != m_layouts.constEnd())
        return known.value();

    // What Qt 6's QCommonStyle does for an item's text: one line of `width` in the cell's direction and
    // alignment; a line that does not fit is replaced by its elided form (QFontMetrics::elidedText is the
    // same elision), laid out with the same options, so that it keeps the alignment.
    auto layout = std::make_shared<Layout>();
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(option.direction);
    textOption.setAlignment(alignment);
    QTextLayout& drawn = layout->text;
    drawn.setFont(option.font);
    drawn.setTextOption(textOption);
    drawn.setCacheEnabled(true);
    const auto layOut = [&drawn, width](const QString& line) {
        drawn.setText(line);
        drawn.beginLayout();
        QTextLine first = drawn.createLine();
        first.setLineWidth(width);
        first.setPosition(QPointF(0, 0));
        const bool more = drawn.createLine().isValid();
        drawn.endLayout();
        return more ? QTextLine() : first;
    };
    const QTextLine line = layOut(text);
    if (!line.isValid())
        return nullptr; // a line separator: QStyledItemDelegate's own code decides which lines fit
    layout->bounds = drawn.boundingRect().size().toSize();
    if (line.naturalTextWidth() > width) {
        const QString elided =
            QFontMetrics(option.font)
                .elidedText(text.mid(line.textStart(), line.textLength()), option.textElideMode, width);
        drawn.clearLayout();
        layOut(elided);
    }
    if (m_layouts.size() >= kMaxEntries)
        m_layouts.clear();
    m_layouts.insert(key, layout);
    return layout;
}

void CachedTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.text.isEmpty() || (opt.features & QStyleOptionViewItem::WrapText) ||
        (opt.state & QStyle::State_Editing)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The text rectangle the style gives this cell (after a check box or icon), found without its text:
    // with its text the style would lay it out to measure it.
    QStyleOptionViewItem frame = opt;
    frame.text.clear();
    QStyleOptionViewItem probe = frame;
    probe.showDecorationSelected = true; // the whole display area, not the (empty) text's own width
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &probe, widget).adjusted(margin, 0, -margin, 0);
    const std::shared_ptr<const Layout> layout = layoutFor(opt, opt.text, textRect.width());
    if (!layout) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background, selection and check box as the style draws them; the focus frame comes after the text,
    // as in the style's own order (some styles fill it translucently over the text).
    frame.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &frame, painter, widget);

    const bool enabled = opt.state & QStyle::State_Enabled;
    const bool selected = opt.state & QStyle::State_Selected;
    QPalette::ColorGroup group = enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    // Vertically as the style places the whole text (its horizontal place is the layout's alignment).
    const int top =
        QStyle::alignedRect(Qt::LayoutDirectionAuto, opt.displayAlignment, layout->bounds, textRect).top();
    layout->text.draw(painter, QPointF(textRect.x(), top));
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget); // one cell a view
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor = opt.palette.color(enabled ? QPalette::Normal : QPalette::Disabled,
                                                  selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace pathways::desktop
