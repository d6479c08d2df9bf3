#include "ui/CoverageView.h"

#include "core/StoryCoverageModel.h"
#include "ui/ThemeColors.h"

#include <QApplication>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace rehearse::ui {

namespace {

// A story title on up to three short lines, so the columns can stay narrow.
QString wrapped(const QString &title)
{
    constexpr int LineLength = 16;
    constexpr int MaxLines = 3;
    QStringList lines;
    QString line;
    for (const QString &word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > LineLength) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    if (lines.size() > MaxLines) {
        lines = lines.mid(0, MaxLines);
        lines.last() += QStringLiteral("…");
    }
    return lines.join(QLatin1Char('\n'));
}

// Colours for what core marks as missing (core itself has no colours), and wrapped
// story titles.
class CoverageProxy final : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        // From the view's palette at each paint, so a theme change is followed.
        const auto *view = qobject_cast<const QWidget *>(QObject::parent());
        const QPalette palette = view ? view->palette() : QPalette();
        if (role == Qt::BackgroundRole && index.data(core::StoryCoverageModel::MissingRole).toBool())
            return ThemeColors::attentionBackground(palette);
        if (role == Qt::ForegroundRole && index.column() == core::StoryCoverageModel::CountColumn
            && index.data(core::StoryCoverageModel::MissingRole).toBool()) {
            return ThemeColors::toneColor(palette, ThemeColors::Tone::Problem,
                                          ThemeColors::attentionBackground(palette));
        }
        return QIdentityProxyModel::data(index, role);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        const QVariant value = QIdentityProxyModel::headerData(section, orientation, role);
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole
            && section != core::StoryCoverageModel::CountColumn) {
            return wrapped(value.toString());
        }
        return value;
    }
};

// Draws the tick in the middle of its cell, and toggles it by click or Space.
class CenteredCheck final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant state = index.data(Qt::CheckStateRole);
        if (!state.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.features &= ~QStyleOptionViewItem::HasCheckIndicator;
        item.text.clear();
        QStyle *style = item.widget ? item.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

        QStyleOptionViewItem check = option;
        check.rect = checkRect(option);
        check.state = option.state & ~QStyle::State_HasFocus;
        check.state |= state.toInt() == Qt::Checked ? QStyle::State_On : QStyle::State_Off;
        style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &check, painter, option.widget);
    }

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override
    {
        if (!(index.flags() & Qt::ItemIsUserCheckable))
            return false;
        bool toggle = false;
        if (event->type() == QEvent::MouseButtonRelease) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            toggle = mouse->button() == Qt::LeftButton && option.rect.contains(mouse->position().toPoint());
        } else if (event->type() == QEvent::MouseButtonDblClick || event->type() == QEvent::MouseButtonPress) {
            return static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton; // swallowed, toggled on release
        } else if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            toggle = key == Qt::Key_Space || key == Qt::Key_Select;
        }
        if (!toggle)
            return false;
        const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        return model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    }

private:
    static QRect checkRect(const QStyleOptionViewItem &option)
    {
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        const int size = style->pixelMetric(QStyle::PM_IndicatorWidth, &option, option.widget);
        return QRect(option.rect.center().x() - size / 2, option.rect.center().y() - size / 2, size, size);
    }
};

} // namespace

CoverageView::CoverageView(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_model(new core::StoryCoverageModel(std::move(db), this))
    , m_progressText(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_missing(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_progressText->setObjectName(QStringLiteral("coverageProgress"));
    m_progressText->setWordWrap(true);
    QFont font = m_progressText->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_progressText->setFont(font);
    m_progress->setRange(0, MostStories);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(420);
    m_progress->setFixedHeight(12);
    m_progress->setAccessibleName(tr("Complete stories out of 8"));
    m_missing->setObjectName(QStringLiteral("coverageMissing"));
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);

    auto *proxy = new CoverageProxy(this);
    proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("coverageTable"));
    m_table->setAccessibleName(tr("Qualities and the stories that show them"));
    m_table->setTabKeyNavigation(false);
    m_table->setModel(proxy);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new CenteredCheck(m_table));
    m_table->setToolTip(tr("Tick the qualities each story shows. Double-click a story's name to open it."));
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultSectionSize(130);
    header->setTextElideMode(Qt::ElideRight);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultAlignment(Qt::AlignCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *explain = new QLabel(
        tr("The guide asks for 6 to 8 stories in situation, task, action and result form that together show the "
           "qualities the company screens for. Each quality deserves at least one story; two is better."),
        this);
    explain->setWordWrap(true);
    ThemeColors::applyTone(explain, ThemeColors::Tone::Secondary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress);
    layout->addWidget(explain);
    layout->addSpacing(6);
    layout->addWidget(m_missing);
    layout->addWidget(m_table, 1);

    connect(m_model, &QAbstractItemModel::dataChanged, this, &CoverageView::updateMissing);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CoverageView::updateMissing);
    connect(header, &QHeaderView::sectionDoubleClicked, this, [this](int section) {
        if (section != core::StoryCoverageModel::CountColumn && m_model->rowCount() > 0)
            emit storyActivated(m_model->index(0, section).data(core::StoryCoverageModel::StoryIdRole).toLongLong());
    });
    updateMissing();
    setProgress(0, 0);
}

void CoverageView::reload()
{
    m_model->reload();
    m_table->horizontalHeader()->resizeSection(core::StoryCoverageModel::CountColumn, 110);
}

QString CoverageView::progressText(int stories, int complete)
{
    QString text;
    if (stories == 0)
        return tr("No stories yet: aim for 6 to 8.");
    if (complete > MostStories)
        text = tr("%1 complete stories: more than 8, so keep the strongest 6 to 8 fresh.").arg(complete);
    else if (complete >= FewestStories)
        text = tr("%1 of 6–8 stories complete: enough to cover the interview.").arg(complete);
    else
        text = tr("%1 of 6–8 stories complete.").arg(complete);
    const int drafts = stories - complete;
    if (drafts == 1)
        text += QLatin1Char(' ') + tr("1 draft still has an empty part.");
    else if (drafts > 1)
        text += QLatin1Char(' ') + tr("%1 drafts still have an empty part.").arg(drafts);
    return text;
}

void CoverageView::setProgress(int stories, int complete)
{
    m_progressText->setText(progressText(stories, complete));
    m_progress->setValue(std::min(complete, MostStories));
}

void CoverageView::updateMissing()
{
    if (m_model->rowCount() == 0) {
        m_missing->setText(tr("No pack is installed, so there are no qualities to cover yet."));
        return;
    }
    QStringList names;
    for (const core::StoryQuality &quality : m_model->uncovered())
        names << quality.name;
    if (names.isEmpty())
        m_missing->setText(tr("✓ Every quality has at least one story."));
    else if (names.size() == 1)
        m_missing->setText(tr("1 quality has no story yet: %1.").arg(names.first()));
    else
        m_missing->setText(
            tr("%1 qualities have no story yet: %2.").arg(names.size()).arg(names.join(QStringLiteral(", "))));
}

} // namespace rehearse::ui
