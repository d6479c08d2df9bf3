#include "core/QuestionBank.h"
#include "core/QuestionBankModel.h"
#include "core/QuestionTransfer.h"
#include "support/TempProfile.h"
#include "support/TestData.h"
#include "ui/HighlightDelegate.h"
#include "ui/QuestionDialog.h"
#include "ui/QuestionsPanel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rehearse;
using rehearse::test::TestData;

class TestQuestionsPanel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;

    static QStringList shown(ui::QuestionsPanel &panel)
    {
        QStringList texts;
        for (int row = 0; row < panel.model()->rowCount(); ++row)
            texts << panel.model()->index(row, core::QuestionBank::Text).data().toString();
        return texts;
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>(test::TempProfile::MiniPack | test::TempProfile::ShippedPacks);
        QVERIFY(m_profile->isValid());
    }

    void cleanup() { m_profile.reset(); }

    void highlightMarksTheMatchedStartOfWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("html");
        QTest::newRow("prefix") << QStringLiteral("Tell me about it") << QStringList{QStringLiteral("abo")}
                                << QStringLiteral("Tell me <b>abo</b>ut it");
        QTest::newRow("case and several") << QStringLiteral("Tell me, TELL me") << QStringList{QStringLiteral("tell")}
                                          << QStringLiteral("<b>Tell</b> me, <b>TELL</b> me");
        QTest::newRow("not inside a word")
            << QStringLiteral("hotel") << QStringList{QStringLiteral("tel")} << QStringLiteral("hotel");
        QTest::newRow("markup is escaped") << QStringLiteral("<b>a & b</b>") << QStringList{QStringLiteral("b")}
                                           << QStringLiteral("&lt;<b>b</b>&gt;a &amp; <b>b</b>&lt;/<b>b</b>&gt;");
        QTest::newRow("non-ASCII") << QStringLiteral("Warum möchten Sie") << QStringList{QStringLiteral("MÖ")}
                                   << QStringLiteral("Warum <b>mö</b>chten Sie");
        QTest::newRow("the longest match wins")
            << QStringLiteral("design") << QStringList{QStringLiteral("d"), QStringLiteral("des")}
            << QStringLiteral("<b>des</b>ign");
    }

    void highlightMarksTheMatchedStartOfWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QFETCH(QString, html);
        QCOMPARE(ui::HighlightDelegate::highlighted(text, words), html);
    }

    void typingSearchesAndFiltersNarrow()
    {
        ui::QuestionsPanel panel(m_profile->database());
        panel.resize(1000, 700);
        panel.show();
        const int all = TestData::count(m_profile->connection(), QStringLiteral("questions"));
        QVERIFY(all > 80); // both shipped packs and the mini pack
        QTRY_COMPARE(panel.countText(), QStringLiteral("%1 questions").arg(all));

        QTest::keyClicks(panel.searchBox(), QStringLiteral("yoursel"));
        // In bank order: the mini pack was installed first.
        const QStringList found = shown(panel);
        QVERIFY2(found.size() >= 2, qPrintable(found.join(QLatin1Char('|'))));
        QCOMPARE(found.first(), QStringLiteral("Tell me about yourself."));
        QVERIFY(found.contains(
            QStringLiteral("Tell me about yourself and what makes you a strong candidate for this role.")));
        for (const QString &text : found)
            QVERIFY2(text.contains(QStringLiteral("yoursel"), Qt::CaseInsensitive), qPrintable(text));
        QTRY_COMPARE(panel.countText(), QStringLiteral("%1 questions").arg(found.size()));
        QTest::keyClicks(panel.searchBox(), QStringLiteral("zz"));
        QCOMPARE(panel.model()->rowCount(), 0);
        QTRY_COMPARE(panel.countText(), QStringLiteral("0 questions"));
        QVERIFY(panel.message().contains(QStringLiteral("“yourselzz”")));
        panel.searchBox()->clear();

        auto *pack = panel.findChild<QComboBox *>(QStringLiteral("filterPack"));
        pack->setCurrentIndex(pack->findText(QStringLiteral("Minicorp — Tester")));
        QCOMPARE(panel.model()->rowCount(), 3);
        auto *quality = panel.findChild<QComboBox *>(QStringLiteral("filterQuality"));
        quality->setCurrentIndex(quality->findText(QStringLiteral("Curiosity")));
        QCOMPARE(shown(panel), QStringList{QStringLiteral("What did you learn last month?")});
        auto *practice = panel.findChild<QComboBox *>(QStringLiteral("filterPractice"));
        practice->setCurrentIndex(practice->findText(QStringLiteral("Practised")));
        QCOMPARE(panel.model()->rowCount(), 0);
    }

    void hideCopyAndDelete()
    {
        ui::QuestionsPanel panel(m_profile->database());
        panel.show();
        const qint64 about = m_profile->questionId(QStringLiteral("q-about"));
        panel.selectQuestion(about);
        QCOMPARE(panel.currentQuestion(), about);
        auto *hide = panel.findChild<QAbstractButton *>(QStringLiteral("hideQuestion"));
        auto *remove = panel.findChild<QAbstractButton *>(QStringLiteral("deleteQuestion"));
        QVERIFY(!remove->isEnabled()); // a pack question
        hide->click();
        QVERIFY(panel.message().startsWith(QStringLiteral("Hidden")));
        QCOMPARE(panel.model()->rowOf(about), -1);
        QCOMPARE(TestData::count(m_profile->connection(), QStringLiteral("questions"),
                                 QStringLiteral("id = %1 AND hidden = 1").arg(about)),
                 1);
        panel.findChild<QCheckBox *>(QStringLiteral("filterHidden"))->setChecked(true);
        QVERIFY(panel.model()->rowOf(about) >= 0);

        // Copy into an own question, then delete the copy.
        panel.selectQuestion(m_profile->questionId(QStringLiteral("q-owned")));
        panel.findChild<QAbstractButton *>(QStringLiteral("copyQuestion"))->click();
        const qint64 copy = panel.currentQuestion();
        QVERIFY(copy != m_profile->questionId(QStringLiteral("q-owned")));
        QVERIFY(core::QuestionBank(m_profile->connection()).isOwn(copy));
        QVERIFY(remove->isEnabled());
        panel.deleteCurrent(false);
        QCOMPARE(panel.message(), QStringLiteral("Question deleted."));
        QCOMPARE(
            TestData::count(m_profile->connection(), QStringLiteral("questions"), QStringLiteral("id = %1").arg(copy)),
            0);
    }

    void newQuestionThroughTheDialog()
    {
        ui::QuestionsPanel panel(m_profile->database());
        panel.show();
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ui::QuestionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // An empty question is refused in place.
            dialog->accept();
            QVERIFY(dialog->isVisible());
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("questionText"))
                ->setPlainText(QStringLiteral("How do you review a colleague's design?"));
            dialog->findChild<QComboBox *>(QStringLiteral("questionCategory"))->setCurrentText(QStringLiteral("team"));
            dialog->findChild<QLineEdit *>(QStringLiteral("questionTags"))->setText(QStringLiteral("review  peers"));
            dialog->accept();
        });
        panel.newQuestion();
        const qint64 id = panel.currentQuestion();
        QVERIFY(id > 0);
        const auto draft = core::QuestionBank(m_profile->connection()).draft(id);
        QCOMPARE(draft->text, QStringLiteral("How do you review a colleague's design?"));
        QCOMPARE(draft->category, QStringLiteral("team"));
        QCOMPARE(draft->tags, QStringLiteral("review peers"));
        QTest::keyClicks(panel.searchBox(), QStringLiteral("peers"));
        QCOMPARE(shown(panel), QStringList{QStringLiteral("How do you review a colleague's design?")});

        QSignalSpy practise(&panel, &ui::QuestionsPanel::practiseRequested);
        panel.selectQuestion(id);
        panel.practiseCurrent();
        QCOMPARE(practise.size(), 1);
        QCOMPARE(practise.first().first().toLongLong(), id);
    }

    void importsOffTheGuiThreadAndExportsTheFilter()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("mine.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("text,category,tags\n"
                   "\"How do you say no to a stakeholder, politely?\",behavioural,stakeholders\n"
                   "Tell me about yourself.,intro,\n" // a duplicate of the mini pack's
                   ",behavioural,\n" // no text: malformed
                   "What is a bloom filter?,technical,\"data-structures hard\"\n");
        file.close();

        ui::QuestionsPanel panel(m_profile->database());
        panel.show();
        QList<core::QuestionTransfer::Preview> previews;
        panel.setImportConfirmation([&previews](const core::QuestionTransfer::Preview &preview) {
            previews << preview;
            return previews.size() > 1; // the first time the user says no
        });
        QSignalSpy finished(&panel, &ui::QuestionsPanel::importFinished);

        panel.importFile(csv);
        QTRY_COMPARE(previews.size(), 1);
        QCOMPARE(previews.first().toAdd.size(), 2);
        QCOMPARE(previews.first().duplicates, 1);
        QCOMPARE(previews.first().issues.size(), 1);
        QCOMPARE(previews.first().issues.first().line, 4);
        QTRY_VERIFY(!panel.isImporting());
        QCOMPARE(panel.message(), QStringLiteral("Import cancelled; nothing was added."));
        QCOMPARE(TestData::count(m_profile->connection(), QStringLiteral("questions"), QStringLiteral("own = 1")), 0);

        panel.importFile(csv);
        QVERIFY(finished.wait(10000));
        QCOMPARE(panel.message(), QStringLiteral("Added 2 questions. Skipped 1 duplicate."));
        QCOMPARE(TestData::count(m_profile->connection(), QStringLiteral("questions"), QStringLiteral("own = 1")), 2);
        QTRY_COMPARE(
            panel.countText(),
            QStringLiteral("%1 questions").arg(TestData::count(m_profile->connection(), QStringLiteral("questions"))));

        // Export what the filter shows: the two own questions, then read them back.
        auto *pack = panel.findChild<QComboBox *>(QStringLiteral("filterPack"));
        pack->setCurrentIndex(pack->findText(QStringLiteral("My own questions")));
        QCOMPARE(panel.model()->rowCount(), 2);
        const QString out = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(panel.exportTo(out));
        QCOMPARE(panel.message(), QStringLiteral("Exported 2 questions to %1.").arg(QDir::toNativeSeparators(out)));
        const core::QuestionTransfer::Preview back = core::QuestionTransfer::read(out);
        QCOMPARE(back.toAdd.size(), 2);
        QCOMPARE(back.toAdd.at(1).text, QStringLiteral("What is a bloom filter?"));
        QCOMPARE(back.toAdd.at(1).tags, (QStringList{QStringLiteral("data-structures"), QStringLiteral("hard")}));
        QVERIFY(!panel.exportTo(dir.filePath(QStringLiteral("missing/out.csv"))));
        QVERIFY(panel.message().startsWith(QStringLiteral("Nothing was exported")));
    }
};

QTEST_MAIN(TestQuestionsPanel)
#include "tst_questionspanel.moc"
