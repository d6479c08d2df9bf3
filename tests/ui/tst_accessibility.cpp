#include "core/AttemptRepository.h"
#include "support/MediaInfo.h"
#include "support/TempProfile.h"
#include "ui/HistoryPanel.h"
#include "ui/MainWindow.h"
#include "ui/ShortcutsDialog.h"
#include "ui/StoriesPanel.h"
#include "ui/ThemeColors.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSqlQuery>
#include <QStyleFactory>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

#include <functional>

using namespace rehearse;
using rehearse::test::MediaInfo;

// Accessibility and comfort in the real main window on a profile with both shipped packs,
// two recorded answers and one story: every control has a name a screen reader can say,
// Tab follows the reading order, state colours stay readable on a light and a dark
// palette, and Help › Keyboard Shortcuts lists every shortcut.
//
// Practice is walked in its idle state without the virtual camera (its device choices
// live in Settings, which is walked as a dialog); nothing here records.
class TestAccessibility : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_attempts[2] = {0, 0};

    qint64 record(const QString &slug, int minutesAgo)
    {
        core::Attempt a;
        a.questionId = m_profile->questionId(slug);
        a.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        a.limitMs = 120'000;
        a.mode = core::Attempt::Mode::Audio;
        a.file = QStringLiteral("recordings/%1-%2.webm").arg(slug).arg(minutesAgo);
        QString error;
        if (!MediaInfo::makeRecording(QDir(m_profile->path()).filePath(a.file), 1.0, false, &error)) {
            qWarning("ffmpeg failed: %s", qPrintable(error));
            return 0;
        }
        core::AttemptRepository attempts(m_profile->connection(), m_profile->path());
        const qint64 id = attempts.begin(a);
        attempts.finish(id, 1000, core::Attempt::State::Complete);
        return id;
    }

    // The scenes the tests walk: each panel, and the views and dialogs they open.
    static QStringList panelScenes()
    {
        return {QStringLiteral("guide"),          QStringLiteral("questions"),       QStringLiteral("stories"),
                QStringLiteral("coverage"),       QStringLiteral("practice"),        QStringLiteral("history"),
                QStringLiteral("history review"), QStringLiteral("history compare"), QStringLiteral("progress")};
    }

    static QStringList dialogScenes()
    {
        return {QStringLiteral("my interview"),       QStringLiteral("manage packs"), QStringLiteral("settings"),
                QStringLiteral("keyboard shortcuts"), QStringLiteral("new question"), QStringLiteral("rubric")};
    }

    // Shows the scene and returns the widget to walk.
    QWidget *openPanelScene(const QString &scene)
    {
        activate();
        ui::MainWindow &window = *m_window;
        const auto show = [&window](int panel) {
            window.showPanel(panel);
            return window.panel(panel);
        };
        if (scene == QLatin1String("guide")) {
            QWidget *guide = show(ui::MainWindow::Guide);
            // Open the stages so that what they hold is walked too.
            if (auto *openAll = guide->findChild<QAbstractButton *>(QStringLiteral("openAllStages")))
                openAll->click();
            return guide;
        }
        if (scene == QLatin1String("questions"))
            return show(ui::MainWindow::Questions);
        if (scene == QLatin1String("stories") || scene == QLatin1String("coverage")) {
            auto *stories = qobject_cast<ui::StoriesPanel *>(show(ui::MainWindow::Stories));
            stories->showPage(scene == QLatin1String("stories") ? ui::StoriesPanel::WritePage
                                                                : ui::StoriesPanel::CoveragePage);
            return stories;
        }
        if (scene == QLatin1String("practice"))
            return show(ui::MainWindow::Practice);
        if (scene.startsWith(QLatin1String("history"))) {
            auto *history = qobject_cast<ui::HistoryPanel *>(show(ui::MainWindow::History));
            if (scene == QLatin1String("history review"))
                history->review(m_attempts[0]);
            else if (scene == QLatin1String("history compare"))
                history->compare(m_attempts[0], m_attempts[1]);
            else
                history->showList();
            return history;
        }
        if (scene == QLatin1String("progress"))
            return show(ui::MainWindow::Progress);
        return nullptr;
    }

    QAction *dialogTrigger(const QString &scene)
    {
        const auto action = [this](const QString &text) -> QAction * {
            const auto actions = m_window->findChildren<QAction *>();
            for (QAction *a : actions) {
                if (a->text().remove(QLatin1Char('&')) == text)
                    return a;
            }
            return nullptr;
        };
        if (scene == QLatin1String("my interview"))
            return action(QStringLiteral("My Interview…"));
        if (scene == QLatin1String("manage packs"))
            return action(QStringLiteral("Manage Packs…"));
        if (scene == QLatin1String("settings"))
            return action(QStringLiteral("Settings…"));
        if (scene == QLatin1String("keyboard shortcuts"))
            return action(QStringLiteral("Keyboard Shortcuts"));
        return nullptr;
    }

    // Opens a modal dialog of the scene, runs check on it while it is open, and closes it.
    void withDialog(const QString &scene, const std::function<void(QDialog *)> &check)
    {
        activate();
        bool ran = false;
        // Runs inside the dialog's exec(); a timer that never fired goes with this scope.
        QTimer inside;
        inside.setSingleShot(true);
        connect(&inside, &QTimer::timeout, this, [&] {
            QTRY_VERIFY(qobject_cast<QDialog *>(QApplication::activeModalWidget()));
            QPointer<QDialog> dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            // The offscreen platform leaves the main window active under a modal dialog.
            QApplication::setActiveWindow(dialog);
            QTRY_COMPARE(QApplication::activeWindow(), dialog.data());
            check(dialog);
            ran = true;
            if (dialog)
                dialog->reject();
        });
        // Everything before the click first: leaving Practice stops its microphone meter,
        // which may spin the event loop.
        std::function<void()> open;
        if (scene == QLatin1String("new question")) {
            m_window->showPanel(ui::MainWindow::Questions);
            auto *button = m_window->panel(ui::MainWindow::Questions)
                               ->findChild<QAbstractButton *>(QStringLiteral("newQuestion"));
            QVERIFY(button);
            open = [button] { button->click(); };
        } else if (scene == QLatin1String("rubric")) {
            m_window->showPanel(ui::MainWindow::History);
            qobject_cast<ui::HistoryPanel *>(m_window->panel(ui::MainWindow::History))->showList();
            auto *rubric = findButton(m_window->panel(ui::MainWindow::History), QStringLiteral("Rubric…"));
            QVERIFY(rubric);
            open = [rubric] { rubric->click(); };
        } else {
            QAction *trigger = dialogTrigger(scene);
            QVERIFY2(trigger, qPrintable(scene));
            open = [trigger] { trigger->trigger(); };
        }
        QCoreApplication::processEvents();
        // Should the check fail before the dialog is up, this still closes it.
        QTimer guard;
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, this, [] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        guard.start(30'000);
        inside.start(0);
        open();
        QVERIFY2(ran, qPrintable(QStringLiteral("the dialog of %1 did not open").arg(scene)));
    }

    void activate()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // As a running application does: QApplication tells its widgets only once exec() has
    // started, which a test never calls.
    static void setApplicationPalette(const QPalette &palette)
    {
        QApplication::setPalette(palette);
        const auto widgets = QApplication::allWidgets();
        for (QWidget *widget : widgets) {
            QEvent change(QEvent::ApplicationPaletteChange);
            QCoreApplication::sendEvent(widget, &change);
        }
        QCoreApplication::processEvents();
    }

    static QAbstractButton *findButton(QWidget *root, const QString &text)
    {
        const auto buttons = root->findChildren<QAbstractButton *>();
        for (QAbstractButton *button : buttons) {
            if (button->text() == text && button->isVisible())
                return button;
        }
        return nullptr;
    }

    // Parts of composite widgets that assistive technology reaches through their owner:
    // a spin box's or combo box's line edit, a scroll area's scroll bars, a view's headers,
    // a tab bar's scroll arrows.
    static bool isInternal(const QWidget *widget)
    {
        if (qobject_cast<const QHeaderView *>(widget))
            return true;
        if (qobject_cast<const QAbstractButton *>(widget)
            && qobject_cast<const QAbstractItemView *>(widget->parentWidget()))
            return true; // a table's corner button
        for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
            if (qobject_cast<const QAbstractSpinBox *>(up) || qobject_cast<const QComboBox *>(up)
                || qobject_cast<const QTabBar *>(up))
                return true;
        }
        if (qobject_cast<const QScrollBar *>(widget))
            return true;
        return false;
    }

    static bool isInteractive(const QWidget *widget)
    {
        return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
            || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
            || qobject_cast<const QAbstractSlider *>(widget) || qobject_cast<const QAbstractItemView *>(widget)
            || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget);
    }

    static QString describe(const QWidget *widget)
    {
        QString name = widget->objectName();
        if (name.isEmpty()) {
            for (const QWidget *up = widget->parentWidget(); up && name.isEmpty(); up = up->parentWidget())
                name = up->objectName().isEmpty() ? QString() : QStringLiteral("in ") + up->objectName();
        }
        QString hint;
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            hint = edit->placeholderText();
        else if (!widget->toolTip().isEmpty())
            hint = widget->toolTip();
        return QStringLiteral("%1 %2%3").arg(QString::fromLatin1(widget->metaObject()->className()), name,
                                             hint.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(hint));
    }

    static QStringList unnamed(QWidget *root)
    {
        QStringList missing;
        const auto widgets = root->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || !isInteractive(widget) || isInternal(widget))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                missing << describe(widget);
        }
        return missing;
    }

    // The focus chain from the first control, by pressing Tab, as far as it stays inside
    // root, until it comes back round (or 150 presses). A control that Tab cannot leave
    // ends the chain and is named in traps.
    static QList<QWidget *> tabChain(QWidget *root, QStringList *traps)
    {
        QList<QWidget *> chain;
        QWidget *first = nullptr;
        const auto widgets = root->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
                && !isInternal(widget) && widget->focusProxy() == nullptr) {
                first = widget;
                break;
            }
        }
        if (!first)
            return chain;
        first->setFocus(Qt::TabFocusReason);
        QWidget *start = QApplication::focusWidget();
        int stuck = 0;
        for (int press = 0; press < 150 && start; ++press) {
            QWidget *focused = QApplication::focusWidget();
            if (!focused)
                break;
            if (root->isAncestorOf(focused) && !chain.contains(focused))
                chain << focused;
            QTest::keyClick(focused, Qt::Key_Tab);
            if (QApplication::focusWidget() == focused) {
                if (++stuck == 8) { // a date edit's sections take a few
                    *traps << describe(focused);
                    break;
                }
                continue;
            }
            stuck = 0;
            if (QApplication::focusWidget() == start)
                break;
        }
        return chain;
    }

    // Where a widget sits in the window, with the content of a scroll area counted from
    // its top however far it is scrolled: Tab scrolls it as it goes.
    static QPoint topLeft(const QWidget *widget)
    {
        QPoint point;
        for (const QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
            const QWidget *viewport = w->parentWidget();
            const auto *area = viewport ? qobject_cast<const QScrollArea *>(viewport->parentWidget()) : nullptr;
            if (!(area && area->widget() == w))
                point += w->pos();
        }
        return point;
    }

    // A step is backwards when it goes up without going right (a new column to the right
    // may start higher up), or left on the same line.
    static bool isBackwards(const QWidget *from, const QWidget *to)
    {
        constexpr int Tolerance = 8;
        const QPoint a = topLeft(from);
        const QPoint b = topLeft(to);
        const int fromBottom = a.y() + from->height();
        if (b.y() + Tolerance < a.y() && b.x() <= a.x() + Tolerance)
            return true;
        const bool sameLine = b.y() < fromBottom && a.y() < b.y() + to->height();
        return sameLine && b.x() + Tolerance < a.x() && b.y() + Tolerance >= a.y();
    }

    static QStringList backwardSteps(const QList<QWidget *> &chain)
    {
        QStringList offenders;
        for (int i = 1; i < chain.size(); ++i) {
            if (isBackwards(chain[i - 1], chain[i])) {
                const QPoint a = topLeft(chain[i - 1]);
                const QPoint b = topLeft(chain[i]);
                offenders << QStringLiteral("%1 at (%2,%3) -> %4 at (%5,%6)")
                                 .arg(describe(chain[i - 1]))
                                 .arg(a.x())
                                 .arg(a.y())
                                 .arg(describe(chain[i]))
                                 .arg(b.x())
                                 .arg(b.y());
            }
        }
        return offenders;
    }

private slots:
    void initTestCase()
    {
        QSettings().clear();
        m_profile = std::make_unique<test::TempProfile>(test::TempProfile::ShippedPacks);
        QVERIFY(m_profile->isValid());
        QSqlQuery query(m_profile->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT slug FROM questions ORDER BY id LIMIT 1")) && query.next());
        const QString slug = query.value(0).toString();
        m_attempts[0] = record(slug, 30);
        m_attempts[1] = record(slug, 10);
        QVERIFY(m_attempts[0] && m_attempts[1]);
        m_window = std::make_unique<ui::MainWindow>(m_profile->database(), m_profile->dataDir());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // One story, so that the editor, its links and its qualities are on screen.
        m_window->showPanel(ui::MainWindow::Stories);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("The outage I fixed"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_profile.reset();
    }

    void everyControlHasAName_data()
    {
        QTest::addColumn<QString>("scene");
        for (const QString &scene : panelScenes() + dialogScenes())
            QTest::newRow(qPrintable(scene)) << scene;
    }

    // A control needs a name a screen reader can say: its text, a buddy label, or an
    // accessible name. A line edit's placeholder is only its description in Qt 6.4.
    void everyControlHasAName()
    {
        QFETCH(QString, scene);
        if (dialogScenes().contains(scene)) {
            withDialog(scene, [](QDialog *dialog) {
                const QStringList missing = unnamed(dialog);
                QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("without a name:\n  ") + missing.join(u"\n  ")));
            });
            return;
        }
        QWidget *root = openPanelScene(scene);
        QVERIFY(root && root->isVisible());
        QStringList missing = unnamed(root);
        if (scene == QLatin1String("guide"))
            missing += unnamed(m_window->centralWidget()); // and the navigation beside the panels
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("without a name:\n  ") + missing.join(u"\n  ")));
    }

    void tabFollowsTheReadingOrder_data()
    {
        QTest::addColumn<QString>("scene");
        for (const QString &scene : panelScenes() + dialogScenes())
            QTest::newRow(qPrintable(scene)) << scene;
    }

    // Tab visits every control and goes down the page, row by row; a column to the right
    // may start higher up than the bottom of the one before it. The one step back to the
    // start, at the end of the round, is not counted.
    void tabFollowsTheReadingOrder()
    {
        QFETCH(QString, scene);
        const auto check = [](QWidget *root) {
            QStringList traps;
            QList<QWidget *> chain = tabChain(root, &traps);
            QVERIFY2(traps.isEmpty(), qPrintable(QStringLiteral("Tab cannot leave: ") + traps.join(u", ")));
            QVERIFY2(chain.size() >= 2, qPrintable(QStringLiteral("only %1 controls reached").arg(chain.size())));
            // Read the round from its top-left-most control.
            int start = 0;
            for (int i = 1; i < chain.size(); ++i) {
                const QPoint best = topLeft(chain[start]);
                const QPoint here = topLeft(chain[i]);
                if (here.y() < best.y() || (here.y() == best.y() && here.x() < best.x()))
                    start = i;
            }
            std::rotate(chain.begin(), chain.begin() + start, chain.end());
            const QStringList offenders = backwardSteps(chain);
            QVERIFY2(offenders.isEmpty(),
                     qPrintable(QStringLiteral("Tab goes backwards:\n  ") + offenders.join(u"\n  ")));
        };
        if (dialogScenes().contains(scene)) {
            withDialog(scene, [&check](QDialog *dialog) { check(dialog); });
            return;
        }
        QWidget *root = openPanelScene(scene);
        QVERIFY(root && root->isVisible());
        check(root);
    }

    // Help › Keyboard Shortcuts names every key sequence of an action or a shortcut in
    // the window and all its panels (keypad Enter counts as Return).
    void theShortcutListIsComplete()
    {
        for (const QString &scene : panelScenes())
            QVERIFY(openPanelScene(scene));
        QList<QKeySequence> listed;
        for (const ui::ShortcutsDialog::Entry &entry : ui::ShortcutsDialog::entries())
            listed << entry.keys;
        const auto normal = [](const QKeySequence &keys) {
            QKeyCombination first = keys[0];
            if (first.key() == Qt::Key_Enter)
                first = QKeyCombination(first.keyboardModifiers() & ~Qt::KeypadModifier, Qt::Key_Return);
            return QKeySequence(first);
        };
        QStringList missing;
        const auto check = [&](const QKeySequence &keys, const QString &where) {
            if (!keys.isEmpty() && !listed.contains(normal(keys)))
                missing << QStringLiteral("%1 (%2)").arg(keys.toString(), where);
        };
        const auto shortcuts = m_window->findChildren<QShortcut *>();
        QVERIFY(shortcuts.size() > 10);
        for (const QShortcut *shortcut : shortcuts) {
            const auto keys = shortcut->keys();
            for (const QKeySequence &sequence : keys)
                check(sequence,
                      shortcut->parent()->objectName() + QLatin1Char(' ')
                          + QString::fromLatin1(shortcut->parent()->metaObject()->className()));
        }
        const auto actions = m_window->findChildren<QAction *>();
        for (const QAction *action : actions) {
            const auto keys = action->shortcuts();
            for (const QKeySequence &sequence : keys)
                check(sequence, action->text());
        }
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not in the shortcut list:\n  ") + missing.join(u"\n  ")));
    }

    void stateColoursAreReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    // The colours that mark a state (a problem, a warning, a notice, the stage you are at,
    // a quality without a story) reach 4.5:1 against what they are drawn on (WCAG AA),
    // on a light and on a dark palette; so does every label's text.
    void stateColoursAreReadable()
    {
        QFETCH(bool, dark);
        // The ratio itself, on WCAG's own examples.
        QCOMPARE(qRound(ui::ThemeColors::contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(ui::ThemeColors::contrast(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
        QCOMPARE(ui::ThemeColors::contrast(Qt::red, Qt::red), 1.0);
        const QPalette before = QApplication::palette();
        QPalette palette = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
        if (dark) {
            // Breeze Dark's colours, as KDE and GNOME's dark themes hand them to Qt.
            palette.setColor(QPalette::Window, QColor(0x31, 0x36, 0x3b));
            palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
            palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
            palette.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
            palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
            palette.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
            palette.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
            palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
            palette.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
            palette.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
            palette.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
            palette.setColor(QPalette::PlaceholderText, QColor(0xfc, 0xfc, 0xfc, 128));
            palette.setColor(QPalette::Light, QColor(0x40, 0x46, 0x4c));
            palette.setColor(QPalette::Mid, QColor(0x2b, 0x2f, 0x33));
            palette.setColor(QPalette::Dark, QColor(0x1a, 0x1d, 0x1f));
        }
        setApplicationPalette(palette);
        const auto restore = qScopeGuard([&before] { setApplicationPalette(before); });
        QCOMPARE(ui::ThemeColors::isDark(m_window->palette()), dark);

        QStringList unreadable;
        const auto check = [&](const QString &what, const QColor &text, const QColor &background) {
            const double ratio = ui::ThemeColors::contrast(text, background);
            if (ratio < 4.5) {
                unreadable << QStringLiteral("%1: %2 on %3 is %4:1")
                                  .arg(what, text.name(QColor::HexArgb), background.name(),
                                       QString::number(ratio, 'f', 2));
                qWarning().noquote() << unreadable.last();
            }
        };

        // The state colours themselves, as each panel applies them.
        QLabel probe(m_window.get());
        for (ui::ThemeColors::Tone tone : {ui::ThemeColors::Tone::Problem, ui::ThemeColors::Tone::Warning,
                                           ui::ThemeColors::Tone::Secondary, ui::ThemeColors::Tone::Normal}) {
            probe.setText(QStringLiteral("x"));
            ui::ThemeColors::applyTone(&probe, tone);
            check(QStringLiteral("text tone %1").arg(int(tone)), probe.palette().color(probe.foregroundRole()),
                  ui::ThemeColors::backgroundOf(&probe));
            ui::ThemeColors::applyBox(&probe, tone);
            check(QStringLiteral("box tone %1").arg(int(tone)), probe.palette().color(probe.foregroundRole()),
                  ui::ThemeColors::backgroundOf(&probe));
        }
        const QColor rowWithoutStory = ui::ThemeColors::attentionBackground(m_window->palette());
        check(QStringLiteral("coverage row without a story"), m_window->palette().color(QPalette::Text),
              rowWithoutStory);

        // Every label of every panel, with the colours it is drawn with.
        for (const QString &scene : panelScenes()) {
            QWidget *root = openPanelScene(scene);
            QVERIFY(root);
            const auto labels = root->findChildren<QLabel *>();
            for (QLabel *label : labels) {
                if (!label->isVisible() || label->text().trimmed().isEmpty() || !label->isEnabled())
                    continue;
                check(QStringLiteral("%1: %2 \"%3\"").arg(scene, label->objectName(), label->text().left(40)),
                      ui::ThemeColors::composed(label->palette().color(label->foregroundRole()),
                                                ui::ThemeColors::backgroundOf(label)),
                      ui::ThemeColors::backgroundOf(label));
            }
        }
        QVERIFY2(unreadable.isEmpty(),
                 qPrintable(QStringLiteral("%1 colours below 4.5:1 (listed above)").arg(unreadable.size())));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
