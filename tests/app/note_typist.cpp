// Drives the real main window the way a user does, for tst_notekill:
//   note_typist type DIR   Ctrl+5, Tab to the list, Space and Enter open the answer in
//                          Review; Tab to the bookmark text, types it and presses Ctrl+B;
//                          Tab on to the notes and types them; prints "typed" and waits
//                          to be killed
//   note_typist show DIR   starts as the app would, opens the same answer the same way
//                          and prints what Review shows, as JSON
#include "AppWindow.h"
#include "TypeText.h"
#include "ui/HistoryPanel.h"
#include "ui/MainWindow.h"
#include "ui/ReviewView.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace rehearse;

namespace {

const QString BookmarkTyped = QStringLiteral("Strong opening — keep the “12 minutes” figure");
const QString NoteTyped = QStringLiteral("Keep: the rollback story, naïve café test.\n"
                                         "Change: say the result first — Ergebnis zuerst, 結果を先に.");

// Presses Tab, as often as a user would have to, until the widget named objectName has
// the focus; false when it never does.
bool tabTo(QWidget *window, const QString &objectName)
{
    for (int presses = 0; presses < 80; ++presses) {
        QWidget *focus = QApplication::focusWidget();
        if (focus && focus->objectName() == objectName)
            return true;
        QTest::keyClick(focus ? focus : window, Qt::Key_Tab);
    }
    return false;
}

int fail(const char *what)
{
    std::fprintf(stderr, "note_typist: %s\n", what);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rehearse"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 || (args[1] != QLatin1String("type") && args[1] != QLatin1String("show")))
        return fail("usage: note_typist type|show DIR");

    test::AppWindow opened(args[2]);
    if (!opened.error().isEmpty())
        return fail(qPrintable(opened.error()));
    ui::MainWindow &window = opened.window();

    // History, the one answer, Enter: Review.
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    auto *history = qobject_cast<ui::HistoryPanel *>(window.panel(ui::MainWindow::History));
    if (!history || window.currentPanel() != ui::MainWindow::History)
        return fail("Ctrl+5 did not show the history");
    if (!tabTo(&window, history->table()->objectName()))
        return fail("Tab never reached the list of answers");
    // Tab made the first row current; Space selects it.
    QTest::keyClick(history->table(), Qt::Key_Space);
    if (history->selectedAttempts().size() != 1)
        return fail("Space did not select the answer");
    QTest::keyClick(history->table(), Qt::Key_Return);
    ui::ReviewView *review = history->reviewView();
    if (!review->isVisible() || review->attemptId() != history->selectedAttempts().value(0))
        return fail("Enter did not open the answer in Review");
    auto *notes = review->findChild<QPlainTextEdit *>(QStringLiteral("reviewNotes"));
    auto *bookmarks = review->findChild<QListWidget *>(QStringLiteral("bookmarkList"));
    auto *bookmarkText = review->findChild<QLineEdit *>(QStringLiteral("bookmarkText"));
    if (!notes || !bookmarks || !bookmarkText)
        return fail("Review has no notes, bookmark list or bookmark text");

    if (args[1] == QLatin1String("show")) {
        QJsonArray shownBookmarks;
        for (int i = 0; i < bookmarks->count(); ++i) {
            if (bookmarks->item(i)->flags() != Qt::NoItemFlags) // not the "no bookmarks yet" hint
                shownBookmarks.append(bookmarks->item(i)->text());
        }
        const QJsonObject shown{{QStringLiteral("attempt"), review->attemptId()},
                                {QStringLiteral("notes"), notes->toPlainText()},
                                {QStringLiteral("bookmarks"), shownBookmarks}};
        std::printf("%s\n", QJsonDocument(shown).toJson(QJsonDocument::Compact).constData());
        return 0;
    }

    if (!tabTo(&window, bookmarkText->objectName()))
        return fail("Tab never reached the bookmark text");
    test::typeText(bookmarkText, BookmarkTyped);
    QTest::keyClick(bookmarkText, Qt::Key_B, Qt::ControlModifier);
    if (!bookmarkText->text().isEmpty())
        return fail("Ctrl+B did not add the bookmark");
    if (!tabTo(&window, notes->objectName()))
        return fail("Tab never reached the notes");
    test::typeText(notes, NoteTyped);
    std::printf("typed\n");
    std::fflush(stdout);
    return app.exec();
}
