#include "ui/StoryQualities.h"

#include "core/StoryRepository.h"

#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>

namespace rehearse::ui {

namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

StoryQualities::StoryQualities(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
{
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_title->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("storyQualities"));
    m_list->setAccessibleName(tr("Qualities this story shows"));
    m_list->setToolTip(tr("Tick each quality the story is good evidence of. Space ticks the selected one."));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumHeight(64);
    // It takes what the guidance above leaves, so that the side column needs no scroll
    // bar of its own.
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);

    connect(m_list, &QListWidget::itemChanged, this, &StoryQualities::onItemChanged);
    setStory(0);
}

void StoryQualities::setStory(qint64 id)
{
    m_storyId = id;
    setEnabled(id != 0);
    reload();
}

void StoryQualities::reload()
{
    m_filling = true;
    m_list->clear();
    const core::StoryRepository stories(m_db);
    const QList<core::StoryQuality> all = stories.qualities();
    const QList<qint64> shown = stories.qualityIds(m_storyId);
    QSet<qint64> packs;
    for (const core::StoryQuality &quality : all)
        packs.insert(quality.packId);
    qint64 pack = 0;
    for (const core::StoryQuality &quality : all) {
        if (packs.size() > 1 && quality.packId != pack) {
            pack = quality.packId;
            auto *header = new QListWidgetItem(quality.pack, m_list);
            header->setFlags(Qt::ItemIsEnabled);
            QFont font = header->font();
            font.setBold(true);
            header->setFont(font);
        }
        auto *item = new QListWidgetItem(quality.name, m_list);
        item->setData(IdRole, quality.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(shown.contains(quality.id) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("%1, from %2").arg(quality.name, quality.pack));
    }
    if (all.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No pack is installed yet: import one with File › Import Pack…"), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    m_filling = false;
    updateTitle();
}

bool StoryQualities::setQuality(qint64 qualityId, bool shown)
{
    if (m_storyId == 0)
        return false;
    core::StoryRepository stories(m_db);
    if (!stories.setQuality(m_storyId, qualityId, shown)) {
        emit saveFailed(tr("The quality could not be saved: %1").arg(stories.lastError()));
        reload();
        return false;
    }
    m_filling = true;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(IdRole).toLongLong() == qualityId)
            item->setCheckState(shown ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    updateTitle();
    emit changed(m_storyId);
    return true;
}

void StoryQualities::onItemChanged(QListWidgetItem *item)
{
    if (!m_filling && item->data(IdRole).isValid())
        setQuality(item->data(IdRole).toLongLong(), item->checkState() == Qt::Checked);
}

void StoryQualities::updateTitle()
{
    int ticked = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).isValid() && m_list->item(row)->checkState() == Qt::Checked)
            ++ticked;
    }
    m_title->setText(ticked == 0 ? tr("&Qualities it shows") : tr("&Qualities it shows (%1)").arg(ticked));
}

} // namespace rehearse::ui
