#include "ui/GuidePanel.h"

#include "core/PackRepository.h"

#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rehearse::ui {

namespace {

QFont scaled(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    return frame;
}

} // namespace

GuidePanel::GuidePanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scroll(new QScrollArea(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(m_scroll);
    showPack();
}

void GuidePanel::showPack(const QString &slug)
{
    core::PackRepository packs(m_db);
    QString chosen = slug;
    const QList<core::PackRepository::Entry> installed = packs.installed();
    const bool known = std::any_of(installed.begin(), installed.end(),
                                   [&](const core::PackRepository::Entry &entry) { return entry.slug == chosen; });
    if (!known)
        chosen = installed.isEmpty() ? QString() : installed.first().slug;
    m_pack = chosen.isEmpty() ? core::Pack() : packs.load(chosen);
    rebuild();
}

void GuidePanel::rebuild()
{
    m_content = new QWidget;
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(32, 24, 32, 32);
    m_layout->setSpacing(10);
    m_checklistProgress = nullptr;

    if (m_pack.id.isEmpty()) {
        addHeading(tr("No interview guide yet"));
        addParagraph(tr("Import a company pack with File › Import Pack… (Ctrl+O) to see how that company "
                        "interviews."));
    } else {
        addHeader();
        addStages();
        addQualities();
        addChecklist();
        addTextSections();
    }
    m_layout->addStretch();
    m_scroll->setWidget(m_content); // deletes the previous content
}

QLabel *GuidePanel::addHeading(const QString &text)
{
    auto *label = new QLabel(text, m_content);
    label->setObjectName(QStringLiteral("sectionHeading"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setFont(scaled(label->font(), 1.35, true));
    label->setContentsMargins(0, 16, 0, 2);
    m_layout->addWidget(label);
    return label;
}

QLabel *GuidePanel::addParagraph(const QString &text, QWidget *parent, QLayout *layout)
{
    auto *label = new QLabel(text, parent ? parent : m_content);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (layout ? layout : m_layout)->addWidget(label);
    return label;
}

void GuidePanel::addHeader()
{
    auto *title = new QLabel(m_pack.title(), m_content);
    title->setObjectName(QStringLiteral("guideTitle"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    title->setFont(scaled(title->font(), 1.9, true));
    m_layout->addWidget(title);

    auto *facts = new QLabel(tr("%1–%2 weeks from first contact to offer · %3 stages · %4 questions")
                                 .arg(m_pack.minWeeks)
                                 .arg(m_pack.maxWeeks)
                                 .arg(m_pack.stages.size())
                                 .arg(m_pack.questions.size()),
                             m_content);
    facts->setObjectName(QStringLiteral("guideFacts"));
    facts->setFont(scaled(facts->font(), 1.05, true));
    m_layout->addWidget(facts);
    addParagraph(m_pack.summary);
    for (const QString &paragraph : std::as_const(m_pack.overview))
        addParagraph(paragraph);
}

void GuidePanel::addStages()
{
    addHeading(tr("The stages"));
    for (qsizetype i = 0; i < m_pack.stages.size(); ++i) {
        const core::PackStage &stage = m_pack.stages[i];
        auto *row = new QWidget(m_content);
        auto *grid = new QGridLayout(row);
        grid->setContentsMargins(0, 4, 0, 4);
        grid->setHorizontalSpacing(14);

        auto *number = new QLabel(QString::number(i + 1), row);
        number->setAlignment(Qt::AlignCenter);
        number->setFixedSize(34, 34);
        number->setFont(scaled(number->font(), 1.2, true));
        number->setStyleSheet(QStringLiteral("QLabel { border-radius: 17px; background: palette(highlight); "
                                             "color: palette(highlighted-text); }"));
        grid->addWidget(number, 0, 0, Qt::AlignTop | Qt::AlignHCenter);
        if (i + 1 < m_pack.stages.size()) {
            auto *line = new QFrame(row);
            line->setFrameShape(QFrame::VLine);
            line->setFrameShadow(QFrame::Plain);
            grid->addWidget(line, 1, 0, 3, 1, Qt::AlignHCenter);
        }

        auto *title = new QLabel(stage.title, row);
        title->setObjectName(QStringLiteral("stageTitle"));
        title->setTextFormat(Qt::PlainText);
        title->setWordWrap(true);
        title->setFont(scaled(title->font(), 1.15, true));
        grid->addWidget(title, 0, 1);
        int line = 1;
        if (!stage.duration.isEmpty()) {
            auto *duration = new QLabel(stage.duration, row);
            duration->setTextFormat(Qt::PlainText);
            duration->setForegroundRole(QPalette::PlaceholderText);
            grid->addWidget(duration, line++, 1);
        }
        auto *what = new QLabel(stage.what, row);
        what->setTextFormat(Qt::PlainText);
        what->setWordWrap(true);
        grid->addWidget(what, line++, 1);
        auto *prepare = new QLabel(tr("How to prepare: %1").arg(stage.prepare), row);
        prepare->setTextFormat(Qt::PlainText);
        prepare->setWordWrap(true);
        grid->addWidget(prepare, line++, 1);
        grid->setColumnStretch(1, 1);
        m_layout->addWidget(row);
    }
}

void GuidePanel::addQualities()
{
    addHeading(tr("What %1 looks for").arg(m_pack.company));
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    for (qsizetype i = 0; i < m_pack.qualities.size(); ++i) {
        const core::PackQuality &quality = m_pack.qualities[i];
        QFrame *frame = card(m_content);
        auto *layout = new QVBoxLayout(frame);
        auto *name = new QLabel(quality.name, frame);
        name->setObjectName(QStringLiteral("qualityName"));
        name->setTextFormat(Qt::PlainText);
        name->setFont(scaled(name->font(), 1.1, true));
        layout->addWidget(name);
        addParagraph(quality.why, frame, layout);
        addParagraph(tr("Show it: %1").arg(quality.how), frame, layout);
        layout->addStretch();
        grid->addWidget(frame, static_cast<int>(i / 2), static_cast<int>(i % 2));
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    m_layout->addLayout(grid);
}

void GuidePanel::addChecklist()
{
    addHeading(tr("Preparation checklist"));
    m_checklistProgress = new QLabel(m_content);
    m_checklistProgress->setObjectName(QStringLiteral("checklistProgress"));
    m_layout->addWidget(m_checklistProgress);

    const QSet<QString> ticked = core::PackRepository(m_db).tickedItems(m_pack.id);
    m_ticked = 0;
    for (const core::PackChecklistItem &item : std::as_const(m_pack.checklist)) {
        auto *box = new QCheckBox(m_content);
        box->setObjectName(QStringLiteral("checklist-") + item.id);
        box->setAccessibleName(item.text);
        box->setChecked(ticked.contains(item.id));
        m_ticked += box->isChecked() ? 1 : 0;
        auto *text = new QLabel(item.text, m_content);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setBuddy(box);
        auto *row = new QHBoxLayout;
        row->addWidget(box, 0, Qt::AlignTop);
        row->addWidget(text, 1);
        m_layout->addLayout(row);
        const QString packSlug = m_pack.id;
        const QString itemSlug = item.id;
        connect(box, &QCheckBox::toggled, this, [this, packSlug, itemSlug](bool checked) {
            core::PackRepository(m_db).setTicked(packSlug, itemSlug, checked);
            m_ticked += checked ? 1 : -1;
            updateChecklistProgress();
        });
    }
    updateChecklistProgress();
}

void GuidePanel::updateChecklistProgress()
{
    if (m_checklistProgress) {
        m_checklistProgress->setText(tr("%1 of %2 done").arg(m_ticked).arg(m_pack.checklist.size()));
    }
}

void GuidePanel::addTextSections()
{
    if (!m_pack.mistakes.isEmpty()) {
        addHeading(tr("Common mistakes"));
        for (const QString &mistake : std::as_const(m_pack.mistakes))
            addParagraph(QStringLiteral("✗  ") + mistake);
    }
    if (!m_pack.faq.isEmpty()) {
        addHeading(tr("Frequently asked questions"));
        for (const core::PackFaq &faq : std::as_const(m_pack.faq)) {
            QLabel *question = addParagraph(faq.question);
            question->setFont(scaled(question->font(), 1.0, true));
            addParagraph(faq.answer);
        }
    }
    if (!m_pack.compensation.range.isEmpty()) {
        addHeading(tr("Pay and benefits"));
        QLabel *range = addParagraph(m_pack.compensation.range);
        range->setFont(scaled(range->font(), 1.15, true));
        addParagraph(m_pack.compensation.summary);
        for (const QString &benefit : std::as_const(m_pack.compensation.benefits))
            addParagraph(QStringLiteral("•  ") + benefit);
    }
    if (!m_pack.application.isEmpty()) {
        addHeading(tr("Applying"));
        for (const QString &paragraph : std::as_const(m_pack.application))
            addParagraph(paragraph);
    }
}

} // namespace rehearse::ui
