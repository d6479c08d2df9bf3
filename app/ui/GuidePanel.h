#pragma once

#include "core/InterviewPlan.h"
#include "core/Pack.h"

#include <QHash>
#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QScrollArea;
class QVBoxLayout;

namespace rehearse::ui {

// How the chosen company interviews, all of it: the stages as a timeline (each opens to
// what happens and how to prepare; the user's current stage is marked and open), the
// qualities it screens for with the user's stories for each, the checklist (ticks are
// saved), common mistakes, FAQ, pay and benefits, application advice, and the questions
// the user will ask them. Pack text is always shown as plain text.
class GuidePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidePanel)

public:
    enum Section { Stages, Qualities, Checklist, Mistakes, Faq, Pay, Applying, QuestionsToAsk, SectionCount };

    explicit GuidePanel(QSqlDatabase db, QWidget *parent = nullptr);

    // Shows the pack with this slug, or the plan's pack, or the first installed pack.
    void showPack(const QString &slug = {});
    QString packSlug() const { return m_pack.id; }
    // Re-reads the plan (current stage, days left) and the pack list.
    void reload();
    // Scrolls to a section; false when the pack has nothing for it.
    bool showSection(Section section);
    QWidget *section(Section section) const { return m_sections.value(section); }
    void setStageExpanded(int index, bool expanded);
    bool isStageExpanded(int index) const;
    void addQuestionToAsk(const QString &text);

signals:
    // The user asked to set their interview's pack, date and stage.
    void planRequested();

private:
    void rebuild();
    void addHeader();
    void addStages();
    void addQualities();
    void addChecklist();
    void addTextSections();
    void addQuestionsToAsk();
    QLabel *addHeading(Section section, const QString &text);
    QLabel *addParagraph(const QString &text, QWidget *parent = nullptr, QLayout *layout = nullptr);
    void updateChecklistProgress();
    void loadQuestionsToAsk();
    void updateQuestionsToAskProgress();

    QSqlDatabase m_db;
    core::Pack m_pack;
    core::InterviewPlan m_plan;
    QScrollArea *m_scroll;
    QComboBox *m_packs;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QHash<int, QWidget *> m_sections;
    QList<QWidget *> m_stageDetails;
    QLabel *m_checklistProgress = nullptr;
    QListWidget *m_asks = nullptr;
    QLabel *m_asksProgress = nullptr;
    int m_ticked = 0;
};

} // namespace rehearse::ui
