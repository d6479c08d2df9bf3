#include "ui/PacksDialog.h"

#include "core/PackImporter.h"
#include "core/PackRepository.h"
#include "ui/ThemeColors.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rehearse::ui {

PacksDialog::PacksDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_issues(new QPlainTextEdit(this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_addBack(new QPushButton(tr("&Add Back"), this))
{
    setWindowTitle(tr("Manage Packs"));
    m_list->setObjectName(QStringLiteral("packList"));
    m_list->setAccessibleName(tr("Packs"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Company and role"), tr("Version"), tr("Questions"), tr("Status")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_message->setObjectName(QStringLiteral("packsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_issues->setObjectName(QStringLiteral("packIssues"));
    m_issues->setReadOnly(true);
    m_issues->setMaximumHeight(140);
    m_issues->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *import = buttons->addButton(tr("&Import or Update from File…"), QDialogButtonBox::ActionRole);
    buttons->addButton(m_addBack, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(import, &QPushButton::clicked, this, &PacksDialog::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, [this] { removePack(selectedSlug()); });
    connect(m_addBack, &QPushButton::clicked, this, [this] { addBack(selectedSlug()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &PacksDialog::updateButtons);

    auto *intro = new QLabel(tr("A pack is one company and role: its stages, qualities, questions and advice. "
                                "Removing a pack keeps your stories, answers and scores; adding it back brings "
                                "its questions back."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_issues);
    layout->addWidget(buttons);
    resize(680, 420);
    reload();
}

void PacksDialog::reload()
{
    const QString current = selectedSlug();
    m_list->clear();
    for (const core::PackRepository::Entry &entry : core::PackRepository(m_db).all()) {
        auto *item = new QTreeWidgetItem(m_list,
                                         {entry.title(), QString::number(entry.version),
                                          entry.removed ? QString() : QString::number(entry.questions),
                                          entry.removed ? tr("Removed") : tr("Installed")});
        item->setData(0, Qt::UserRole, entry.slug);
        item->setData(0, Qt::UserRole + 1, entry.removed);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (entry.slug == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

QString PacksDialog::selectedSlug() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void PacksDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool removed = item && item->data(0, Qt::UserRole + 1).toBool();
    m_remove->setEnabled(item && !removed);
    m_addBack->setEnabled(removed);
}

void PacksDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a Pack"), QDir::homePath(),
                                                      tr("Rehearse packs (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool PacksDialog::importFile(const QString &path)
{
    const core::PackImporter::Result result = core::PackImporter(m_db).importFile(path);
    if (!result.issues.isEmpty()) {
        QStringList lines;
        for (const core::PackIssue &issue : result.issues)
            lines << issue.toString();
        say(tr("%1 is not a valid pack, so nothing was changed. Fix the problems below and try again.")
                .arg(QDir::toNativeSeparators(path)),
            true);
        m_issues->setPlainText(lines.join(QLatin1Char('\n')));
        m_issues->show();
        return false;
    }
    if (!result.error.isEmpty()) {
        say(tr("The pack was not imported: %1").arg(result.error), true);
        return false;
    }
    m_issues->hide();
    say(result.summary.describe(result.pack), false);
    reload();
    emit packsChanged();
    return true;
}

bool PacksDialog::removePack(const QString &slug, bool ask)
{
    if (slug.isEmpty())
        return false;
    if (ask
        && QMessageBox::question(this, tr("Remove Pack"),
                                 tr("Remove this pack? Its questions leave the bank and the Guide; your stories, "
                                    "recorded answers and scores stay, and adding the pack back brings its questions "
                                    "back."),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes) {
        return false;
    }
    QString error;
    if (!core::PackRepository(m_db).remove(slug, &error)) {
        say(tr("The pack was not removed: %1").arg(error), true);
        return false;
    }
    m_issues->hide();
    say(tr("Pack removed. Your stories and answers are kept."), false);
    reload();
    emit packsChanged();
    return true;
}

bool PacksDialog::addBack(const QString &slug)
{
    const QByteArray document = core::PackRepository(m_db).document(slug);
    const core::PackImporter::Result result = core::PackImporter(m_db).importData(document);
    if (!result.ok()) {
        say(tr("The pack could not be added back: %1")
                .arg(result.error.isEmpty() ? result.issues.value(0).toString() : result.error),
            true);
        return false;
    }
    m_issues->hide();
    say(tr("Pack added back with its questions."), false);
    reload();
    emit packsChanged();
    return true;
}

void PacksDialog::say(const QString &text, bool problem)
{
    m_message->setText(text);
    ThemeColors::applyTone(m_message, problem ? ThemeColors::Tone::Problem : ThemeColors::Tone::Normal);
}

QString PacksDialog::message() const
{
    return m_message->text();
}

QString PacksDialog::issues() const
{
    return m_issues->isHidden() ? QString() : m_issues->toPlainText();
}

} // namespace rehearse::ui
