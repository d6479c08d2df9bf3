#include "ui/GuidePanel.h"

#include "core/PackRepository.h"
#include "ui/ThemeColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
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

// Selectable text costs each label a text document, laid out at every width the layout
// tries (0.06 s of the guide before the window's first paint, bench/run-all.sh startup):
// a paragraph becomes selectable when the mouse first comes over it, before any press.
class SelectOnHover final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Enter) {
            if (auto *label = qobject_cast<QLabel *>(watched))
                label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            watched->removeEventFilter(this);
        }
        return false;
    }
};

} // namespace

GuidePanel::GuidePanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scroll(new QScrollArea(this))
    , m_packs(new QComboBox(this))
{
    m_packs->setObjectName(QStringLiteral("guidePack"));
    m_packs->setAccessibleName(tr("Company pack"));
    auto *plan = new QPushButton(tr("My interview…"), this);
    plan->setToolTip(tr("Set your company, interview date and stage (Ctrl+Shift+M)"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(32, 10, 32, 0);
    bar->addWidget(new QLabel(tr("Guide for:"), this));
    bar->addWidget(m_packs, 1);
    bar->addWidget(plan);

    // Jumps to each section, so none is more than a click away at any window size.
    auto *jumps = new QHBoxLayout;
    jumps->setContentsMargins(32, 4, 32, 4);
    jumps->setSpacing(4);
    const QStringList names = {tr("Stages"), tr("Qualities"), tr("Checklist"), tr("Mistakes"),
                               tr("FAQ"),    tr("Pay"),       tr("Applying"),  tr("Your questions")};
    for (int i = 0; i < SectionCount; ++i) {
        auto *jump = new QToolButton(this);
        jump->setText(names.at(i));
        jump->setObjectName(QStringLiteral("jump%1").arg(i));
        jump->setAutoRaise(true);
        connect(jump, &QToolButton::clicked, this, [this, i] { showSection(static_cast<Section>(i)); });
        jumps->addWidget(jump);
    }
    jumps->addStretch();

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    outer->addLayout(bar);
    outer->addLayout(jumps);
    outer->addWidget(m_scroll);

    connect(plan, &QPushButton::clicked, this, &GuidePanel::planRequested);
    connect(m_packs, &QComboBox::activated, this, [this] { showPack(m_packs->currentData().toString()); });
    reload();
}

void GuidePanel::reload()
{
    m_plan = core::InterviewPlanRepository(m_db).plan();
    showPack(m_pack.id.isEmpty() ? m_plan.packSlug : m_pack.id);
}

void GuidePanel::showPack(const QString &slug)
{
    core::PackRepository packs(m_db);
    const QList<core::PackRepository::Entry> installed = packs.installed();
    QString chosen = slug.isEmpty() ? m_plan.packSlug : slug;
    const auto known = [&installed](const QString &candidate) {
        return std::any_of(installed.begin(), installed.end(),
                           [&](const core::PackRepository::Entry &entry) { return entry.slug == candidate; });
    };
    if (!known(chosen))
        chosen = known(m_plan.packSlug) ? m_plan.packSlug : installed.isEmpty() ? QString() : installed.first().slug;
    {
        const QSignalBlocker blocker(m_packs);
        m_packs->clear();
        for (const core::PackRepository::Entry &entry : installed)
            m_packs->addItem(entry.title(), entry.slug);
        m_packs->setCurrentIndex(m_packs->findData(chosen));
    }
    m_pack = chosen.isEmpty() ? core::Pack() : packs.load(chosen);
    rebuild();
}

void GuidePanel::rebuild()
{
    m_content = new QWidget;
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(32, 12, 32, 32);
    m_layout->setSpacing(10);
    m_sections.clear();
    m_stageDetails.clear();
    m_checklistProgress = nullptr;
    m_asks = nullptr;
    m_asksProgress = nullptr;
    // Not shown yet (start-up): the scroll area takes the page while it is empty, so
    // that the page is laid out once, when it is shown, and not also at setWidget().
    // Shown: the page is filled first, so that it appears whole.
    const bool shown = isVisible();
    if (!shown)
        m_scroll->setWidget(m_content); // deletes the previous content

    if (m_pack.id.isEmpty()) {
        auto *title = new QLabel(tr("No interview guide yet"), m_content);
        title->setObjectName(QStringLiteral("guideTitle"));
        title->setFont(scaled(title->font(), 1.6, true));
        m_layout->addWidget(title);
        addParagraph(tr("Add a company pack with File › Manage Packs… or File › Import Pack… (Ctrl+O) to see how "
                        "that company interviews."));
    } else {
        addHeader();
        addStages();
        addQualities();
        addChecklist();
        addTextSections();
        addQuestionsToAsk();
    }
    m_layout->addStretch();
    if (shown)
        m_scroll->setWidget(m_content); // deletes the previous content
    // Tab reads the page: the bar and the jumps above, the page, then what it holds.
    setTabOrder(findChild<QToolButton *>(QStringLiteral("jump%1").arg(SectionCount - 1)), m_scroll);
}

bool GuidePanel::showSection(Section section)
{
    QWidget *heading = m_sections.value(section);
    if (!heading)
        return false;
    m_content->layout()->activate();
    m_scroll->verticalScrollBar()->setValue(heading->y() - 8);
    return true;
}

QLabel *GuidePanel::addHeading(Section section, const QString &text)
{
    auto *label = new QLabel(text, m_content);
    label->setObjectName(QStringLiteral("sectionHeading"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setFont(scaled(label->font(), 1.35, true));
    label->setContentsMargins(0, 16, 0, 2);
    m_layout->addWidget(label);
    m_sections.insert(section, label);
    return label;
}

QLabel *GuidePanel::addParagraph(const QString &text, QWidget *parent, QLayout *layout)
{
    auto *label = new QLabel(text, parent ? parent : m_content);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    auto *hover = findChild<QObject *>(QStringLiteral("selectOnHover"), Qt::FindDirectChildrenOnly);
    if (!hover) {
        hover = new SelectOnHover(this);
        hover->setObjectName(QStringLiteral("selectOnHover"));
    }
    label->installEventFilter(hover);
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

    // The user's own interview, when it is this pack.
    auto *plan = new QLabel(m_content);
    plan->setObjectName(QStringLiteral("guidePlan"));
    plan->setWordWrap(true);
    plan->setTextFormat(Qt::PlainText);
    ThemeColors::keepStyleSheet(plan, [](const QPalette &palette) {
        const QColor background = palette.color(QPalette::AlternateBase);
        return QStringLiteral("QLabel { background: %1; color: %2; padding: 8px; border-left: 4px solid %3; }")
            .arg(background.name(), ThemeColors::readable(palette.color(QPalette::Text), background).name(),
                 palette.color(QPalette::Highlight).name());
    });
    if (m_plan.packSlug == m_pack.id) {
        QStringList parts;
        if (m_plan.date.isValid()) {
            const int days
                = core::InterviewPlan::daysLeft(m_plan.date, QDateTime::currentDateTime(), QTimeZone::systemTimeZone());
            parts << tr("Your interview: %1 (%2)")
                         .arg(QLocale().toString(m_plan.date, QLocale::LongFormat),
                              core::InterviewPlan::describeDaysLeft(days));
        } else {
            parts << tr("Your interview: date not set");
        }
        for (const core::PackStage &stage : std::as_const(m_pack.stages)) {
            if (stage.id == m_plan.stageSlug)
                parts << tr("You are at: %1").arg(stage.title);
        }
        plan->setText(parts.join(QStringLiteral("  ·  ")));
    } else {
        const bool generic = m_pack.company.startsWith(QStringLiteral("Any "), Qt::CaseInsensitive);
        plan->setText(generic ? tr("Have an interview coming? Set your date and stage with “My interview…” and the "
                                   "Guide, Questions and Practice follow it.")
                              : tr("Interviewing with %1? Set your date and stage with “My interview…” and the "
                                   "Guide, Questions and Practice follow it.")
                                    .arg(m_pack.company));
    }
    m_layout->addWidget(plan);

    addParagraph(m_pack.summary);
    for (const QString &paragraph : std::as_const(m_pack.overview))
        addParagraph(paragraph);
}

void GuidePanel::addStages()
{
    QLabel *heading = addHeading(Stages, tr("The stages"));
    Q_UNUSED(heading)
    auto *openAll = new QPushButton(tr("Open all stages"), m_content);
    openAll->setObjectName(QStringLiteral("openAllStages"));
    openAll->setCheckable(true);
    m_layout->addWidget(openAll, 0, Qt::AlignLeft);

    const bool planned = m_plan.packSlug == m_pack.id && !m_plan.stageSlug.isEmpty();
    for (qsizetype i = 0; i < m_pack.stages.size(); ++i) {
        const core::PackStage &stage = m_pack.stages[i];
        const bool current = planned && stage.id == m_plan.stageSlug;
        auto *row = new QWidget(m_content);
        row->setObjectName(QStringLiteral("stage-") + stage.id);
        auto *grid = new QGridLayout(row);
        grid->setContentsMargins(0, 4, 0, 4);
        grid->setHorizontalSpacing(14);

        auto *number = new QLabel(QString::number(i + 1), row);
        number->setAlignment(Qt::AlignCenter);
        number->setFixedSize(34, 34);
        number->setFont(scaled(number->font(), 1.2, true));
        // The stage you are at in orange, the others in the highlight colour, each dark
        // or light enough for its number to read.
        ThemeColors::keepStyleSheet(number, [current](const QPalette &palette) {
            const QColor text = palette.color(QPalette::HighlightedText);
            const QColor fill
                = ThemeColors::readable(current ? QColor(0xe6, 0x51, 0x00) : palette.color(QPalette::Highlight), text);
            return QStringLiteral("QLabel { border-radius: 17px; background: %1; color: %2; }")
                .arg(fill.name(), text.name());
        });
        grid->addWidget(number, 0, 0, Qt::AlignTop | Qt::AlignHCenter);
        if (i + 1 < m_pack.stages.size()) {
            auto *line = new QFrame(row);
            line->setFrameShape(QFrame::VLine);
            line->setFrameShadow(QFrame::Plain);
            grid->addWidget(line, 1, 0, 1, 1, Qt::AlignHCenter);
        }

        auto *title = new QToolButton(row);
        title->setObjectName(QStringLiteral("stageTitle"));
        title->setText(current ? tr("%1 — you are here").arg(stage.title) : stage.title);
        title->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        title->setAutoRaise(true);
        title->setCheckable(true);
        title->setFont(scaled(title->font(), 1.15, true));
        title->setToolTip(tr("Show or hide what happens and how to prepare"));
        grid->addWidget(title, 0, 1, Qt::AlignLeft | Qt::AlignVCenter);

        auto *details = new QWidget(row);
        details->setObjectName(QStringLiteral("stageDetails"));
        auto *detailLayout = new QVBoxLayout(details);
        detailLayout->setContentsMargins(6, 0, 0, 6);
        if (!stage.duration.isEmpty()) {
            auto *duration = new QLabel(stage.duration, details);
            duration->setTextFormat(Qt::PlainText);
            duration->setWordWrap(true);
            ThemeColors::applyTone(duration, ThemeColors::Tone::Secondary);
            detailLayout->addWidget(duration);
        }
        addParagraph(stage.what, details, detailLayout);
        addParagraph(tr("How to prepare: %1").arg(stage.prepare), details, detailLayout);
        grid->addWidget(details, 1, 1);
        grid->setColumnStretch(1, 1);
        m_layout->addWidget(row);
        m_stageDetails << details;

        connect(title, &QToolButton::toggled, details, [title, details](bool open) {
            details->setVisible(open);
            title->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        });
        // The current stage is open; with no stage chosen, the first one is.
        title->setChecked(current || (!planned && i == 0));
        details->setVisible(title->isChecked());
        title->setArrowType(title->isChecked() ? Qt::DownArrow : Qt::RightArrow);
        connect(openAll, &QPushButton::toggled, title, [title, openAll](bool all) {
            title->setChecked(all);
            openAll->setText(all ? tr("Close all stages") : tr("Open all stages"));
        });
    }
}

void GuidePanel::setStageExpanded(int index, bool expanded)
{
    if (index < 0 || index >= m_stageDetails.size())
        return;
    if (auto *title = m_stageDetails.at(index)->parentWidget()->findChild<QToolButton *>(QStringLiteral("stageTitle")))
        title->setChecked(expanded);
}

bool GuidePanel::isStageExpanded(int index) const
{
    return index >= 0 && index < m_stageDetails.size() && !m_stageDetails.at(index)->isHidden();
}

void GuidePanel::addQualities()
{
    // A pack for any company says so rather than naming one.
    const bool generic = m_pack.company.startsWith(QStringLiteral("Any "), Qt::CaseInsensitive);
    addHeading(Qualities, generic ? tr("What interviewers look for") : tr("What %1 looks for").arg(m_pack.company));
    const QHash<QString, QStringList> stories = core::PackRepository(m_db).storiesByQuality(m_pack.id);
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    for (qsizetype i = 0; i < m_pack.qualities.size(); ++i) {
        const core::PackQuality &quality = m_pack.qualities[i];
        QFrame *frame = card(m_content);
        frame->setObjectName(QStringLiteral("quality-") + quality.id);
        auto *layout = new QVBoxLayout(frame);
        auto *name = new QLabel(quality.name, frame);
        name->setObjectName(QStringLiteral("qualityName"));
        name->setTextFormat(Qt::PlainText);
        name->setWordWrap(true);
        name->setFont(scaled(name->font(), 1.1, true));
        layout->addWidget(name);
        addParagraph(quality.why, frame, layout);
        addParagraph(tr("Show it: %1").arg(quality.how), frame, layout);
        const QStringList titles = stories.value(quality.id);
        QLabel *yours = addParagraph(titles.isEmpty() ? tr("Your stories: none yet — write one in Stories (Ctrl+3).")
                                                      : tr("Your stories: %1").arg(titles.join(QStringLiteral("; "))),
                                     frame, layout);
        yours->setObjectName(QStringLiteral("qualityStories"));
        ThemeColors::applyTone(yours, titles.isEmpty() ? ThemeColors::Tone::Secondary : ThemeColors::Tone::Normal);
        layout->addStretch();
        grid->addWidget(frame, static_cast<int>(i / 2), static_cast<int>(i % 2));
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    m_layout->addLayout(grid);
}

void GuidePanel::addChecklist()
{
    addHeading(Checklist, tr("Preparation checklist"));
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
        addHeading(Mistakes, tr("Common mistakes"));
        for (const QString &mistake : std::as_const(m_pack.mistakes))
            addParagraph(QStringLiteral("✗  ") + mistake);
    }
    if (!m_pack.faq.isEmpty()) {
        addHeading(Faq, tr("Frequently asked questions"));
        for (const core::PackFaq &faq : std::as_const(m_pack.faq)) {
            QLabel *question = addParagraph(faq.question);
            question->setFont(scaled(question->font(), 1.0, true));
            addParagraph(faq.answer);
        }
    }
    if (!m_pack.compensation.range.isEmpty()) {
        addHeading(Pay, tr("Pay and benefits"));
        QLabel *range = addParagraph(m_pack.compensation.range);
        range->setFont(scaled(range->font(), 1.15, true));
        addParagraph(m_pack.compensation.summary);
        for (const QString &benefit : std::as_const(m_pack.compensation.benefits))
            addParagraph(QStringLiteral("•  ") + benefit);
    }
    if (!m_pack.application.isEmpty()) {
        addHeading(Applying, tr("Applying"));
        for (const QString &paragraph : std::as_const(m_pack.application))
            addParagraph(paragraph);
    }
}

void GuidePanel::addQuestionsToAsk()
{
    addHeading(QuestionsToAsk, tr("Your questions for them"));
    addParagraph(tr("Interviewers expect you to ask three to five questions of your own: about the team, the "
                    "work, how success is measured. Write them here; they are kept for this company."));
    m_asksProgress = new QLabel(m_content);
    m_asksProgress->setObjectName(QStringLiteral("asksProgress"));
    m_layout->addWidget(m_asksProgress);
    m_asks = new QListWidget(m_content);
    m_asks->setObjectName(QStringLiteral("questionsToAsk"));
    m_asks->setAccessibleName(tr("Your questions for the interviewers"));
    m_asks->setToolTip(tr("Double-click or F2 to edit; Delete removes."));
    m_asks->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_asks->setWordWrap(true);
    m_asks->setMinimumHeight(120);
    m_layout->addWidget(m_asks);
    auto *input = new QLineEdit(m_content);
    input->setObjectName(QStringLiteral("newQuestionToAsk"));
    input->setAccessibleName(tr("New question to ask them"));
    input->setPlaceholderText(tr("e.g. What would you expect me to have done in my first 90 days?"));
    auto *add = new QPushButton(tr("Add"), m_content);
    auto *row = new QHBoxLayout;
    row->addWidget(input, 1);
    row->addWidget(add);
    m_layout->addLayout(row);

    const auto addTyped = [this, input] {
        addQuestionToAsk(input->text());
        input->clear();
    };
    connect(add, &QPushButton::clicked, this, addTyped);
    connect(input, &QLineEdit::returnPressed, this, addTyped);
    connect(m_asks, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        core::InterviewPlanRepository(m_db).setQuestionToAsk(item->data(Qt::UserRole).toLongLong(), item->text());
        if (item->text().trimmed().isEmpty())
            QTimer::singleShot(0, this, &GuidePanel::loadQuestionsToAsk);
    });
    auto *remove = new QShortcut(QKeySequence::Delete, m_asks);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        if (QListWidgetItem *item = m_asks->currentItem()) {
            core::InterviewPlanRepository(m_db).removeQuestionToAsk(item->data(Qt::UserRole).toLongLong());
            loadQuestionsToAsk();
        }
    });
    loadQuestionsToAsk();
}

void GuidePanel::addQuestionToAsk(const QString &text)
{
    if (text.trimmed().isEmpty() || m_pack.id.isEmpty())
        return;
    core::InterviewPlanRepository(m_db).addQuestionToAsk(m_pack.id, text);
    loadQuestionsToAsk();
}

void GuidePanel::loadQuestionsToAsk()
{
    if (!m_asks)
        return;
    const QSignalBlocker blocker(m_asks);
    m_asks->clear();
    for (const core::QuestionToAsk &question : core::InterviewPlanRepository(m_db).questionsToAsk(m_pack.id)) {
        auto *item = new QListWidgetItem(question.text, m_asks);
        item->setData(Qt::UserRole, question.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    updateQuestionsToAskProgress();
}

void GuidePanel::updateQuestionsToAskProgress()
{
    const int count = m_asks->count();
    m_asksProgress->setText(count == 0       ? tr("None written yet; aim for three to five.")
                                : count < 3  ? tr("%1 of at least 3 written.").arg(count)
                                : count <= 5 ? tr("%1 written — enough to choose from.").arg(count)
                                             : tr("%1 written; pick your best five on the day.").arg(count));
}

} // namespace rehearse::ui
